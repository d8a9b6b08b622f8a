import { html, nothing } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { FormSessionStarted } from '@signport/core/client';
import { ApiClient, SignportApiError } from '@signport/core/client';
import { message } from '../base/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The first step of a public web form: start it, or — when this browser kept the party token of an
 * earlier visit (by API origin and form slug) — offer to resume it or start over. A honeypot input,
 * hidden from people and assistive technology, goes with the start: only robots fill it.
 */
export class FormStart {
  /** Why the previous attempt or the saved application cannot go on, shown above the buttons. */
  notice = '';
  #busy = false;
  #honeypot = '';

  constructor(
    readonly host: Host,
    readonly onToken: (token: string, resumed: boolean) => void,
  ) {}

  #key(api: ApiClient, slug: string): string {
    return `signport-form:${new URL(api.baseUrl, location.href).origin}:${slug}`;
  }

  stored(api: ApiClient, slug: string): string | undefined {
    try {
      return localStorage.getItem(this.#key(api, slug)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** Drops the saved token: it leads nowhere any more, or the party chose to start over. */
  forget(api: ApiClient, slug: string): void {
    try {
      localStorage.removeItem(this.#key(api, slug));
    } catch {
      // Storage unavailable: nothing was kept.
    }
  }

  async #start(api: ApiClient, slug: string): Promise<void> {
    this.#busy = true;
    this.notice = '';
    this.host.requestUpdate();
    try {
      // Whoever opens a public form is nobody yet: no host user's token goes with the start.
      const started = await new ApiClient({ baseUrl: api.baseUrl }).request<FormSessionStarted>(
        `/v1/forms/${encodeURIComponent(slug)}/sessions`,
        { body: this.#honeypot ? { website: this.#honeypot } : {} },
      );
      try {
        localStorage.setItem(this.#key(api, slug), started.token);
      } catch {
        // Without storage the form still works; it just cannot be offered for resuming.
      }
      this.onToken(started.token, false);
    } catch (error) {
      this.notice = error instanceof SignportApiError ? error.message : String(error);
    } finally {
      this.#busy = false;
      this.host.requestUpdate();
    }
  }

  render(api: ApiClient, slug: string) {
    const saved = this.stored(api, slug);
    const host = this.host;
    const start = () => {
      this.forget(api, slug);
      void this.#start(api, slug);
    };
    return html`<section part="form-start" class="panel">
      ${this.notice ? html`<p part="error" role="alert">${this.notice}</p>` : nothing}
      ${saved ? html`<p>${message(host, 'resumeOffer')}</p>` : nothing}
      <div class="row">
        ${
          saved
            ? html`<button
                type="button"
                part="button button-primary"
                @click=${() => this.onToken(saved, true)}
              >
                ${message(host, 'resume')}
              </button>`
            : nothing
        }
        <button
          type="button"
          part=${saved ? 'button' : 'button button-primary'}
          ?disabled=${this.#busy}
          @click=${start}
        >
          ${message(host, saved ? 'startOver' : 'startForm')}
        </button>
      </div>
      <div class="honeypot" aria-hidden="true">
        <label
          >Website
          <input
            name="website"
            tabindex="-1"
            autocomplete="off"
            @input=${(event: Event) => (this.#honeypot = (event.target as HTMLInputElement).value)}
        /></label>
      </div>
    </section>`;
  }
}
