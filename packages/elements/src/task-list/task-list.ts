import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { Task, TaskList as TaskPage } from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { formatDate } from '../base/dates.js';
import { define } from '../base/define.js';
import { message } from '../base/messages.js';
import type { PlainMessageKey } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate, loadingTemplate } from '../base/status-templates.js';
import type { SignportTaskChangeEvent } from '../events/signport-task-change.js';
import { workspaceStyles } from '../styles/workspace.styles.js';
import './task-list.messages.js';
import { taskListStyles } from './task-list.styles.js';

export type { SignportTaskChangeEvent };

type Kind = '' | 'plan' | 'text';
const kindOf = (task: Task): Kind => (task.reason === 'plan_task' ? 'plan' : 'text');
const reasonNotes: Partial<Record<Task['reason'], PlainMessageKey>> = {
  no_sms_subscription: 'tasksNoSubscription',
  no_sms_credits: 'tasksNoCredits',
  sms_opted_out: 'tasksOptedOut',
};

/**
 * @summary The signed-in agent's tasks: plan task steps and texts they must send themselves (no SMS
 * subscription or credits), with due dates and the contact each concerns. Tick to complete, with
 * Undo; filter to do or completed, and by kind.
 *
 * @example
 * <task-list api="https://sign.example.com" token="eyJ…"></task-list>
 *
 * @event {SignportTaskChangeEvent} signport-task-change - A task was completed or reopened; `detail` is `{ task }`.
 * @event {SignportErrorEvent} signport-error - A call failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart filters - The Show and Kind drop-downs.
 * @csspart task - One task; `data-done` when completed.
 * @csspart notice - "… is done." with the Undo button (`undo-button`).
 * @csspart more-button - Loads the next page.
 */
export class TaskListElement extends SignportElement {
  static override styles = [SignportElement.styles, workspaceStyles, taskListStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    status: { state: true },
    kind: { state: true },
    extra: { state: true },
    done: { state: true },
    notice: { state: true },
    busyId: { state: true },
    taskError: { state: true },
  };

  /** Tasks per page, 1 to 100. */
  pageSize = 25;

  private status: 'open' | 'completed' = 'open';
  private kind: Kind = '';
  /** Tasks of the pages after the first, loaded with Show more. */
  private extra: Task[] = [];
  /** Tasks completed or reopened here, which left this view. */
  private done = new Set<string>();
  /** The last change, with what Undo does. */
  private notice: { task: Task; completed: boolean } | undefined;
  private busyId = '';
  private taskError: { taskId: string; message: string } | undefined;

  readonly tasks = new ApiCall<TaskPage>(this, {
    task: (api, signal) => this.#page(api, signal),
    dependencies: () => [
      this.apiUrl,
      this.token,
      this.tokenProvider,
      this.provided,
      this.pageSize,
      this.status,
    ],
    announcesReady: true,
  });

  readonly more = new ApiCall<TaskPage>(this, {
    task: (api, signal) => this.#page(api, signal, this.#nextCursor() ?? undefined),
  });

