import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { SignportApiError } from '@signport/core/client';
import type { FieldValue, PartyField, PartyView } from '@signport/core/client';
import { define } from '../base/define.js';
import { ApiCall } from '../base/api-call.js';
import { langAt, message } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate } from '../base/status-templates.js';
import { baseStyles } from '../styles/index.js';
import { Autosave } from './autosave.js';
import { consentTemplate } from './consent-step.js';
import { DeclineDialog } from './decline-dialog.js';
import { FieldByField } from './field-by-field.js';
import { boxStyle } from './field-geometry.js';
import { controlId, fieldTemplate } from './field-input.js';
import type { FieldInputContext } from './field-input.js';
import { FieldState } from './field-state.js';
import {
  firstFieldToFill,
  inReadingOrder,
  missingFields,
  nextMissingField,
  requiredProgress,
} from './field-rules.js';
import { ContactForm } from './contact-form.js';
import { FormStart } from './form-start.js';
import { NextPartyForm } from './next-party-form.js';
import { outcomeTemplate } from './outcome-screen.js';
import type { Outcome } from './outcome-screen.js';
import { otherValueTemplate, pageTemplate } from './page-view.js';
import { partyRequests } from './party-requests.js';
import { nextStepGuide, senderIdentity } from './session-header.js';
import { SignatureDialog } from './signature-dialog.js';
import { InitialAll } from './initial-all.js';
import './sign-session.messages.js';
import { signSessionStyles } from './sign-session.styles.js';
import { WorkroomPanel, workroomStyles } from './workroom-panel.js';
import { cssProperties } from '../base/css-properties.js';

/**
 * @summary One party's signing page: the document with their fields over it, a guided flow through
 * the required ones, autosave, consent, signing by drawing or typing, naming the next party,
 * finishing and declining.
 *
 * @example
 * <sign-session api="https://sign.example.com" token="PARTY-LINK-TOKEN"></sign-session>
 * <sign-session api="https://sign.example.com" form="rental-application-7k2m9xq4tb"></sign-session>
 *
 * @event {SignportReadyEvent} signport-ready - The document is shown and accepts input; `detail` is `{ sessionId, partyId }`.
 * @event {SignportSaveEvent} signport-save - Values were saved; `detail` is `{ savedAt, fieldIds }`.
 * @event {SignportCompleteEvent} signport-complete - The party signed; `detail` is `{ sessionId, partyId, documentUrl }`.
 * @event {SignportDeclineEvent} signport-decline - The party declined; `detail` is `{ reason }`.
 * @event {SignportFormStartEvent} signport-form-start - A public form (`form` attribute) started or resumed; `detail` is `{ form, resumed }`.
 * @event {SignportErrorEvent} signport-error - A call failed; `detail` is the server's `{ code, message, field }`.
 * @event {SignportWorkroomChangeEvent} signport-workroom-change - The workroom loaded or a party's status or progress changed; `detail` is `{ workroom }`.
 *
 * @csspart base - The form: header, pages and finish section.
 * @csspart header - The sticky bar with the sender, the document's name, progress, save state and the guide; compact on a phone.
 * @csspart sender - Who sends the document: `sender-logo` (their logo, or initials on their colour), name and brokerage.
 * @csspart guide - What to do next: "3 fields left: next is Signature on page 2", followed by "Go to field" (on a phone, one shorter line).
 * @csspart stepper - On a narrow element, the bottom bar stepping field by field (`step-previous`, `step-next`).
 * @csspart progress - The "n of m required fields done" text and bar.
 * @csspart save-status - "Saving…", "Saved 14:02" or "Not saved — retrying".
 * @csspart button - Every button; the main ones are also `button-primary`, Decline is `button-danger`.
 * @csspart document - The column of pages.
 * @csspart page - One page; `page-image` is its image.
 * @csspart field - A field's box over the page, also `field-<type>` and `field-locked`, `field-invalid`, `field-required`.
 * @csspart field-input - The native control of a field.
 * @csspart radio-option - One radio button placed over the PDF's own printed button for that option.
 * @csspart sign-button - The button of a signature or initials field.
 * @csspart field-error - The message next to a field, from the element's checks or the server.
 * @csspart other-value - A value another party filled, read-only; a chosen radio option is also `other-radio`.
 * @csspart consent - The disclosure step; `consent-text` is the disclosure itself.
 * @csspart finish - The section with "Who signs next", Finish and Decline.
 * @csspart next-party - The "Who signs next" form.
 * @csspart form-start - A public form's first step: Start, or Resume / Start over.
 * @csspart contact - "Your details" of whoever fills a public form.
 * @csspart dialog - The signature and decline dialogs (also `signature-dialog`, `decline-dialog`).
 * @csspart canvas - The drawing area of the signature dialog.
 * @csspart outcome - The screen shown when done, declined, or when there is nothing to sign.
 * @csspart download - The link to the signed PDF.
 * @csspart workroom - The list of signers by role with their status and progress; each person is `workroom-party`.
 *
 * @cssprop [--signport-field-background=rgb(255 244 196 / 0.85)] - Background of the party's fields.
 * @cssprop [--signport-field-border=var(--signport-color-primary)] - Outline of the party's fields.
 * @cssprop [--signport-page-background=#ffffff] - Behind each page image while it loads.
 * @cssprop [--signport-page-shadow=0 1px 4px rgb(0 0 0 / 0.25)] - Shadow around each page.
 * @cssprop [--signport-signature-color=#0b1f4b] - Ink of drawn and typed signatures.
 */
