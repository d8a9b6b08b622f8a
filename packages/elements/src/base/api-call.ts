import type { ReactiveController } from 'lit';
import type { ApiClient, SignportApiError } from '@signport/core/client';
import type { SignportElement } from './signport-element.js';
import { errorTemplate, loadingTemplate } from './status-templates.js';

export type ApiCallStatus = 'idle' | 'pending' | 'complete' | 'error';

export interface ApiCallOptions<Value> {
  /** The request(s) to make, with the element's API client and a signal aborted when superseded. */
  task: (api: ApiClient, signal: AbortSignal) => Promise<Value>;
  /**
   * When set, the call runs before the first render and again whenever one of these values changes;
   * `undefined` means not ready yet (e.g. no token), so nothing runs.
   */
  dependencies?: () => readonly unknown[] | undefined;
  /**
   * The call loads what the element shows: its first success (of any such call of the element)
   * fires `signport-ready` once that is on screen.
   */
  announcesReady?: boolean;
}

/** Elements that have fired `signport-ready`: they fire it once, not at each refresh or tab. */
const announced = new WeakSet<Element>();

export interface ApiCallRenderers<Value> {
  complete: (value: Value) => unknown;
  idle?: () => unknown;
  pending?: () => unknown;
  error?: (error: SignportApiError) => unknown;
}

/**
 * Runs an API call for an element and tracks its state, so the element renders a loading indicator,
 * the server's error message, or the result. A failure also emits `signport-error`.
 *
 * @example
 * #me = new ApiCall(this, { task: (api, signal) => api.me(signal), dependencies: () => [this.apiUrl] });
 * render() { return this.#me.render({ complete: (me) => html`${me.user.name}` }); }
 */
export class ApiCall<Value> implements ReactiveController {
  status: ApiCallStatus = 'idle';
  value: Value | undefined;
  error: SignportApiError | undefined;
  readonly #host: SignportElement;
  readonly #options: ApiCallOptions<Value>;
  #abort: AbortController | undefined;
  #dependencies: readonly unknown[] | undefined;

  constructor(host: SignportElement, options: ApiCallOptions<Value>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const dependencies = this.#options.dependencies?.();
    if (!dependencies || (this.#dependencies && sameValues(dependencies, this.#dependencies)))
      return;
    this.#dependencies = dependencies;
    void this.run();
  }

  // No disconnect handling: a load in flight when the element is moved (removed and added again)
  // simply finishes, and what loaded stays shown.

  hostUpdated(): void {
    // Once what it loaded is on screen.
    if (this.#options.announcesReady && this.status === 'complete' && !announced.has(this.#host)) {
      announced.add(this.#host);
      this.#host.emit('signport-ready', {});
    }
  }

  /** Runs the task now, cancelling a run still in flight. Resolves with the value, or undefined on error. */
  async run(): Promise<Value | undefined> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.status = 'pending';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const value = await this.#options.task(this.#host.client, abort.signal);
      if (abort.signal.aborted) return undefined;
      this.value = value;
      this.status = 'complete';
      return value;
    } catch (cause) {
      if (abort.signal.aborted) return undefined;
      this.error = this.#host.report(cause);
      this.status = 'error';
      return undefined;
    } finally {
      if (!abort.signal.aborted) this.#host.requestUpdate();
    }
  }

  /** Renders the template for the current state; loading and error have shared defaults. */
  render(renderers: ApiCallRenderers<Value>): unknown {
    switch (this.status) {
      case 'pending':
        return renderers.pending ? renderers.pending() : loadingTemplate(this.#host);
      case 'error':
        return (renderers.error ?? errorTemplate)(this.error as SignportApiError);
      case 'complete':
        return renderers.complete(this.value as Value);
      default:
        return renderers.idle?.();
    }
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
