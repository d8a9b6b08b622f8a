import { html, nothing } from 'lit';
import type { Session } from '@signport/core/client';
import { message } from '../base/messages.js';
import type { SignportElement } from '../base/signport-element.js';
import { saveFile } from '../base/save-file.js';

/** What `POST /v1/sessions/{id}/remind` answers, as far as the dashboard reads it. */
interface RemindResult {
  reminded: number;
}

const remindable = new Set<Session['status']>(['sent', 'in_progress']);
const voidable = new Set<Session['status']>(['draft', 'sent', 'in_progress']);

/**
 * The actions on a dashboard row (details, download the sealed PDF, remind, void) and the dialog
 * that asks before voiding, which cannot be undone. `reload` lists the sessions again after a change.
 */
export class SessionActions {
  /** Sessions whose details row is open. */
  readonly expanded = new Set<string>();
  /** The last action's result or refusal, read out in a live region. */
  notice = '';
  #voiding: Session | undefined;
  #busy = false;
  readonly #host: SignportElement;
  readonly #reload: () => Promise<void>;

  constructor(host: SignportElement, reload: () => Promise<void>) {
    this.#host = host;
    this.#reload = reload;
  }

  render(session: Session) {
    const host = this.#host;
    const open = this.expanded.has(session.id);
    return html`<div part="actions" class="actions">
      <button
        type="button"
        part="button button-ghost details-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="details-${session.id}"
        @click=${() => this.#toggle(session)}
      >
        ${message(host, 'dashboardDetails')}
      </button>
      ${
        session.status === 'completed'
          ? html`<button
              type="button"
              part="button download-button"
              ?disabled=${this.#busy}
              @click=${() => void this.#download(session)}
            >
              ${message(host, 'dashboardDownload')}
            </button>`
          : nothing
      }
      ${
        remindable.has(session.status)
          ? html`<button
              type="button"
              part="button remind-button"
              ?disabled=${this.#busy}
              @click=${() => void this.#remind(session)}
            >
              ${message(host, 'dashboardRemind')}
            </button>`
          : nothing
      }
      ${
        voidable.has(session.status)
          ? html`<button
              type="button"
              part="button button-danger void-button"
              ?disabled=${this.#busy}
              @click=${() => this.#askToVoid(session)}
            >
              ${message(host, 'dashboardVoid')}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The confirmation before voiding: what it does, an optional reason, and a way out. */
  dialog() {
    const host = this.#host;
    const session = this.#voiding;
    return html`<dialog
      part="dialog void-dialog"
      aria-labelledby="void-title"
      @close=${() => (this.#voiding = undefined)}
    >
      ${
        session
          ? html`<form method="dialog" class="confirm" @submit=${this.#confirmVoid}>
              <h2 id="void-title">
                ${message(host, 'dashboardVoidTitle', { document: session.templateName })}
              </h2>
              <p>${message(host, 'dashboardVoidBody')}</p>
              <label>
                ${message(host, 'dashboardVoidReason')}
                <textarea name="reason" rows="2" maxlength="1000"></textarea>
              </label>
              <div class="row">
                <button type="submit" part="button button-danger confirm-void-button">
                  ${message(host, 'dashboardVoidConfirm')}
                </button>
                <button type="button" part="button" @click=${() => this.#dialogElement()?.close()}>
                  ${message(host, 'dashboardCancel')}
                </button>
              </div>
            </form>`
          : nothing
      }
    </dialog>`;
  }

  #toggle(session: Session): void {
    if (!this.expanded.delete(session.id)) this.expanded.add(session.id);
    this.#host.requestUpdate();
  }

  #dialogElement() {
    return this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog[part~=void-dialog]');
  }

  async #askToVoid(session: Session): Promise<void> {
    this.#voiding = session;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#dialogElement()?.showModal();
  }

  #confirmVoid = (event: SubmitEvent): void => {
    const session = this.#voiding;
    if (!session) return;
    const form = event.currentTarget as HTMLFormElement;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement).value.trim();
    void this.#run(async () => {
      await this.#host.client.request(`/v1/sessions/${session.id}/void`, {
        method: 'POST',
        body: reason ? { reason } : {},
      });
      return message(this.#host, 'dashboardVoidDone', { document: session.templateName });
    });
  };

  #remind(session: Session) {
    return this.#run(async () => {
      const result = await this.#host.client.request<RemindResult>(
        `/v1/sessions/${session.id}/remind`,
        { method: 'POST', body: {} },
      );
      return message(this.#host, 'dashboardReminded', {
        count: result.reminded,
        document: session.templateName,
      });
    });
  }

  /** The sealed PDF needs the embed token, which a plain link cannot send: fetch it, then save it. */
  #download(session: Session) {
    return this.#run(async () => {
      const blob = await this.#host.client.request<Blob>(
        `/v1/sessions/${session.id}/document.pdf`,
        { blob: true },
      );
      saveFile(blob, `${session.templateName}.pdf`);
      return '';
    }, false);
  }

  async #run(action: () => Promise<string>, reload = true): Promise<void> {
    this.#busy = true;
    this.notice = '';
    this.#host.requestUpdate();
    try {
      this.notice = await action();
      if (reload) await this.#reload();
    } catch (error) {
      this.notice = this.#host.report(error).message;
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }
}
