import { html, nothing } from 'lit';
import type { ClientDocument, ClientDocumentList } from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { formatDate } from '../base/dates.js';
import { message } from '../base/messages.js';
import type { DetailHost } from './detail-host.js';
import { saveFile } from '../base/save-file.js';

/** The client's documents, each with a tick for whether the portal shows it. */
export class DetailDocuments {
  readonly #host: DetailHost;
  readonly #shared: () => void;
  readonly documents: ApiCall<ClientDocumentList>;
  #busyId = '';
  #error: { documentId: string; message: string } | undefined;

  /** `shared` runs after a document was shown or hidden (the activity feed records it). */
  constructor(host: DetailHost, shared: () => void) {
    this.#host = host;
    this.#shared = shared;
    this.documents = new ApiCall(host, {
      task: (api, signal) =>
        api.request<ClientDocumentList>(`${host.clientPath}/documents?limit=100`, { signal }),
      dependencies: () => host.loadDependencies(),
    });
  }

  async #share(document: ClientDocument, box: HTMLInputElement): Promise<void> {
    this.#busyId = document.id;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      const changed = await this.#host.client.request<ClientDocument>(
        `${this.#host.clientPath}/documents/${encodeURIComponent(document.id)}`,
        { method: 'PATCH', body: { accessible: box.checked } },
      );
      const page = this.documents.value;
      if (page)
        this.documents.value = {
          ...page,
          items: page.items.map((item) => (item.id === changed.id ? changed : item)),
        };
      this.#shared();
    } catch (error) {
      box.checked = document.accessible;
      this.#error = { documentId: document.id, message: this.#host.report(error).message };
    } finally {
      this.#busyId = '';
      this.#host.requestUpdate();
    }
  }

  #document(document: ClientDocument) {
    const host = this.#host;
    const id = `document-${document.id}`;
    const error = this.#error?.documentId === document.id ? this.#error.message : '';
    return html`<li part="document" class="check">
      <input
        id=${id}
        type="checkbox"
        .checked=${document.accessible}
        ?disabled=${this.#busyId === document.id}
        aria-label=${message(host, 'detailShownInPortal', { name: document.name })}
        aria-describedby=${error ? `${id}-error` : `${id}-date`}
        @change=${(event: Event) => void this.#share(document, event.target as HTMLInputElement)}
      />
      <span class="body">
        <a
          href=${`${host.client.baseUrl}${this.#contentPath(document)}`}
          @click=${(event: Event) => this.#download(event, document)}
          >${document.name}</a
        >
        <span id=${`${id}-date`} class="muted">${formatDate(host, document.createdAt)}</span>
        ${
          error
            ? html`<span id=${`${id}-error`} class="field-error" role="alert">${error}</span>`
            : nothing
        }
      </span>
    </li>`;
  }

  /** Documents need the token, which a plain link cannot send: fetch, then save the file. */
  async #download(event: Event, document: ClientDocument): Promise<void> {
    event.preventDefault();
    try {
      const blob = await this.#host.client.request<Blob>(this.#contentPath(document), {
        blob: true,
      });
      saveFile(blob, document.name);
    } catch (error) {
      this.#error = { documentId: document.id, message: this.#host.report(error).message };
      this.#host.requestUpdate();
    }
  }

  #contentPath(document: ClientDocument): string {
    return `${this.#host.clientPath}/documents/${encodeURIComponent(document.id)}/content`;
  }

  render() {
    const host = this.#host;
    return html`<section class="card" part="documents" aria-labelledby="documents-title">
      <h3 id="documents-title">${message(host, 'detailDocuments')}</h3>
      <p class="hint">${message(host, 'detailDocumentsHint')}</p>
      ${this.documents.render({
        complete: (page) =>
          page.items.length
            ? html`<ul class="items" aria-labelledby="documents-title">
                ${page.items.map((document) => this.#document(document))}
              </ul>`
            : html`<p class="empty">${message(host, 'detailDocumentsEmpty')}</p>`,
      })}
    </section>`;
  }
}
