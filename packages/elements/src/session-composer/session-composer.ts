import { isEmailAddress } from '@signport/core/rules';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type {
  Clause,
  CreateSessionRequest,
  FieldValue,
  Instruction,
  Me,
  Session,
  Template,
  TemplateField,
} from '@signport/core/client';
import { packetFieldId } from '@signport/core/rules';
import { define } from '../base/define.js';
import { ApiCall } from '../base/api-call.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate } from '../base/status-templates.js';
import '../sender-picker/sender-picker.js';
import type { SignportSenderChangeEvent } from '../events/signport-sender-change.js';
import { isPrefillable, prefillInput } from './prefill-input.js';
import { packetDocumentsTemplate } from './packet-documents.js';
import './session-composer.messages.js';
import { sessionComposerStyles } from './session-composer.styles.js';
import type { SignportSessionSentEvent } from '../events/signport-session-sent.js';
import { message } from '../base/messages.js';

export type { SignportSessionSentEvent };

type Sender = Pick<Me['user'], 'id' | 'name' | 'email'>;
interface Row {
  name: string;
  email: string;
  role: string;
}

/** How an input shows the send error when it is about that input. */
interface FieldError {
  invalid: 'true' | typeof nothing;
  describedBy: string | typeof nothing;
  message: TemplateResult | typeof nothing;
}

const blankRow = (): Row => ({ name: '', email: '', role: '' });
const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

/**
 * @summary Starts and sends a signing session: a template (or a packet of several, in order), the
 * sender (`<sender-picker>`), who signs in which role (the who-box), Add Myself (the sender signs
 * too), prefilled and locked fields, a saved instruction as the message and saved clauses inserted
 * into the document's text fields. The server checks everything; its refusal shows next to the
 * field it concerns.
 *
 * @event {SignportSessionSentEvent} signport-session-sent - The session was created and sent; `detail` is `{ session }`.
 * @event {SignportSenderChangeEvent} signport-sender-change - A sender was saved in the embedded picker.
 * @event {SignportErrorEvent} signport-error - A request failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart form - The whole form; `title` is its heading.
 * @csspart sender - The embedded `<sender-picker>`.
 * @csspart packet - The documents signed together, in order, each with move and remove buttons (`packet-document`); `add-document` adds one.
 * @csspart parties - The who-box; each person is a `party`, with `remove-button`; `add-button` adds one.
 * @csspart add-myself - The Add Myself check box and its hint.
 * @csspart fields - The "Prefill and lock fields" disclosure.
 * @csspart clauses - The clause picker and its Insert button.
 * @csspart send-button - The Send button.
 * @csspart field-error - Next to the input it concerns: the form's own check (a missing name, an email that is not one) or the server's message.
 * @csspart sent - The confirmation once sent.
 *
 * @example
 * <signport-provider api="https://sign.example.com">
 *   <session-composer></session-composer>
 * </signport-provider>
 */
