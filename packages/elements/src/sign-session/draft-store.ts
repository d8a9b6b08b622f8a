import type { FieldValues } from '@signport/core/client';

/**
 * Values typed but not yet acknowledged by the server, kept in localStorage so that a reload or a
 * crash loses nothing. Storage can be unavailable (private mode, blocked third-party storage in an
 * embed): the draft then lives in memory only, which is why every access is guarded.
 */
export class DraftStore {
  readonly #key: string;

  constructor(sessionId: string, partyId: string) {
    this.#key = `signport-draft:${sessionId}:${partyId}`;
  }

  read(): FieldValues {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(this.#key) ?? '{}');
      return stored && typeof stored === 'object' ? (stored as FieldValues) : {};
    } catch {
      return {};
    }
  }

  write(values: FieldValues): void {
    try {
      if (Object.keys(values).length === 0) localStorage.removeItem(this.#key);
      else localStorage.setItem(this.#key, JSON.stringify(values));
    } catch {
      // Full or unavailable storage: the values are still held in memory and retried.
    }
  }
}