  #page(api: SignportElement['client'], signal: AbortSignal, cursor?: string) {
    const query = new URLSearchParams({ status: this.status, limit: String(this.pageSize) });
    if (cursor) query.set('cursor', cursor);
    return api.request<TaskPage>(`/v1/tasks?${query}`, { signal });
  }

  /** Loads the list again from the first page. */
  async refresh(): Promise<void> {
    this.#reset();
    await this.tasks.run();
  }

  /** Back to the first page as the server has it now. */
  #reset(): void {
    this.extra = [];
    this.done = new Set();
  }

  /** The first page, the pages loaded with Show more, less the tasks that moved to the other view. */
  #items(): Task[] {
    return [...(this.tasks.value?.items ?? []), ...this.extra].filter(
      (task) => !this.done.has(task.id),
    );
  }

  #nextCursor(): string | null {
    return this.more.value && this.extra.length
      ? this.more.value.nextCursor
      : (this.tasks.value?.nextCursor ?? null);
  }

  async #loadMore(): Promise<void> {
    const page = await this.more.run();
    if (page) this.extra = [...this.extra, ...page.items];
  }

  /** Resolves true when the server made the change. */
  async #setDone(task: Task, completed: boolean): Promise<boolean> {
    this.busyId = task.id;
    this.taskError = undefined;
    try {
      const changed = await this.client.request<Task>(
        `/v1/tasks/${encodeURIComponent(task.id)}/${completed ? 'complete' : 'reopen'}`,
        { method: 'POST' },
      );
      this.notice = { task: changed, completed };
      this.done = new Set(this.done).add(task.id);
      this.emit('signport-task-change', { task: changed });
      return true;
    } catch (error) {
      this.taskError = { taskId: task.id, message: this.report(error).message };
      return false;
    } finally {
      this.busyId = '';
    }
  }

  async #tick(task: Task, completed: boolean): Promise<void> {
    if (!(await this.#setDone(task, completed))) return;
    // The ticked task leaves the list: keyboard focus goes to Undo rather than to the page's start.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=undo-button]')?.focus();
  }

  async #undo(): Promise<void> {
    const notice = this.notice;
    if (!notice) return;
    if (!(await this.#setDone(notice.task, !notice.completed))) return;
    this.notice = undefined;
    await this.refresh();
    await this.updateComplete;
    // Back where it was: the task is in the list again.
    this.renderRoot.querySelector<HTMLElement>(`#task-${CSS.escape(notice.task.id)}`)?.focus();
  }

  #filter(event: Event): void {
    const form = (event.target as HTMLElement).closest('form')!;
    const status = (form.elements.namedItem('status') as HTMLSelectElement).value;
    if (status !== this.status) {
      this.status = status as 'open' | 'completed';
      this.notice = undefined;
      this.#reset();
    }
    this.kind = (form.elements.namedItem('kind') as HTMLSelectElement).value as Kind;
  }

  protected override render() {
    const loading = this.tasks.status === 'pending';
    return html`<form part="filters" class="row" @change=${this.#filter} @submit=${(e: Event) => e.preventDefault()}>
        <label
          >${message(this, 'tasksShow')}
          <select name="status">
            <option value="open" ?selected=${this.status === 'open'}>
              ${message(this, 'tasksOpen')}
            </option>
            <option value="completed" ?selected=${this.status === 'completed'}>
              ${message(this, 'tasksCompleted')}
            </option>
          </select>
        </label>
        <label
          >${message(this, 'tasksKind')}
          <select name="kind">
            <option value="" ?selected=${!this.kind}>${message(this, 'tasksAllKinds')}</option>
            <option value="plan" ?selected=${this.kind === 'plan'}>
              ${message(this, 'tasksPlanTask')}
            </option>
            <option value="text" ?selected=${this.kind === 'text'}>
              ${message(this, 'tasksTextToSend')}
            </option>
          </select>
        </label>
      </form>
      <div role="status" part="notice">${this.#notice()}</div>
      ${loading ? loadingTemplate(this) : nothing}
      ${this.tasks.status === 'error' ? errorTemplate(this.tasks.error!) : nothing}
      ${loading || this.tasks.status === 'error' ? nothing : this.#list()}`;
  }

  #notice() {
    const notice = this.notice;
    if (!notice) return nothing;
    const title = notice.task.title;
    return html`<span
        >${message(this, notice.completed ? 'tasksCompletedNotice' : 'tasksReopenedNotice', {
          title,
        })}</span
      >
      <button part="undo-button" type="button" @click=${() => void this.#undo()}>
        ${message(this, 'tasksUndo')}
      </button>`;
  }

  #list() {
    const items = this.#items();
    const shown = items.filter((task) => !this.kind || kindOf(task) === this.kind);
    const empty = items.length
      ? 'tasksNoMatch'
      : this.status === 'open'
        ? 'tasksNoOpen'
        : 'tasksNoCompleted';
    return html`${
      shown.length
        ? html`<ul class="items" aria-label=${message(this, 'tasksTitle')}>
          ${shown.map((task) => this.#task(task))}
        </ul>`
        : html`<p class="empty" part="empty">${message(this, empty)}</p>`
    }
    ${this.more.status === 'error' ? errorTemplate(this.more.error!) : nothing}
    ${
      this.#nextCursor()
        ? html`<button
          part="more-button"
          type="button"
          ?disabled=${this.more.status === 'pending'}
          @click=${() => void this.#loadMore()}
        >
          ${message(this, 'tasksMore')}
        </button>`
        : nothing
    }`;
  }

  #task(task: Task) {
    const id = `task-${task.id}`;
    const done = Boolean(task.completedAt);
    const overdue = !done && task.dueAt && Date.parse(task.dueAt) < Date.now() - 86_400_000;
    const reason = reasonNotes[task.reason];
    const error = this.taskError?.taskId === task.id ? this.taskError.message : '';
    return html`<li part="task" ?data-done=${done}>
      <input
        id=${id}
        type="checkbox"
        .checked=${done}
        ?disabled=${this.busyId === task.id}
        aria-describedby=${`${id}-details`}
        @change=${(event: Event) =>
          void this.#tick(task, (event.target as HTMLInputElement).checked)}
      />
      <div class="body">
        <label for=${id} class="title">${task.title}</label>
        <span id=${`${id}-details`} class="muted">
          ${task.contactName ? message(this, 'tasksContact', { name: task.contactName }) : nothing}
          ${task.contactName && (task.dueAt || task.completedAt) ? ' · ' : nothing}
          ${
            done
              ? message(this, 'tasksCompletedOn', { date: formatDate(this, task.completedAt!) })
              : task.dueAt
                ? html`<span class=${overdue ? 'overdue' : ''}
                  >${message(this, overdue ? 'tasksOverdue' : 'tasksDue', {
                    date: formatDate(this, task.dueAt),
                  })}</span
                >`
                : nothing
          }
        </span>
        ${reason ? html`<span>${message(this, reason)}</span>` : nothing}
        ${task.notes ? html`<span>${task.notes}</span>` : nothing}
        ${error ? html`<p class="field-error" role="alert">${error}</p>` : nothing}
      </div>
    </li>`;
  }
}

define('task-list', TaskListElement);

declare global {
  interface HTMLElementTagNameMap {
    'task-list': TaskListElement;
  }
}