export class SessionComposer extends SignportElement {
  static override styles = [SignportElement.styles, sessionComposerStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = {
    sender: { state: true },
    templateId: { state: true },
    extraIds: { state: true },
    packetName: { state: true },
    rows: { state: true },
    addMyself: { state: true },
    myRole: { state: true },
    values: { state: true },
    locked: { state: true },
    message: { state: true },
    sent: { state: true },
    checks: { state: true },
  };

  /** The caller and the templates they may send from. */
  readonly setup = new ApiCall<{ me: Sender; templates: Template[] }>(this, {
    task: async (api, signal) => {
      const [me, templates] = await Promise.all([
        api.me(signal),
        api.request<{ items: Template[] }>('/v1/templates?limit=100', { signal }),
      ]);
      return { me: me.user, templates: templates.items };
    },
    dependencies: () => [this.apiUrl, this.token, this.tokenProvider, this.provided],
    announcesReady: true,
  });

  readonly instructions = this.#ownedBySender<Instruction>('instructions');
  readonly clauses = this.#ownedBySender<Clause>('clauses');

  readonly sending = new ApiCall<Session>(this, {
    task: (api, signal) =>
      api.request<Session>('/v1/sessions', { method: 'POST', body: this.#request(), signal }),
  });

  private sender?: Sender;
  private templateId = '';
  /** A packet's documents after the first, in order. */
  private extraIds: string[] = [];
  private packetName = '';
  private rows: Row[] = [blankRow()];
  private addMyself = false;
  private myRole = '';
  private values: Record<string, FieldValue> = {};
  private locked = new Set<string>();
  private message = '';
  private sent?: Session;
  /** What the form's own checks found, by field (`parties.0.email`), shown as the person types. */
  private checks = new Map<string, string>();

  /** Which row each sent party came from: blank rows are left out, the server counts what it got. */
  #sentRows: number[] = [];
  /** Whether this render placed the send error next to a field (else it shows above Send). */
  #errorPlaced = false;

  #ownedBySender<Item>(kind: 'instructions' | 'clauses') {
    return new ApiCall<Item[]>(this, {
      task: async (api, signal) => {
        if (!this.sender) return [];
        const path = `/v1/${kind}?limit=100&senderId=${encodeURIComponent(this.sender.id)}`;
        return (await api.request<{ items: Item[] }>(path, { signal })).items;
      },
      dependencies: () => [this.apiUrl, this.sender?.id],
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Until the picker saves someone else, the sender is the logged-in user.
    if (!this.sender && this.setup.value) this.sender = this.setup.value.me;
  }

  /** The templates the server lets the sender use: the sender's own and the initiator's. */
  #templates(): Template[] {
    const owners = [this.sender?.id, this.setup.value?.me.id];
    return (this.setup.value?.templates ?? []).filter((t) => owners.includes(t.owner.id));
  }

  #template(): Template | undefined {
    const templates = this.#templates();
    return (
      templates.find((t) => t.id === this.templateId) ??
      templates.find((t) => t.status === 'ready') ??
      templates[0]
    );
  }

  /** The documents to send, in order: the chosen one, then the packet's others. */
  #documents(): Template[] {
    const template = this.#template();
    if (!template) return [];
    const templates = this.#templates();
    const extras = this.extraIds.flatMap((id) => templates.filter((t) => t.id === id));
    return [template, ...extras.filter((t) => t.id !== template.id)];
  }

  /**
   * What is sent, as one template: a packet's roles are all of its documents' (matched by key),
   * its fields all of theirs under their packet ids (`d2.buyer_name`), as the server names them.
   */
  #sendable(): Template | undefined {
    const documents = this.#documents();
    const [first] = documents;
    if (!first || documents.length === 1) return first;
    const roles = documents
      .flatMap((t) => t.roles)
      .filter((role, index, all) => all.findIndex((r) => r.key === role.key) === index);
    const fields = documents.flatMap((t, index) =>
      t.fields.map((field) => ({ ...field, id: packetFieldId(index + 1, field.id) })),
    );
    return { ...first, roles, fields };
  }

