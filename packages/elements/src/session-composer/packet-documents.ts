import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Template } from '@signport/core/client';
import { message } from '../base/messages.js';
import './packet-documents.messages.js';

export interface PacketDocumentsOptions {
  element: ReactiveControllerHost & HTMLElement;
  /** The documents in signing order; the first is the one chosen as the document. */
  documents: readonly Template[];
  /** Ready templates that could join. */
  candidates: readonly Template[];
  name: string;
  /** The server's message about the `index`th document (`templateIds.<index>`), if any. */
  errorFor: (index: number) => TemplateResult | typeof nothing;
  reorder: (templateIds: string[]) => void;
  rename: (name: string) => void;
}

/**
 * The packet: the documents signed together, in order (each can move up or down or leave with a
 * button, so the keyboard does it all), a picker to add one, and the packet's name once there are
 * several. Focus follows a moved document.
 */
export function packetDocumentsTemplate(options: PacketDocumentsOptions) {
  const { element, documents, candidates, name } = options;
  const ids = documents.map((document) => document.id);
  const move = (from: number, to: number, button: 'up' | 'down') => {
    const order = [...ids];
    [order[from], order[to]] = [order[to]!, order[from]!];
    options.reorder(order);
    void element.updateComplete.then(() => {
      const root = element.shadowRoot;
      const same = root?.getElementById(`packet-${button}-${to}`) as HTMLButtonElement | null;
      const other = root?.getElementById(`packet-${button === 'up' ? 'down' : 'up'}-${to}`);
      (same && !same.disabled ? same : other)?.focus();
    });
  };
  const add = () => {
    const picked = element.shadowRoot?.querySelector<HTMLSelectElement>('#add-document')?.value;
    if (picked) options.reorder([...ids, picked]);
  };
  return html`<fieldset part="packet">
    <legend>${message(element, 'packetDocuments')}</legend>
    <ol>
      ${documents.map(
        (document, index) =>
          html`<li part="packet-document">
            <span>${document.name}</span>
            <button
              id=${`packet-up-${index}`}
              type="button"
              aria-label=${message(element, 'packetMoveUp', { name: document.name })}
              ?disabled=${index === 0}
              @click=${() => move(index, index - 1, 'up')}
            >
              ↑
            </button>
            <button
              id=${`packet-down-${index}`}
              type="button"
              aria-label=${message(element, 'packetMoveDown', { name: document.name })}
              ?disabled=${index === documents.length - 1}
              @click=${() => move(index, index + 1, 'down')}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label=${message(element, 'packetRemove', { name: document.name })}
              ?disabled=${documents.length === 1}
              @click=${() => options.reorder(ids.filter((id) => id !== document.id))}
            >
              ×
            </button>
            ${options.errorFor(index)}
          </li>`,
      )}
    </ol>
    ${
      candidates.length
        ? html`<div class="field">
          <label for="add-document">${message(element, 'packetAdd')}</label>
          <select id="add-document">
            ${candidates.map((t) => html`<option value=${t.id}>${t.name}</option>`)}
          </select>
          <button part="add-document" type="button" @click=${add}>
            ${message(element, 'packetAddButton')}
          </button>
        </div>`
        : nothing
    }
    ${
      documents.length > 1
        ? html`<div class="field">
          <label for="packet-name">${message(element, 'packetName')}</label>
          <input
            id="packet-name"
            autocomplete="off"
            aria-describedby="packet-name-hint"
            placeholder=${documents.map((document) => document.name).join(' + ')}
            .value=${live(name)}
            @input=${(event: Event) => options.rename((event.target as HTMLInputElement).value)}
          />
          <span id="packet-name-hint" class="hint">${message(element, 'packetNameHint')}</span>
        </div>`
        : nothing
    }
  </fieldset>`;
}
