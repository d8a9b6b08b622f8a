/** How many steps back undo reaches; older ones are forgotten. */
const LIMIT = 100;

/** Undo and redo over immutable snapshots: each edit pushes one, undo and redo walk between them. */
export class EditHistory<Snapshot> {
  #past: Snapshot[] = [];
  #future: Snapshot[] = [];

  constructor(public current: Snapshot) {}

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  push(next: Snapshot): void {
    this.#past = [...this.#past.slice(1 - LIMIT), this.current];
    this.#future = [];
    this.current = next;
  }

  undo(): Snapshot {
    const previous = this.#past.pop();
    if (previous !== undefined) {
      this.#future.push(this.current);
      this.current = previous;
    }
    return this.current;
  }

  redo(): Snapshot {
    const next = this.#future.pop();
    if (next !== undefined) {
      this.#past.push(this.current);
      this.current = next;
    }
    return this.current;
  }
}