  /** A template still rendering its pages (or refused) is listed, but cannot be chosen yet. */
  #templateLabel(template: Template): string {
    const { name, status, progress } = template;
    if (status === 'processing') {
      return message(this, 'composerTemplateProcessing', {
        name,
        done: progress.pagesRendered,
        total: progress.pageCount,
      });
    }
    return status === 'failed' ? message(this, 'composerTemplateFailed', { name }) : name;
  }

  #roleOf(row: Row, template: Template): string {
    return row.role || (template.roles[0]?.key ?? '');
  }

  #request(): CreateSessionRequest {
    const template = this.#sendable()!;
    const documents = this.#documents();
    const filled = this.rows.flatMap((row, index) =>
      row.name.trim() || row.email.trim() ? [index] : [],
    );
    this.#sentRows = filled;
    const several = template.roles.length > 1;
    return {
      ...(documents.length > 1
        ? {
            templateIds: documents.map((t) => t.id),
            name: this.packetName.trim() || undefined,
          }
        : { templateId: template.id }),
      senderId: this.sender?.id,
      parties: filled.map((index) => {
        const row = this.rows[index]!;
        return { name: row.name, email: row.email, role: this.#roleOf(row, template) };
      }),
      values: Object.fromEntries(
        Object.entries(this.values).filter(([id, value]) => value !== null && this.#hasField(id)),
      ),
      lockedFieldIds: [...this.locked].filter((id) => this.#hasField(id)),
      addMyself: this.addMyself,
      addMyselfRole: this.addMyself && several ? this.myRole || template.roles[0]?.key : undefined,
      message: this.message.trim() ? { body: this.message } : undefined,
      send: true,
    };
  }

  #hasField(id: string): boolean {
    return !!this.#sendable()?.fields.some((field) => field.id === id);
  }

  /**
   * Checks a person's row as the server will: a name and a valid email once either is given.
   * `only` checks one of the two (the input just left), so the other is not flagged before its turn.
   */
  #checkRow(index: number, only?: 'name' | 'email'): void {
    const row = this.rows[index];
    const checks = new Map(this.checks);
    const started = !!row && (row.name.trim() !== '' || row.email.trim() !== '');
    const found = {
      name: started && !row.name.trim() ? message(this, 'composerNameNeeded') : '',
      email: !started
        ? ''
        : !row.email.trim()
          ? message(this, 'composerEmailNeeded')
          : !isEmailAddress(row.email.trim().toLowerCase())
            ? message(this, 'composerEmailInvalid')
            : '',
    };
    for (const key of ['name', 'email'] as const) {
      const field = `parties.${index}.${key}`;
      if (!found[key]) checks.delete(field);
      else if (!only || only === key) checks.set(field, found[key]);
    }
    this.checks = checks;
  }

  #send = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (!this.#template() || this.sending.status === 'pending') return;
    this.rows.forEach((_, index) => this.#checkRow(index));
    if (this.checks.size) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.sent = undefined;
    const session = await this.sending.run();
    if (!session) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.sent = session;
    this.extraIds = [];
    this.packetName = '';
    this.rows = [blankRow()];
    this.checks = new Map();
    this.values = {};
    this.locked = new Set();
    this.message = '';
    this.addMyself = false;
    this.emit('signport-session-sent', { session });
  };

  /** ARIA for the input of `field`, and the server's message to show after it when it is about that field. */
  #error(field: string): FieldError {
    const check = this.checks.get(field);
    if (check) {
      const id = `check-${field.replaceAll('.', '-')}`;
      return {
        invalid: 'true',
        describedBy: id,
        message: html`<p part="field-error" id=${id}>${check}</p>`,
      };
    }
    const error = this.sending.status === 'error' ? this.sending.error : undefined;
    let concerns = error?.field;
    // The server numbers the parties it received; the form numbers its rows, blank ones included.
    const party = /^parties\.(\d+)\.(.+)$/.exec(concerns ?? '');
    if (party) concerns = `parties.${this.#sentRows[Number(party[1])]}.${party[2]}`;
    if (!error || concerns !== field)
      return { invalid: nothing, describedBy: nothing, message: nothing };
    this.#errorPlaced = true;
    return {
      invalid: 'true',
      describedBy: 'error',
      message: html`<p part="field-error" id="error" role="alert">${error.message}</p>`,
    };
  }

  protected override render() {
    return this.setup.render({
      complete: ({ templates }) =>
        templates.length
          ? this.#form()
          : html`<p part="empty">${message(this, 'composerNoTemplates')}</p>`,
    });
  }

  #form() {
    this.#errorPlaced = false;
    const templates = this.#templates();
    const template = this.#sendable();
    const busy = this.sending.status === 'pending';
    const senderError = this.#error('senderId');
    const templateError = this.#error('templateId');
    const messageError = this.#error('message.body');
    return html`<form part="form" aria-labelledby="title" novalidate @submit=${this.#send}>
      <h2 part="title" id="title">${message(this, 'composerTitle')}</h2>
      <sender-picker
        part="sender"
        mode="dialog"
        scope="send"
        .api=${this.api}
        .token=${this.token}
        .tokenProvider=${this.tokenProvider}
        aria-invalid=${senderError.invalid}
        @signport-sender-change=${(event: SignportSenderChangeEvent) =>
          (this.sender = event.detail.sender)}
      ></sender-picker>
      ${senderError.message}
      ${
        // None of the sender's own (or the initiator's): say so rather than show an empty list.
        templates.length
          ? html`<div class="field">
            <label for="template">${message(this, 'composerTemplate')}</label>
            <select
              id="template"
              aria-invalid=${templateError.invalid}
              aria-describedby=${templateError.describedBy}
              @change=${(event: Event) => (this.templateId = valueOf(event))}
            >
              ${templates.map(
                (t) =>
                  html`<option
                    value=${t.id}
                    ?selected=${t.id === template?.id}
                    ?disabled=${t.status !== 'ready'}
                  >
                    ${this.#templateLabel(t)}
                  </option>`,
              )}
            </select>
            ${templateError.message}
          </div>
          ${this.#packet()}`
          : html`<p part="empty">${message(this, 'composerNoTemplates')}</p>`
      }
      ${template ? this.#details(template) : nothing}
      <div class="field">
        <label for="instruction">${message(this, 'composerInstruction')}</label>
        ${this.instructions.render({
          complete: (instructions) =>
            html`<select
              id="instruction"
              @change=${(event: Event) => {
                const chosen = instructions.find((i) => i.id === valueOf(event));
                if (chosen) this.message = chosen.body;
              }}
            >
              <option value="">${message(this, 'composerNone')}</option>
              ${instructions.map((i) => html`<option value=${i.id}>${i.title}</option>`)}
            </select>`,
        })}
      </div>
      <div class="field">
        <label for="message">${message(this, 'composerMessage')}</label>
        <textarea
          id="message"
          rows="4"
          aria-invalid=${messageError.invalid}
          aria-describedby=${messageError.describedBy}
          .value=${live(this.message)}
          @input=${(event: Event) => (this.message = valueOf(event))}
        ></textarea>
        ${messageError.message}
      </div>
      ${
        // Last, so that every field has had its chance to show the error first.
        this.sending.status === 'error' && !this.#errorPlaced
          ? errorTemplate(this.sending.error!)
          : nothing
      }
      <div part="actions">
        <button part="send-button button-primary" type="submit" ?disabled=${busy || !template}>
          ${message(this, busy ? 'composerSending' : 'composerSend')}
        </button>
      </div>
      <div role="status">
        ${
          this.sent
            ? html`<p part="sent">
                ${message(this, 'composerSent', { name: this.sent.templateName })}
              </p>`
            : nothing
        }
      </div>
    </form>`;
  }

  #packet() {
    const documents = this.#documents();
    const chosen = new Set(documents.map((t) => t.id));
    return packetDocumentsTemplate({
      element: this,
      documents,
      candidates: this.#templates().filter((t) => t.status === 'ready' && !chosen.has(t.id)),
      name: this.packetName,
      errorFor: (index) => this.#error(`templateIds.${index}`).message,
      reorder: ([first, ...others]) => {
        this.templateId = first ?? '';
        this.extraIds = others;
      },
      rename: (name) => (this.packetName = name),
    });
  }

  #details(template: Template) {
    const several = template.roles.length > 1;
    const fields = template.fields.filter(isPrefillable);
    const myRoleError = this.#error('addMyselfRole');
    const senderName = this.sender?.name ?? '';
    return html`<fieldset part="parties">
        <legend>${message(this, 'composerParties')}</legend>
        ${this.rows.map((row, index) => this.#row(row, index, template))}
        <button
          part="add-button"
          type="button"
          @click=${() => (this.rows = [...this.rows, blankRow()])}
        >
          ${message(this, 'composerAddPerson')}
        </button>
        <div part="add-myself">
          <label>
            <input
              type="checkbox"
              aria-describedby="add-myself-hint"
              .checked=${live(this.addMyself)}
              @change=${(event: Event) => (this.addMyself = (event.target as HTMLInputElement).checked)}
            />
            ${message(this, 'composerAddMyself')}
          </label>
          <span id="add-myself-hint" class="hint">
            ${message(this, 'composerAddMyselfHint', { name: senderName })}
          </span>
          ${
            this.addMyself && several
              ? html`<label for="my-role"
                    >${message(this, 'composerAddMyselfRole', { name: senderName })}</label
                  >
                  ${this.#roleSelect(template, 'my-role', this.myRole, myRoleError, (role) => (this.myRole = role))}`
              : nothing
          }
          ${myRoleError.message}
        </div>
      </fieldset>
      ${
        fields.length
          ? html`<details part="fields">
              <summary>${message(this, 'composerFields')}</summary>
              ${template.roles.map((role) => {
                const own = fields.filter((field) => field.role === role.key);
                return own.length
                  ? html`<fieldset>
                      <legend>${role.name}</legend>
                      ${own.map((field) => this.#field(field))}
                    </fieldset>`
                  : nothing;
              })}
            </details>`
          : nothing
      }
      ${this.#clauses(fields)}`;
  }

  #row(row: Row, index: number, template: Template) {
    const update = (change: Partial<Row>) =>
      (this.rows = this.rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
    const nameError = this.#error(`parties.${index}.name`);
    const emailError = this.#error(`parties.${index}.email`);
    const roleError = this.#error(`parties.${index}.role`);
    const who = row.name.trim() || message(this, 'composerPerson', { n: index + 1 });
    return html`<div part="party" role="group" aria-label=${who}>
      <div class="field">
        <label for=${`name-${index}`}>${message(this, 'composerName')}</label>
        <input
          id=${`name-${index}`}
          autocomplete="off"
          aria-invalid=${nameError.invalid}
          aria-describedby=${nameError.describedBy}
          .value=${live(row.name)}
          @input=${(event: Event) => update({ name: valueOf(event) })}
          @blur=${() => this.#checkRow(index, 'name')}
        />
        ${nameError.message}
      </div>
      <div class="field">
        <label for=${`email-${index}`}>${message(this, 'composerEmail')}</label>
        <input
          id=${`email-${index}`}
          type="email"
          autocomplete="off"
          aria-invalid=${emailError.invalid}
          aria-describedby=${emailError.describedBy}
          .value=${live(row.email)}
          @input=${(event: Event) => update({ email: valueOf(event) })}
          @blur=${() => this.#checkRow(index, 'email')}
        />
        ${emailError.message}
      </div>
      ${
        template.roles.length > 1
          ? html`<div class="field">
              <label for=${`role-${index}`}>${message(this, 'composerRole')}</label>
              ${this.#roleSelect(template, `role-${index}`, row.role, roleError, (role) =>
                update({ role }),
              )}
              ${roleError.message}
            </div>`
          : nothing
      }
      <button
        part="remove-button"
        type="button"
        aria-label=${message(this, 'composerRemovePerson', { name: who })}
        ?disabled=${this.rows.length === 1}
        @click=${() => (this.rows = this.rows.filter((_, i) => i !== index))}
      >
        ×
      </button>
    </div>`;
  }

  #roleSelect(
    template: Template,
    id: string,
    value: string,
    error: FieldError,
    choose: (role: string) => void,
  ) {
    return html`<select
      id=${id}
      aria-invalid=${error.invalid}
      aria-describedby=${error.describedBy}
      @change=${(event: Event) => choose(valueOf(event))}
    >
      ${template.roles.map(
        (role) =>
          html`<option value=${role.key} ?selected=${role.key === value}>${role.name}</option>`,
      )}
    </select>`;
  }

  #field(field: TemplateField) {
    const error = this.#error(`values.${field.id}`);
    const lockedByTemplate = field.locked;
    return html`<div class="prefill">
      <label for=${`field-${field.id}`}>${field.name}</label>
      ${prefillInput(
        field,
        this.values[field.id],
        {
          id: `field-${field.id}`,
          invalid: error.invalid === 'true',
          describedBy: error.invalid === 'true' ? 'error' : undefined,
        },
        (value) => (this.values = { ...this.values, [field.id]: value }),
      )}
      <label class="lock">
        <input
          type="checkbox"
          aria-label=${message(this, 'composerLockLabel', { name: field.name })}
          ?disabled=${lockedByTemplate}
          .checked=${live(lockedByTemplate || this.locked.has(field.id))}
          @change=${(event: Event) => {
            const locked = new Set(this.locked);
            if ((event.target as HTMLInputElement).checked) locked.add(field.id);
            else locked.delete(field.id);
            this.locked = locked;
          }}
        />
        ${message(this, 'composerLock')}
      </label>
      ${error.message}
    </div>`;
  }

  /** Saved clauses go into one of the document's text fields, as an addendum to what it holds. */
  #clauses(fields: TemplateField[]) {
    const targets = fields.filter((field) => field.type === 'text');
    const clauses = this.clauses.status === 'complete' ? (this.clauses.value ?? []) : [];
    if (!targets.length || !clauses.length) return nothing;
    const preferred = targets.find((f) => /addend|additional|terms/i.test(f.id)) ?? targets[0]!;
    return html`<div part="clauses">
      <div class="field">
        <label for="clause">${message(this, 'composerClause')}</label>
        <select id="clause">
          ${clauses.map((c) => html`<option value=${c.id}>${c.title}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="clause-target">${message(this, 'composerClauseInto')}</label>
        <select id="clause-target">
          ${targets.map(
            (f) => html`<option value=${f.id} ?selected=${f === preferred}>${f.name}</option>`,
          )}
        </select>
      </div>
      <button type="button" @click=${() => this.#insertClause(clauses)}>
        ${message(this, 'composerInsertClause')}
      </button>
    </div>`;
  }

  #insertClause(clauses: Clause[]): void {
    const pick = (id: string) => this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`)?.value;
    const clause = clauses.find((c) => c.id === pick('clause'));
    const target = pick('clause-target');
    if (!clause || !target) return;
    const before = this.values[target];
    this.values = {
      ...this.values,
      // One line: the document's text fields are single-line inputs.
      [target]: typeof before === 'string' && before ? `${before} ${clause.text}` : clause.text,
    };
    // Show where it went.
    const details = this.renderRoot.querySelector('details');
    if (details) details.open = true;
  }
}

define('session-composer', SessionComposer);

declare global {
  interface HTMLElementTagNameMap {
    'session-composer': SessionComposer;
  }
}
