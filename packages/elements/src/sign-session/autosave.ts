import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SignportApiError } from '@signport/core/client';
import type { FieldValue, FieldValues, SavedPartyValues } from '@signport/core/client';
import type { DraftStore } from './draft-store.js';

/** `retrying`: the last save failed for a reason that may pass (offline, server busy); `stopped`: it will not. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'retrying' | 'stopped';

export interface AutosaveOptions {
  /** With `keepalive`, the values are sent as the page unloads: the request must outlive it. */
  save: (values: FieldValues, keepalive?: boolean) => Promise<SavedPartyValues>;
  onSaved: (savedAt: string, fieldIds: string[]) => void;
  /** The server refused: about one field (`error.field`), or for good (expired link, wrong state). */
  onRefused: (error: SignportApiError) => void;
  /** Quiet time after the last keystroke before saving. */
  delayMs?: number;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Saves changed values a moment after typing stops, on demand (blur, finish) and as the page
 * unloads. Values stay pending, in memory and in the draft store, until the server acknowledges
 * them; failures that may pass are retried with exponential backoff and when the browser is online again.
 */
export class Autosave implements ReactiveController {
  state: SaveState = 'idle';
  savedAt: string | undefined;
  store: DraftStore | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: AutosaveOptions;
  #pending: FieldValues = {};
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: Promise<boolean> | undefined;
  #failures = 0;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: AutosaveOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Values not yet acknowledged by the server. */
  get pending(): FieldValues {
    return { ...this.#pending };
  }

  hostConnected(): void {
    this.#connected = true;
    addEventListener('online', this.#onOnline);
    addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  hostDisconnected(): void {
    this.#connected = false;
    removeEventListener('online', this.#onOnline);
    removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    clearTimeout(this.#timer);
  }

  /** Forgets what is pending and saves nothing more: the party has signed or declined. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#pending = {};
    this.store?.write({});
    this.store = undefined;
    this.state = 'idle';
  }

  /** Records a changed value and saves it once typing pauses. */
  change(fieldId: string, value: FieldValue): void {
    this.#pending[fieldId] = value;
    this.store?.write(this.#pending);
    if (this.state !== 'stopped' && this.state !== 'retrying')
      this.#schedule(this.#options.delayMs ?? 800);
  }

  /** Saves everything pending now; true once the server holds every value. */
  async flush(): Promise<boolean> {
    clearTimeout(this.#timer);
    while (this.#inFlight) await this.#inFlight;
    const sending = { ...this.#pending };
    if (Object.keys(sending).length === 0) return this.state !== 'stopped';
    this.#setState('saving');
    this.#inFlight = this.#send(sending);
    try {
      return await this.#inFlight;
    } finally {
      this.#inFlight = undefined;
    }
  }

  async #send(sending: FieldValues): Promise<boolean> {
    const fieldIds = Object.keys(sending);
    try {
      const { savedAt } = await this.#options.save(sending);
      // A value changed again while this request travelled stays pending.
      for (const id of fieldIds)
        if (Object.is(this.#pending[id], sending[id])) delete this.#pending[id];
      this.store?.write(this.#pending);
      this.#failures = 0;
      this.savedAt = savedAt;
      this.#setState('saved');
      this.#options.onSaved(savedAt, fieldIds);
      if (Object.keys(this.#pending).length > 0) this.#schedule(0);
      return Object.keys(this.#pending).length === 0;
    } catch (cause) {
      const error =
        cause instanceof SignportApiError
          ? cause
          : new SignportApiError(0, { code: 'network_error', message: String(cause) });
      if (error.status === 0 || error.status >= 500 || error.status === 429) {
        this.#setState('retrying');
        this.#schedule(Math.min(1000 * 2 ** this.#failures++, MAX_BACKOFF_MS));
      } else if (error.field !== undefined && error.field in sending) {
        // The whole request was refused for this one value: stop sending it and save the rest.
        delete this.#pending[error.field];
        this.store?.write(this.#pending);
        this.#setState('idle');
        this.#options.onRefused(error);
        if (Object.keys(this.#pending).length > 0) this.#schedule(0);
      } else {
        this.#setState('stopped');
        this.#options.onRefused(error);
      }
      return false;
    }
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    // A removed element keeps nothing running; its draft waits on the device for the next visit.
    if (!this.#connected) return;
    this.#timer = setTimeout(() => void this.flush(), delayMs);
  }

  #setState(state: SaveState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  #onOnline = () => {
    if (this.state === 'retrying') void this.flush();
  };

  #onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  #onPageHide = () => {
    // The page is going away: a keepalive request may still deliver what the debounce was holding.
    if (Object.keys(this.#pending).length > 0)
      void this.#options.save(this.pending, true).catch(() => undefined);
  };
}