export class SignSession extends SignportElement {
  static override styles = [baseStyles, signSessionStyles, workroomStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    form: {},
    outcome: { state: true },
    consentGiven: { state: true },
    consentError: { state: true },
    finishError: { state: true },
    busy: { state: true },
  };

  /**
   * The slug of a public web form to fill instead of a `token`: the element starts it (or offers to
   * resume the one this browser saved) and goes on with the party token it gets.
   */
  form?: string;

  readonly view = new ApiCall<PartyView>(this, {
    task: (api, signal) => partyRequests.load(api, signal),
    dependencies: () => (this.form && !this.token ? undefined : [this.apiUrl, this.token]),
  });

  /** Saving of typed values; public so a host can call `autosave.flush()` before leaving. */
  readonly autosave = new Autosave(this, {
    save: (values, keepalive) => partyRequests.save(this.client, values, keepalive),
    onSaved: (savedAt, fieldIds) => this.emit('signport-save', { savedAt, fieldIds }),
    onRefused: (error) => this.#refused(error),
  });

  /**
   * Who signs and how far each is, kept current while the page is open; `workroom.interval` sets the
   * pace. The party's own row counts what they typed so far, as the header does.
   */
  readonly workroom = new WorkroomPanel(this, () => this.#ownProgress());

  protected outcome: Outcome | undefined;
  protected consentGiven = false;
  protected consentError = '';
  protected finishError = '';
  protected busy = false;

  readonly #signatureDialog = new SignatureDialog(this, (field, png) => this.#change(field, png));
  readonly #declineDialog = new DeclineDialog(this, (reason) => this.#decline(reason));
  readonly #initialAll = new InitialAll(this, (field, png) => this.#change(field, png));
  readonly #nextParty = new NextPartyForm(this);
  readonly #phone = new FieldByField(this);
  readonly #contact = new ContactForm(this);
  readonly #formStart = new FormStart(this, (token, resumed) => {
    this.token = token;
    this.emit('signport-form-start', { form: this.form ?? '', resumed });
  });
  /** The party's values, the messages next to their fields and their uploads. */
  readonly #fields = new FieldState(this, this.autosave, () =>
    this.view.status === 'complete' ? this.view.value : undefined,
  );
  #adopted: PartyView | undefined;
  #lastFieldId: string | undefined;
  #announcedReady: PartyView | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const failed = this.view.status === 'error' ? this.view.error : undefined;
    if (
      this.form &&
      this.token &&
      failed &&
      (isLinkDead(failed) || failed.code === 'form_changed')
    ) {
      // The saved application cannot go on: back to the start, saying why.
      this.#formStart.forget(this.client, this.form);
      this.#formStart.notice = failed.message;
      this.token = undefined;
    }
    const view = this.view.value;
    if (this.view.status === 'complete' && view && view !== this.#adopted) this.#adopt(view);
  }

  protected override updated(): void {
    const view = this.view.value;
    if (this.view.status === 'complete' && view && this.#announcedReady !== view) {
      this.#announcedReady = view;
      this.emit('signport-ready', { sessionId: view.session.id, partyId: view.party.id });
    }
  }

  /** Takes the loaded view as the starting point (its fields' values: `#fields`). */
  #adopt(view: PartyView): void {
    this.#adopted = view;
    // The party's language, chosen by the sender or remembered from their browser, unless the page
    // set one on the element itself.
    if (view.party.locale && !this.hasAttribute('lang')) this.lang = view.party.locale;
    this.consentGiven ||= view.consent.acceptedAt !== null;
    this.#nextParty.roles = view.rolesToName;
    this.#nextParty.names = view.roleNames ?? {};
    this.outcome = undefined;
    this.workroom.start();
  }

  protected override render() {
    return html`${this.#content()}${this.workroom.render()}`;
  }

  #content() {
    if (this.outcome) return outcomeTemplate(this, this.outcome);
    if (this.form && !this.token) return this.#formStart.render(this.client, this.form);
    return this.view.render({
      complete: (view) => this.#renderView(view),
      error: (error) =>
        isLinkDead(error) ? outcomeTemplate(this, deadLinkNotice(error)) : errorTemplate(error),
    });
  }

  #renderView(view: PartyView) {
    const notice = noticeFor(view);
    if (notice) return outcomeTemplate(this, notice);
    if (!this.consentGiven) {
      return consentTemplate({
        element: this,
        disclosure: view.consent,
        error: this.consentError,
        busy: this.busy,
        accept: (agreed) => void this.#consent(view, agreed),
      });
    }
    const pageCount = view.pages.length;
    const fields = inReadingOrder(view);
    const signers = new Map(view.workroom.map((party) => [party.id, party.name]));
    return html`<div part="base" class=${this.#phone.narrow ? 'base narrow' : 'base'}>
        ${this.#header(view)}
        <div
          part="document"
          class="document"
          ${cssProperties({ '--_zoom': String(this.#phone.zoom(view)) })}
          @focusin=${this.#trackFocus}
        >
          ${view.pages.map((page) =>
            pageTemplate(this, page, pageCount, this.#resolve(page.imageUrl), [
              view.others
                .filter((other) => other.page === page.number)
                .map((other) =>
                  otherValueTemplate(this, other, page, signers.get(other.partyId ?? '')),
                ),
              fields
                .filter((field) => field.page === page.number)
                .map((field) =>
                  fieldTemplate(field, boxStyle(field.rect, page), this.#context(field)),
                ),
            ]),
          )}
        </div>
        ${this.#phone.render(view, this.#lastFieldId, (field) => void this.#focusField(field.id))}
        <section part="finish" class="finish">
          ${
            view.party.email === ''
              ? this.#contact.render(view.session.saveIncomplete, () => void this.#saveContact())
              : nothing
          }
          ${this.#nextParty.render()}
          ${this.#initialAll.render(view, this.#fields.values)}
          ${this.finishError ? html`<p part="error" role="alert">${this.finishError}</p>` : nothing}
          <div class="row">
            <button
              type="button"
              part="button button-primary"
              ?disabled=${this.busy}
              @click=${() => this.#finish(view)}
            >
              ${message(this, 'finish')}
            </button>
            <button
              type="button"
              part="button"
              ?disabled=${this.busy}
              @click=${() => this.#declineDialog.open()}
            >
              ${message(this, 'decline')}
            </button>
          </div>
        </section>
      </div>
      ${this.#signatureDialog.render()} ${this.#declineDialog.render()}`;
  }

  #header(view: PartyView) {
    const { filled, required } = requiredProgress(view, this.#fields.values);
    const progress = message(this, 'progress', { filled, required });
    const started = filled > 0 || this.#lastFieldId !== undefined;
    return html`<header part="header" class="header">
      <div class="title">
        ${senderIdentity(this, view, (url) => this.#resolve(url))}
        ${view.session.message ? html`<p class="hint">${view.session.message.body}</p>` : nothing}
      </div>
      <div class="toolbar">
        <p part="progress" class="progress">
          <span id="progress-text">${progress}</span>
          <progress
            max=${Math.max(required, 1)}
            value=${required === 0 ? 1 : filled}
            aria-labelledby="progress-text"
          ></progress>
        </p>
        <p part="save-status" class="save" role="status">${this.#saveStatus()}</p>
      </div>
      ${nextStepGuide(
        this,
        view,
        this.#fields.values,
        this.#lastFieldId,
        this.#phone.narrow,
        html`<button
          type="button"
          part="button button-primary"
          class="next"
          @click=${() => this.#goToNext(view)}
        >
          ${message(this, started ? 'nextField' : 'startSigning')}
        </button>`,
      )}
    </header>`;
  }

  /** The party's progress with what they typed, while their document is open. */
  #ownProgress() {
    const view = this.view.value;
    if (this.view.status !== 'complete' || !view || view !== this.#fields.view) return undefined;
    return requiredProgress(view, this.#fields.values);
  }

  /**
   * Stores the party's consent, once: a later visit finds it and goes straight to the document,
   * which then opens at the first field they fill.
   */
  async #consent(view: PartyView, agreed: boolean): Promise<void> {
    this.consentError = agreed ? '' : message(this, 'consentNeeded');
    if (!agreed) return;
    this.busy = true;
    try {
      await partyRequests.consent(this.client, {
        accepted: true,
        disclosureVersion: view.consent.version,
      });
    } catch (error) {
      const refusal = this.report(error);
      if (isLinkDead(refusal)) this.outcome = deadLinkNotice(refusal);
      else this.consentError = refusal.message;
      return;
    } finally {
      this.busy = false;
    }
    this.consentGiven = true;
    const first = firstFieldToFill(view, this.#fields.values);
    if (first) await this.#focusField(first.id);
  }

  #saveStatus() {
    const { state, savedAt } = this.autosave;
    if (state === 'saving') return message(this, 'saving');
    if (state === 'retrying') {
      return html`${message(this, 'notSaved')}
        <button type="button" part="button" class="link" @click=${() => this.autosave.flush()}>
          ${message(this, 'retryNow')}
        </button>`;
    }
    if (state === 'stopped') return message(this, 'saveStopped');
    if (state === 'saved' && savedAt) {
      const time = new Date(savedAt).toLocaleTimeString(langAt(this) || undefined, {
        hour: '2-digit',
        minute: '2-digit',
      });
      return message(this, 'savedAt', { time });
    }
    return nothing;
  }

  #context(field: PartyField): FieldInputContext {
    return {
      element: this,
      value: this.#fields.values.get(field.id),
      error: this.#fields.errors.get(field.id),
      upload: this.#fields.uploads.get(field.id),
      change: (changed, value) => this.#change(changed, value),
      leave: (left) => this.#leave(left),
      sign: (signed) => {
        const name = this.view.value?.party.name ?? '';
        const suggestion =
          signed.type === 'initials'
            ? name
                .split(/\s+/)
                .map((part) => part.charAt(0))
                .join('')
            : name;
        void this.#signatureDialog.open(signed, suggestion);
      },
      attach: (attached, file) => this.#attach(attached, file),
    };
  }

  #change(field: PartyField, value: FieldValue): void {
    this.#fields.change(field, value);
    this.finishError = '';
  }

  /** Checks the value as the server will, and saves at once rather than after the typing pause. */
  #leave(field: PartyField): void {
    this.#isValid(field);
    this.requestUpdate();
    void this.autosave.flush();
  }

  /** Checks a filled value as the server will, recording the message next to the field. */
  #isValid(field: PartyField): boolean {
    const control = this.shadowRoot?.getElementById(controlId(field)) as HTMLInputElement | null;
    return this.#fields.validate(field, control);
  }

  /** Uploads a chosen file at once; a refusal (too big, wrong type) shows next to the field. */
  async #attach(field: PartyField, file: File): Promise<void> {
    const previous = this.#fields.uploads.get(field.id);
    this.#fields.errors.delete(field.id);
    this.#fields.uploads.set(field.id, { name: file.name, uploading: true });
    this.requestUpdate();
    try {
      const attached = await partyRequests.attach(this.client, field.id, file);
      this.#fields.uploads.set(field.id, { name: attached.filename, uploading: false });
      this.#fields.values.set(field.id, attached.id);
    } catch (error) {
      if (previous) this.#fields.uploads.set(field.id, previous);
      else this.#fields.uploads.delete(field.id);
      this.#refused(error);
    }
    this.requestUpdate();
  }

  #trackFocus = (event: FocusEvent) => {
    const box = (event.target as Element).closest('[data-field]');
    if (!box) return;
    // The guided button reads "Start" until the party is in the form.
    if (this.#lastFieldId === undefined) this.requestUpdate();
    this.#lastFieldId = box.getAttribute('data-field') ?? undefined;
  };

  #goToNext(view: PartyView): void {
    const next = nextMissingField(view, this.#fields.values, this.#lastFieldId);
    if (next) void this.#focusField(next.id);
  }

  async #focusField(fieldId: string): Promise<void> {
    await this.updateComplete;
    const control = this.shadowRoot?.getElementById(`field-${fieldId}`);
    if (!control) return;
    this.#lastFieldId = fieldId;
    this.requestUpdate();
    const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    // Focus first: a date input's focus scrolls its first part into view whatever it is told,
    // which would cancel the smooth scroll to the field.
    control.focus({ preventScroll: true });
    this.#phone.reveal(control.closest<HTMLElement>('[data-field]')!, behavior);
  }

  /** Client checks first (required, then formats), then the next party, the last values and the signing. */
  async #finish(view: PartyView): Promise<void> {
    this.finishError = '';
    const missing = missingFields(view, this.#fields.values);
    for (const field of missing) this.#fields.errors.set(field.id, message(this, 'required'));
    // Only what the party can fix blocks here; a value the server refused is the server's to judge.
    const missingIds = new Set(missing.map((field) => field.id));
    const firstInvalid = inReadingOrder(view).find(
      (field) => missingIds.has(field.id) || !this.#isValid(field),
    );
    if (firstInvalid) {
      this.finishError = missing.length
        ? message(this, 'missingFields', { count: missing.length })
        : message(this, 'fixFields');
      return this.#focusField(firstInvalid.id);
    }
    if (!this.#nextParty.validate()) return;

    this.busy = true;
    try {
      if (view.party.email === '' && !(await this.#contact.submit(this.client))) return;
      if (!(await this.#nextParty.submit(this.client))) return;
      await this.autosave.flush();
      const signatures: Record<string, string> = {};
      for (const field of view.fields) {
        const value = this.#fields.values.get(field.id);
        if ((field.type === 'signature' || field.type === 'initials') && typeof value === 'string')
          signatures[field.id] = value;
      }
      const result = await partyRequests.complete(this.client, {
        consent: { accepted: true, disclosureVersion: view.consent.version },
        signatures,
        values: this.autosave.pending,
      });
      this.autosave.stop();
      const documentUrl = result.documentUrl ? this.#resolve(result.documentUrl) : undefined;
      this.outcome = { kind: 'completed', documentUrl };
      this.workroom.refresh();
      this.emit('signport-complete', {
        sessionId: view.session.id,
        partyId: view.party.id,
        documentUrl,
      });
      await this.#focusOutcome();
    } catch (error) {
      this.#refused(error);
    } finally {
      this.busy = false;
    }
  }

  /**
   * "Save and email me a link": the party's details, the people already named for the next roles
   * (kept on the server, so they survive a resume elsewhere), then whatever typing is pending.
   */
  async #saveContact(): Promise<void> {
    try {
      if (!(await this.#contact.submit(this.client))) return;
      if (await this.#nextParty.submit(this.client, true)) await this.autosave.flush();
    } catch (error) {
      this.#refused(error);
    }
  }

  /** Sends a decline; resolves with the message to show in the dialog when it was refused. */
  async #decline(reason: string): Promise<string | undefined> {
    try {
      await partyRequests.decline(this.client, reason);
    } catch (error) {
      return this.report(error).message;
    }
    this.autosave.stop();
    this.outcome = { kind: 'notice', title: 'declinedTitle', body: 'declinedBody' };
    this.workroom.refresh();
    this.emit('signport-decline', { reason });
    void this.#focusOutcome();
    return undefined;
  }

  /** A refusal about one field shows next to it; a dead link ends the form; anything else shows above Finish. */
  #refused(cause: unknown): void {
    const error = this.report(cause);
    if (isLinkDead(error)) {
      this.outcome = deadLinkNotice(error);
      return;
    }
    if (this.#fields.refuse(error.field, error.message)) {
      if (this.busy) void this.#focusField(error.field!);
      return;
    }
    this.finishError = error.message;
  }

  async #focusOutcome(): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.getElementById('outcome-title')?.focus();
  }

  /** Page images and the signed PDF may come as paths on the API server. */
  #resolve(url: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
    return `${this.client.baseUrl}/${url.replace(/^\/+/, '')}`;
  }
}

/** The party link is expired, revoked or unknown: nothing on this page can work any more. */
function isLinkDead(error: SignportApiError): boolean {
  return (
    error.status === 401 ||
    error.status === 410 ||
    error.code === 'token_expired' ||
    error.code === 'unauthorized'
  );
}

/** What a dead link says: the sender voided the session, or the link expired or is unknown. */
function deadLinkNotice(error: SignportApiError): Outcome {
  return { kind: 'notice', body: error.code === 'session_voided' ? 'voidedBody' : 'expiredBody' };
}

/** Why a loaded view has nothing to fill, if so. */
function noticeFor(view: PartyView): Outcome | undefined {
  const session = view.session.status;
  if (view.party.status === 'declined')
    return { kind: 'notice', title: 'declinedTitle', body: 'declinedBody' };
  if (view.party.status === 'completed') return { kind: 'notice', body: 'alreadySigned' };
  if (session === 'completed') return { kind: 'notice', body: 'sessionCompleted' };
  if (session === 'voided') return { kind: 'notice', body: 'voidedBody' };
  if (session === 'expired') return { kind: 'notice', body: 'expiredBody' };
  if (session === 'declined') return { kind: 'notice', body: 'sessionDeclined' };
  if (!view.isMyTurn) return { kind: 'notice', body: 'notYourTurn' };
  return undefined;
}

define('sign-session', SignSession);

declare global {
  interface HTMLElementTagNameMap {
    'sign-session': SignSession;
  }
}
