import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldValue, PartyField, PartyView } from '@signport/core/client';
import { isPerPartyField, validateFieldValue } from '@signport/core/rules';
import { message } from '../base/messages.js';
import type { Autosave } from './autosave.js';
import { DraftStore } from './draft-store.js';
import type { AttachmentUpload } from './field-input.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What the party has in their fields on this page: each value (the server's, this device's draft on
 * top, then what they type or sign), the message next to a field, and each attachment's upload. It
 * starts again from each view the element loads; typed values go to autosave, signatures wait for
 * `complete`.
 */
export class FieldState implements ReactiveController {
  readonly values = new Map<string, FieldValue>();
  readonly errors = new Map<string, string>();
  readonly uploads = new Map<string, AttachmentUpload>();
  /** The view the values were taken from. */
  view: PartyView | undefined;
  readonly #host: Host;
  readonly #autosave: Autosave;
  readonly #loaded: () => PartyView | undefined;

  /** `loaded` is the view the element has loaded, if any. */
  constructor(host: Host, autosave: Autosave, loaded: () => PartyView | undefined) {
    this.#host = host;
    this.#autosave = autosave;
    this.#loaded = loaded;
    host.addController(this);
  }

  hostUpdate(): void {
    const view = this.#loaded();
    if (view && view !== this.view) this.#adopt(view);
  }

  /** Takes a loaded view as the starting point, with any draft this device kept on top of it. */
  #adopt(view: PartyView): void {
    this.view = view;
    this.values.clear();
    this.errors.clear();
    this.uploads.clear();
    for (const field of view.fields) {
      this.values.set(field.id, field.value);
      if (field.attachment)
        this.uploads.set(field.id, { name: field.attachment.filename, uploading: false });
    }
    const store = new DraftStore(view.session.id, view.party.id);
    const draft = store.read();
    this.#autosave.store = store;
    for (const field of view.fields) {
      if (field.id in draft && !field.locked && !isPerPartyField(field.type))
        this.#autosave.change(field.id, (draft[field.id] as FieldValue) ?? null);
    }
    for (const [id, value] of Object.entries(this.#autosave.pending)) this.values.set(id, value);
  }

  /** A value typed, chosen or signed: it clears the field's message and, unless a signature, is saved. */
  change(field: PartyField, value: FieldValue): void {
    this.values.set(field.id, value);
    this.errors.delete(field.id);
    // Signatures travel with `complete` only: signing is the act of finishing, not a draft.
    if (!isPerPartyField(field.type)) this.#autosave.change(field.id, value);
    this.#host.requestUpdate();
  }

  /**
   * Checks a filled value as the server will, recording the message next to the field. `control`
   * is the field's native input, whose `badInput` tells of a number the browser could not read.
   */
  validate(field: PartyField, control: HTMLInputElement | null): boolean {
    const value = this.values.get(field.id);
    if (field.locked || isPerPartyField(field.type)) return true;
    if (field.type === 'number' && control?.validity.badInput) {
      this.errors.set(field.id, message(this.#host, 'enterNumber'));
      return false;
    }
    if (value === null || value === undefined || value === '') return true;
    const checked = validateFieldValue(field, value);
    // The one refusal a typed value meets that its input does not prevent, in the element's words.
    if (!checked.ok)
      this.errors.set(
        field.id,
        field.type === 'email' ? message(this.#host, 'enterEmail') : checked.error.message,
      );
    return checked.ok;
  }

  /** Shows a refusal next to the field it names; false when the party has no such field. */
  refuse(fieldId: string | undefined, reason: string): boolean {
    if (!fieldId || !this.values.has(fieldId)) return false;
    this.errors.set(fieldId, reason);
    this.#host.requestUpdate();
    return true;
  }
}
