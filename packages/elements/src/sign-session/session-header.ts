import { html, nothing } from 'lit';
import type { FieldValue, PartyView } from '@signport/core/client';
import { cssProperties } from '../base/css-properties.js';
import { message } from '../base/messages.js';
import { missingFields, nextMissingField } from './field-rules.js';

/**
 * Who sends the document and what it is: the sender's logo (or initials on their colour), their
 * name and brokerage, and the document's name, so a party knows whom they sign for.
 */
export function senderIdentity(
  element: Element,
  view: PartyView,
  resolve: (url: string) => string,
) {
  const { sender } = view.session;
  const initials = sender.name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('')
    .slice(0, 2);
  return html`<div part="sender" class="identity">
    ${
      sender.logoUrl
        ? html`<img part="sender-logo" class="logo" src=${resolve(sender.logoUrl)} alt="" />`
        : html`<span
            part="sender-logo"
            class="logo"
            aria-hidden="true"
            ${cssProperties(sender.color ? { background: sender.color } : {})}
            >${initials}</span
          >`
    }
    <div class="who">
      <h2>${view.session.templateName}</h2>
      <p class="from">
        ${message(element, 'sentBy', { name: sender.name, brokerage: view.session.brokerage })}
      </p>
    </div>
  </div>`;
}

/**
 * What to do next, in words: how many required fields are left and which one to fill (the current
 * one while it is empty, else the next), with its page; once none are left, to finish and sign.
 * On a phone (`short`) the words fit one line. `action` is the one control that goes there, shown
 * beside the words so the header offers a single path.
 */
export function nextStepGuide(
  element: Element,
  view: PartyView,
  values: ReadonlyMap<string, FieldValue>,
  afterFieldId: string | undefined,
  short: boolean,
  action: unknown,
) {
  const missing = missingFields(view, values);
  const left = missing.length;
  // The field the party is on, while it is still empty; else the next one after it.
  const next =
    missing.find((field) => field.id === afterFieldId) ??
    (left ? nextMissingField(view, values, afterFieldId) : undefined);
  const text = next
    ? left === 1
      ? message(element, short ? 'guideOneShort' : 'guideOne', {
          field: next.name,
          page: next.page,
        })
      : message(element, short ? 'guideManyShort' : 'guideMany', {
          count: left,
          field: next.name,
          page: next.page,
        })
    : message(element, short ? 'guideDoneShort' : 'guideDone');
  return html`<div class="guide">
    <p part="guide" aria-live="polite">${text}</p>
    ${next ? action : nothing}
  </div>`;
}
