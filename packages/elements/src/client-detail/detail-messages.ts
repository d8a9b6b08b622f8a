import { html, nothing } from 'lit';
import type { PortalMessage, PortalMessageList } from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { formatDate } from '../base/dates.js';
import { describedBy, fieldErrorTemplate, formErrorTemplate } from '../base/field-error.js';
import type { FormError } from '../base/field-error.js';
import { message } from '../base/messages.js';
import type { DetailHost } from './detail-host.js';

/** The message thread with the client: read it oldest first, reply, mark the client's read. */
export class DetailMessages {
  readonly #host: DetailHost;
  readonly messages: ApiCall<PortalMessageList>;
  #sending = false;
  #sent = false;
  #error: FormError;

  constructor(host: DetailHost) {
    this.#host = host;
    this.messages = new ApiCall(host, {
      task: (api, signal) =>
        api.request<PortalMessageList>(`${host.clientPath}/messages?limit=100`, { signal }),
      dependencies: () => host.loadDependencies(),
    });
  }

  async #markRead(): Promise<void> {
    try {
      await this.#host.client.request(`${this.#host.clientPath}/messages/read`, { method: 'POST' });
      await Promise.all([this.messages.run(), this.#host.clientChanged()]);
    } catch (error) {
      this.#error = this.#host.report(error);
      this.#host.requestUpdate();
    }
  }

  async #reply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const box = form.elements.namedItem('body') as HTMLTextAreaElement;
    this.#sending = true;
    this.#sent = false;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      await this.#host.client.request(`${this.#host.clientPath}/messages`, {
        method: 'POST',
        body: { body: box.value },
      });
      box.value = '';
      this.#sent = true;
      // Answering is reading: what the client wrote no longer counts as unread.
      if (this.#host.current?.unreadMessages) await this.#markRead();
      else await this.messages.run();
    } catch (error) {
      // The text stays in the box, next to the server's reason.
      this.#error = this.#host.report(error);
    } finally {
      this.#sending = false;
      this.#host.requestUpdate();
    }
  }

  #message(item: PortalMessage, clientName: string) {
    const fromClient = item.from === 'client';
    return html`<li part="message" data-from=${item.from}>
      <span class="muted">
        <strong
          >${
            fromClient
              ? message(this.#host, 'detailFromClient', { name: clientName })
              : message(this.#host, 'detailFromAgent')
          }</strong
        >
        · ${formatDate(this.#host, item.createdAt, true)}
        ${
          fromClient && !item.readAt
            ? html`<span class="badge alert">${message(this.#host, 'detailNew')}</span>`
            : nothing
        }
      </span>
      <span class="body">${item.body}</span>
    </li>`;
  }

  render() {
    const host = this.#host;
    const client = host.current;
    if (!client) return nothing;
    const unread = client.unreadMessages;
    return html`<section class="card" part="messages" aria-labelledby="messages-title">
      <div class="heading">
        <h3 id="messages-title">${message(host, 'detailMessages')}</h3>
        ${
          unread
            ? html`<button part="mark-read-button" type="button" @click=${() => void this.#markRead()}>
              ${message(host, 'detailMarkRead')}
            </button>`
            : nothing
        }
      </div>
      ${this.messages.render({
        complete: (page) =>
          page.items.length
            ? html`<ul class="items thread" tabindex="0" aria-labelledby="messages-title">
                ${[...page.items].reverse().map((item) => this.#message(item, client.name))}
              </ul>`
            : html`<p class="empty">${message(host, 'detailNoMessages')}</p>`,
      })}
      <form class="stack" @submit=${(event: SubmitEvent) => void this.#reply(event)}>
        <label
          >${message(host, 'detailReply', { name: client.name })}
          <textarea
            name="body"
            rows="3"
            required
            aria-invalid=${this.#error?.field === 'body' ? 'true' : 'false'}
            aria-describedby=${describedBy(this.#error, 'body', 'reply-error')}
            @input=${() => ((this.#sent = false), (this.#error = undefined), host.requestUpdate())}
          ></textarea>
        </label>
        ${fieldErrorTemplate(this.#error, 'body', 'reply-error')}
        ${formErrorTemplate(this.#error, ['body'])}
        <div class="row">
          <button class="primary" type="submit" ?disabled=${this.#sending}>
            ${message(host, this.#sending ? 'detailSending' : 'detailSend')}
          </button>
          <span role="status">${this.#sent ? message(host, 'detailSent') : nothing}</span>
        </div>
      </form>
    </section>`;
  }
}
