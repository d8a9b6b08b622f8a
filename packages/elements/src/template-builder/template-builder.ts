import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { SignportApiError } from '@signport/core/client';
import type { FieldRect, FieldType, Template, TemplateField } from '@signport/core/client';
import { fieldTypes } from '@signport/core/rules';
import { ApiCall } from '../base/api-call.js';
import { cssProperties } from '../base/css-properties.js';
import { SignportElement } from '../base/signport-element.js';
import { errorTemplate, loadingTemplate } from '../base/status-templates.js';
import type { SignportTemplateChangeEvent } from '../events/signport-template-change.js';
import type { SignportTemplateSaveEvent } from '../events/signport-template-save.js';
import { moveRect, rectAround, rectBetween, resizeRect, snapRect } from './builder-geometry.js';
import { EditHistory } from './edit-history.js';
import { fieldSettingsTemplate } from './field-settings.js';
import { untilRendered, uploadPdf } from './pdf-upload.js';
import { roleSettingsTemplate } from './role-settings.js';
import { text } from './template-builder.messages.js';
import { templateBuilderStyles } from './template-builder.styles.js';
import {
  copiesOnPages,
  defaultSize,
  newField,
  patchFor,
  type TemplateDraft,
} from './template-draft.js';

export type { SignportTemplateChangeEvent, SignportTemplateSaveEvent };

/** Below this width (the host's, in CSS pixels) the builder only shows the template. */
const PHONE_WIDTH = 640;
/** Quiet time after the last edit before it is saved. */
const AUTOSAVE_MS = 600;
/** One arrow-key step, as a fraction of the page. */
const KEY_STEP = 0.005;
/** A pointer that moved less than this (fraction of the page) clicked rather than dragged. */
const DRAG_THRESHOLD = 0.01;

type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';
/** A failed save, with the field or role its `error.field` path names. */
interface SaveError {
  error: SignportApiError;
  fieldId?: string;
  roleIndex?: number;
  /** What of the field or role is wrong: `options`, `key`… */
  property?: string;
}
interface Gesture {
  kind: 'move' | 'resize' | 'draw';
  id?: string;
  page: number;
  start: { x: number; y: number };
  from?: FieldRect;
  rect?: FieldRect;
}

/**
 * @summary Places fields on a template's pages: an agent picks a field type and clicks or drags on a
 * page, moves and resizes fields with the mouse, touch or keyboard, sets each field's role, label,
 * required, locked, default and choices, defines the roles and the signing order, and previews what
 * one role will see. Every change is saved automatically; the server judges it, and its refusal shows
 * next to the field or role it names. Without `template-id` it starts by uploading a PDF.
 *
 * @event {SignportTemplateChangeEvent} signport-template-change - Fired after every edit; `detail` is the template as edited.
 * @event {SignportTemplateSaveEvent} signport-template-save - The server stored the changes; `detail` is `{ template }`.
 * @event {SignportReadyEvent} signport-ready - The template (or the upload form) is on screen.
 * @event {SignportErrorEvent} signport-error - A request failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart toolbar - The name, field types, undo/redo, preview and save state.
 * @csspart field-type - Each field type button; `aria-pressed` while placing it.
 * @csspart save-state - The saved / saving / not saved status.
 * @csspart page - Each page, with `page-image`.
 * @csspart field - Each field's box on a page; `handle` resizes it.
 * @csspart field-list - The list of every field, for keyboard and screen-reader users.
 * @csspart settings - The selected field's settings.
 * @csspart roles - The roles and signing order.
 * @csspart field-error - The server's message next to what it concerns.
 * @csspart tag-errors - Each faulty text tag of a refused upload, with its page.
 * @csspart upload - The PDF picker and drop zone.
 * @csspart phone-note - The read-only notice on narrow screens.
 *
 * @example
 * <signport-provider api="https://sign.example.com">
 *   <template-builder template-id="tpl_123"></template-builder>
 * </signport-provider>
 */
export class TemplateBuilder extends SignportElement {
  static override styles = [SignportElement.styles, templateBuilderStyles];
  static override properties: PropertyDeclarations = {
    templateId: { attribute: 'template-id', reflect: true },
    draft: { state: true },
    selectedId: { state: true },
    placing: { state: true },
    newRole: { state: true },
    previewRole: { state: true },
    saveState: { state: true },
    saveError: { state: true },
    gesture: { state: true },
    narrow: { state: true },
    upload: { state: true },
  };

  /** The template to edit; without it the builder asks for a PDF and creates one. */
  templateId?: string;

  private draft?: TemplateDraft;
  private selectedId?: string;
  /** The field type the next click or drag on a page places. */
  private placing?: FieldType;
  /** The role new fields are for. */
  private newRole = '';
  private previewRole = '';
  private saveState: SaveState = 'saved';
  private saveError?: SaveError;
  private gesture?: Gesture;
  private narrow = false;
  /** What the upload is doing, shown while it runs; an error when it was refused. */
  private upload?: { status: string } | { error: SignportApiError };

  #history?: EditHistory<TemplateDraft>;
  #template?: Template;
  /** Field ids in the order the server holds them, as of the last save. */
  #savedOrder: string[] = [];
  #saveTimer?: ReturnType<typeof setTimeout>;
  #saving = false;
  #announced = false;
  // Applied on the next frame: a re-render that adds a scroll bar changes the width again, and a
  // change within the observer's own callback is a "ResizeObserver loop" error on the host page.
  #resize = new ResizeObserver(([entry]) => {
    const narrow = !!entry && entry.contentRect.width < PHONE_WIDTH;
    requestAnimationFrame(() => (this.narrow = narrow));
  });

  readonly loading = new ApiCall<Template>(this, {
    task: async (api, signal) => {
      const id = encodeURIComponent(this.templateId ?? '');
      const template = await api.request<Template>(`/v1/templates/${id}`, { signal });
      return untilRendered(api, template, (t) => this.#showProgress(t), signal);
    },
    dependencies: () =>
      this.templateId
        ? [this.apiUrl, this.token, this.tokenProvider, this.provided, this.templateId]
        : undefined,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  /** Once, when the template is on screen, or the upload form when there is nothing to load. */
  protected override updated(): void {
    const shown = this.templateId ? this.loading.status === 'complete' : true;
    if (this.#announced || !shown) return;
    this.#announced = true;
    this.emit('signport-ready', this.templateId ? { templateId: this.templateId } : {});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.loading.status === 'complete' ? this.loading.value : undefined;
    if (loaded && loaded !== this.#template && loaded.id !== this.#template?.id)
      this.#start(loaded);
  }

  #start(template: Template): void {
    clearTimeout(this.#saveTimer);
    this.#template = template;
    this.#savedOrder = template.fields.map((field) => field.id);
    const { name, roles, signingOrder, fields } = template;
    this.draft = { name, roles, signingOrder, fields };
    this.#history = new EditHistory(this.draft);
    this.newRole = roles[0]?.key ?? '';
    this.selectedId = undefined;
    this.saveState = 'saved';
    this.saveError = undefined;
  }

  #showProgress(template: Template): void {
    this.upload = {
      status: text(this, 'builderProcessing', {
        done: template.progress.pagesRendered,
        total: template.progress.pageCount,
      }),
    };
  }

  // ——— Editing: every change goes through `#commit`, which records it for undo and saves it. ———

  #commit(next: TemplateDraft): void {
    this.#history?.push(next);
    this.#apply(next);
  }

  #apply(next: TemplateDraft): void {
    this.draft = next;
    if (this.selectedId && !next.fields.some((f) => f.id === this.selectedId))
      this.selectedId = undefined;
    if (!next.roles.some((role) => role.key === this.newRole))
      this.newRole = next.roles[0]?.key ?? '';
    this.emit('signport-template-change', {
      templateId: this.templateId ?? '',
      roles: next.roles,
      signingOrder: next.signingOrder,
      fields: next.fields,
    });
    this.saveState = 'unsaved';
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#save(), AUTOSAVE_MS);
  }

  #undo = () => this.#history?.canUndo && this.#apply(this.#history.undo());
  #redo = () => this.#history?.canRedo && this.#apply(this.#history.redo());

  /** Changes one field, recorded as one step. */
  #updateField = (
    id: string,
    change: Partial<TemplateField> | ((f: TemplateField) => TemplateField),
  ) => {
    const draft = this.draft!;
    this.#commit({
      ...draft,
      fields: draft.fields.map((f) =>
        f.id === id ? (typeof change === 'function' ? change(f) : { ...f, ...change }) : f,
      ),
    });
  };

  #addFields(fields: TemplateField[]): void {
    this.#commit({ ...this.draft!, fields: [...this.draft!.fields, ...fields] });
  }

  #removeField = async (id: string) => {
    const fields = this.draft!.fields;
    const index = fields.findIndex((f) => f.id === id);
    this.#commit({ ...this.draft!, fields: fields.filter((f) => f.id !== id) });
    // Keep the keyboard where it was: on the next field, else on the first field type.
    const next = fields[index + 1] ?? fields[index - 1];
    await this.updateComplete;
    const target = next?.id !== id && next ? this.#box(next.id) : undefined;
    (target ?? this.renderRoot.querySelector<HTMLElement>('[part~="field-type"]'))?.focus();
  };

  #place(type: FieldType, page: number, rect: FieldRect): TemplateField {
    const draft = this.draft!;
    const role = draft.roles.find((r) => r.key === this.newRole) ?? draft.roles[0]!;
    const label = `${role.name} ${text(this, `builderField_${type}`).toLowerCase()}`;
    const same = draft.fields.filter(
      (f) => f.name === label || f.name.startsWith(`${label} `),
    ).length;
    const field = newField(
      draft,
      type,
      role.key,
      page,
      rect,
      same ? `${label} ${same + 1}` : label,
    );
    this.#addFields([field]);
    this.selectedId = field.id;
    this.placing = undefined;
    return field;
  }

  /** A field type button: a pointer arms it for the page; the keyboard adds it to the current page. */
  #chooseType = async (event: MouseEvent, type: FieldType) => {
    if (event.detail !== 0) {
      this.placing = this.placing === type ? undefined : type;
      return;
    }
    const page = this.#currentPage();
    const field = this.#place(type, page, rectAround({ x: 0.5, y: 0.5 }, defaultSize(type)));
    await this.updateComplete;
    this.#box(field.id)?.focus();
  };

  #currentPage(): number {
    return this.draft?.fields.find((f) => f.id === this.selectedId)?.page ?? 1;
  }

  /**
   * Copies a field onto other pages, each copy named after its page so a party can tell them apart;
   * copied onto every page, the original is named after its page too.
   */
  #copyField = (id: string, pages: number[]) => {
    const draft = this.draft!;
    const field = draft.fields.find((f) => f.id === id);
    if (!field) return;
    const suffix = text(this, 'builderCopyName', { name: '', page: field.page });
    const name = field.name.endsWith(suffix) ? field.name.slice(0, -suffix.length) : field.name;
    const nameOn = (page: number) => text(this, 'builderCopyName', { name, page });
    const copies = copiesOnPages(
      draft,
      field,
      pages.filter((p) => p !== field.page),
      nameOn,
    );
    const everyPage = pages.length > 1;
    this.#commit({
      ...draft,
      fields: [
        ...draft.fields.map((f) => (f.id === id && everyPage ? { ...f, name: nameOn(f.page) } : f)),
        ...copies,
      ],
    });
  };

  // ——— Saving ———

  async #save(): Promise<void> {
    // The template the draft belongs to, even while another one named by `template-id` loads.
    const id = this.#template?.id;
    const draft = this.draft;
    if (!id || !draft || this.#saving) return;
    this.#saving = true;
    this.saveState = 'saving';
    const body = patchFor(draft, this.#savedOrder);
    try {
      const saved = await this.client.request<Template>(`/v1/templates/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body,
      });
      this.#template = saved;
      this.#savedOrder = saved.fields.map((f) => f.id);
      this.saveError = undefined;
      this.saveState = this.draft === draft ? 'saved' : 'unsaved';
      this.emit('signport-template-save', { template: saved });
    } catch (cause) {
      const error =
        cause instanceof SignportApiError
          ? cause
          : new SignportApiError(0, { code: 'unexpected_error', message: String(cause) });
      this.saveError = locateError(error, body.fields ?? []);
      this.saveState = 'error';
      if (this.saveError.fieldId) this.selectedId = this.saveError.fieldId;
      this.emit('signport-error', { code: error.code, message: error.message, field: error.field });
    } finally {
      this.#saving = false;
    }
    // Edits made while saving go out next.
    if (this.draft !== draft && this.saveState !== 'error') void this.#save();
  }

  /** The server's message when it is about this field (and this property of it, if given). */
  #errorFor(fieldId: string, property?: string) {
    const error = this.saveError;
    if (!error || error.fieldId !== fieldId || (property && error.property !== property))
      return undefined;
    return error.error.message;
  }

  // ——— Pointer and keyboard on the pages ———

  #pointOn(page: HTMLElement, event: PointerEvent) {
    const box = page.getBoundingClientRect();
    return {
      x: Math.min(Math.max((event.clientX - box.left) / box.width, 0), 1),
      y: Math.min(Math.max((event.clientY - box.top) / box.height, 0), 1),
    };
  }

  #pageDown = (event: PointerEvent, page: number) => {
    if (!this.placing || event.button !== 0) return;
    const target = event.currentTarget as HTMLElement;
    target.setPointerCapture(event.pointerId);
    const start = this.#pointOn(target, event);
    this.gesture = { kind: 'draw', page, start };
    event.preventDefault();
  };

  #fieldDown = (event: PointerEvent, field: TemplateField) => {
    if (event.button !== 0 || this.placing || this.previewRole) return;
    const box = event.currentTarget as HTMLElement;
    const page = box.parentElement as HTMLElement;
    box.setPointerCapture(event.pointerId);
    this.selectedId = field.id;
    const resize = (event.target as HTMLElement).classList.contains('handle');
    this.gesture = {
      kind: resize ? 'resize' : 'move',
      id: field.id,
      page: field.page,
      start: this.#pointOn(page, event),
      from: field.rect,
    };
    event.stopPropagation();
  };

  #pointerMove = (event: PointerEvent) => {
    const gesture = this.gesture;
    if (!gesture) return;
    const page = this.renderRoot.querySelector<HTMLElement>(`[data-page="${gesture.page}"]`);
    if (!page) return;
    const point = this.#pointOn(page, event);
    const others = this.draft!.fields.filter(
      (f) => f.page === gesture.page && f.id !== gesture.id,
    ).map((f) => f.rect);
    const dx = point.x - gesture.start.x;
    const dy = point.y - gesture.start.y;
    let rect: FieldRect;
    if (gesture.kind === 'draw') rect = snapRect(rectBetween(gesture.start, point), others, true);
    else if (gesture.kind === 'move') rect = snapRect(moveRect(gesture.from!, dx, dy), others);
    else rect = snapRect(resizeRect(gesture.from!, dx, dy), others, true);
    this.gesture = { ...gesture, rect };
  };

  #pointerUp = () => {
    const gesture = this.gesture;
    this.gesture = undefined;
    if (!gesture) return;
    const { rect } = gesture;
    if (gesture.kind === 'draw') {
      const type = this.placing!;
      const dragged = rect && (rect.width > DRAG_THRESHOLD || rect.height > DRAG_THRESHOLD);
      this.#place(
        type,
        gesture.page,
        dragged ? rect : rectAround(gesture.start, defaultSize(type)),
      );
    } else if (rect && JSON.stringify(rect) !== JSON.stringify(gesture.from)) {
      this.#updateField(gesture.id!, { rect });
    }
  };

  #fieldKey = (event: KeyboardEvent, field: TemplateField) => {
    if (this.previewRole) return;
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-KEY_STEP, 0],
      ArrowRight: [KEY_STEP, 0],
      ArrowUp: [0, -KEY_STEP],
      ArrowDown: [0, KEY_STEP],
    };
    const step = arrows[event.key];
    if (step) {
      event.preventDefault();
      const [dx, dy] = step;
      const rect = event.shiftKey ? resizeRect(field.rect, dx, dy) : moveRect(field.rect, dx, dy);
      this.selectedId = field.id;
      this.#updateField(field.id, { rect });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void this.#removeField(field.id);
    }
  };

  #hostKey = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const typing = target?.matches?.('input, textarea, select');
    if (event.key === 'Escape' && this.placing) {
      this.placing = undefined;
      return;
    }
    if (typing || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    event.preventDefault();
    if (event.shiftKey) this.#redo();
    else this.#undo();
  };

  /** The server hands out page paths relative to itself, not to the host page. */
  #resolve(url: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
    return `${this.client.baseUrl}/${url.replace(/^\/+/, '')}`;
  }

  #box(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-field-id="${CSS.escape(id)}"]`);
  }

  // ——— Rendering ———

  protected override render() {
    if (!this.templateId) return this.#uploadForm();
    return this.loading.render({
      pending: () =>
        this.upload && 'status' in this.upload
          ? html`<div part="status" role="status" aria-busy="true">${this.upload.status}</div>`
          : loadingTemplate(this),
      complete: (template) =>
        template.status === 'failed'
          ? errorTemplate({
              code: template.processingError?.code ?? 'failed',
              message: template.processingError?.message ?? '',
              field: undefined,
            })
          : this.#builder(template),
    });
  }

  #uploadForm() {
    const pick = (file: File | undefined) => file && void this.#upload(file);
    const state = this.upload;
    return html`<section part="upload" class="upload" aria-labelledby="upload-title">
      <h2 id="upload-title">${text(this, 'builderUploadTitle')}</h2>
      <label
        class="drop"
        @dragover=${(event: DragEvent) => event.preventDefault()}
        @drop=${(event: DragEvent) => {
          event.preventDefault();
          pick(event.dataTransfer?.files[0]);
        }}
      >
        ${text(this, 'builderUploadPick')}
        <input
          type="file"
          accept="application/pdf,.pdf"
          @change=${(event: Event) => pick((event.target as HTMLInputElement).files?.[0])}
        />
      </label>
      <div role="status" aria-live="polite">
        ${state && 'status' in state ? state.status : nothing}
      </div>
      ${state && 'error' in state ? errorTemplate(state.error) : nothing}
      ${
        state && 'error' in state && state.error.tags
          ? html`<ul part="tag-errors">
            ${state.error.tags.map(
              (problem) => html`<li>${text(this, 'builderTagProblem', { ...problem })}</li>`,
            )}
          </ul>`
          : nothing
      }
    </section>`;
  }

  async #upload(file: File): Promise<void> {
    this.upload = { status: text(this, 'builderUploading', { name: file.name }) };
    try {
      const created = await uploadPdf(this.client, file);
      const ready = await untilRendered(this.client, created, (t) => this.#showProgress(t));
      this.templateId = ready.id;
    } catch (cause) {
      const error =
        cause instanceof SignportApiError
          ? cause
          : new SignportApiError(0, { code: 'unexpected_error', message: String(cause) });
      this.upload = { error };
      this.emit('signport-error', { code: error.code, message: error.message, field: error.field });
    }
  }

  #builder(template: Template) {
    const draft = this.draft;
    if (!draft) return nothing;
    if (this.narrow) {
      return html`<div class="builder phone">
        <p part="phone-note" class="note">${text(this, 'builderPhone')}</p>
        ${this.#pages(template, draft, true)}
      </div>`;
    }
    return html`<div class="builder" @keydown=${this.#hostKey}>
      ${this.#toolbar(draft)}
      <div class="workspace">
        ${this.#pages(template, draft, false)}
        <aside class="sidebar" aria-label=${text(this, 'builderTitle')}>
          ${this.#fieldList(draft)} ${this.#settings(template, draft)}
          ${roleSettingsTemplate(this, draft, this.saveError, (edit) => this.#commit(edit(this.draft!)))}
        </aside>
      </div>
    </div>`;
  }

  #toolbar(draft: TemplateDraft) {
    const history = this.#history;
    const nameError =
      this.saveError?.error.field === 'name' ? this.saveError.error.message : undefined;
    return html`<div part="toolbar" class="toolbar">
      <div class="name">
        <label for="template-name">${text(this, 'builderName')}</label>
        <input
          id="template-name"
          .value=${draft.name}
          aria-invalid=${nameError ? 'true' : 'false'}
          aria-describedby=${nameError ? 'name-error' : nothing}
          @change=${(event: Event) =>
            this.#commit({ ...this.draft!, name: (event.target as HTMLInputElement).value })}
        />
        ${nameError ? html`<p part="field-error" id="name-error">${nameError}</p>` : nothing}
      </div>
      <div class="history">
        <button type="button" ?disabled=${!history?.canUndo} @click=${this.#undo}>
          ${text(this, 'builderUndo')}
        </button>
        <button type="button" ?disabled=${!history?.canRedo} @click=${this.#redo}>
          ${text(this, 'builderRedo')}
        </button>
      </div>
      <div class="preview">
        <label for="preview">${text(this, 'builderPreview')}</label>
        <select
          id="preview"
          @change=${(event: Event) => {
            this.previewRole = (event.target as HTMLSelectElement).value;
            this.placing = undefined;
          }}
        >
          <option value="" ?selected=${!this.previewRole}>
            ${text(this, 'builderPreviewNone')}
          </option>
          ${draft.roles.map(
            (role) =>
              html`<option value=${role.key} ?selected=${role.key === this.previewRole}>
                ${role.name}
              </option>`,
          )}
        </select>
      </div>
      ${this.#saveStatus()} ${this.previewRole ? nothing : this.#palette(draft)}
    </div>`;
  }

  #saveStatus() {
    const state = this.saveState;
    const words =
      state === 'error'
        ? text(this, 'builderNotSaved', { message: this.saveError?.error.message ?? '' })
        : text(
            this,
            state === 'saved'
              ? 'builderSaved'
              : state === 'saving'
                ? 'builderSaving'
                : 'builderUnsaved',
          );
    return html`<p
      part="save-state"
      class="save-state"
      data-state=${state}
      role=${state === 'error' ? 'alert' : 'status'}
    >
      ${words}
    </p>`;
  }

  #palette(draft: TemplateDraft) {
    return html`<fieldset class="palette">
      <legend>${text(this, 'builderAddField')}</legend>
      ${
        draft.roles.length > 1
          ? html`<label class="for-role"
              >${text(this, 'builderRole')}
              <select
                @change=${(event: Event) => (this.newRole = (event.target as HTMLSelectElement).value)}
              >
                ${draft.roles.map(
                  (role) =>
                    html`<option value=${role.key} ?selected=${role.key === this.newRole}>
                      ${role.name}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <div class="types">
        ${fieldTypes.map(
          (type) =>
            html`<button
              type="button"
              part="field-type"
              data-type=${type}
              aria-pressed=${this.placing === type ? 'true' : 'false'}
              aria-describedby="add-hint"
              @click=${(event: MouseEvent) => this.#chooseType(event, type)}
            >
              ${text(this, `builderField_${type}`)}
            </button>`,
        )}
      </div>
      <p id="add-hint" class="hint" aria-live="polite">
        ${
          this.placing
            ? text(this, 'builderPlacing', { type: text(this, `builderField_${this.placing}`) })
            : text(this, 'builderAddHint', { page: this.#currentPage() })
        }
      </p>
    </fieldset>`;
  }

  #pages(template: Template, draft: TemplateDraft, readOnly: boolean) {
    const count = template.pages.length;
    const previewing = !!this.previewRole;
    return html`<div
      class="pages ${this.placing ? 'placing' : ''}"
      @pointermove=${this.#pointerMove}
      @pointerup=${this.#pointerUp}
      @pointercancel=${() => (this.gesture = undefined)}
    >
      ${
        previewing
          ? html`<p class="note" role="status">
              ${text(this, 'builderPreviewNote', {
                role: draft.roles.find((r) => r.key === this.previewRole)?.name ?? '',
              })}
            </p>`
          : nothing
      }
      ${template.pages.map(
        (page) =>
          html`<section
            part="page"
            class="page"
            data-page=${page.number}
            aria-label=${text(this, 'builderPage', { number: page.number, count })}
            ${cssProperties({ 'aspect-ratio': `${page.width}/${page.height}` })}
            @pointerdown=${(event: PointerEvent) => this.#pageDown(event, page.number)}
          >
            <img
              part="page-image"
              src=${this.#resolve(page.imageUrl)}
              alt=""
              width=${page.width}
              height=${page.height}
              draggable="false"
            />
            ${repeat(
              draft.fields.filter((f) => f.page === page.number),
              (f) => f.id,
              (f) => this.#fieldBox(draft, f, readOnly || previewing),
            )}
            ${
              this.gesture?.kind === 'draw' &&
              this.gesture.page === page.number &&
              this.gesture.rect
                ? html`<div class="ghost" ${cssProperties(placement(this.gesture.rect))}></div>`
                : nothing
            }
          </section>`,
      )}
    </div>`;
  }

  #fieldBox(draft: TemplateDraft, field: TemplateField, readOnly: boolean) {
    const gesture = this.gesture;
    const rect = gesture?.id === field.id && gesture.rect ? gesture.rect : field.rect;
    const roleIndex = Math.max(
      draft.roles.findIndex((r) => r.key === field.role),
      0,
    );
    const role = draft.roles[roleIndex]?.name ?? field.role;
    const label = text(this, 'builderFieldBox', {
      name: field.name,
      type: text(this, `builderField_${field.type}`),
      role,
      page: field.page,
    });
    const invalid = this.saveError?.fieldId === field.id;
    const classes = [
      'field',
      `role-${roleIndex % 6}`,
      field.id === this.selectedId ? 'selected' : '',
      invalid ? 'invalid' : '',
      this.previewRole ? (field.role === this.previewRole ? 'mine' : 'dimmed') : '',
    ].join(' ');
    if (readOnly) {
      return html`<div
        part="field"
        class=${classes}
        ${cssProperties(placement(rect))}
        title=${label}
      >
        <span class="label">${field.name}</span>
      </div>`;
    }
    return html`<button
      type="button"
      part="field"
      class=${classes}
      data-field-id=${field.id}
      aria-label=${label}
      aria-describedby="add-hint"
      aria-pressed=${field.id === this.selectedId ? 'true' : 'false'}
      aria-invalid=${invalid ? 'true' : 'false'}
      ${cssProperties(placement(rect))}
      @pointerdown=${(event: PointerEvent) => this.#fieldDown(event, field)}
      @click=${() => (this.selectedId = field.id)}
      @keydown=${(event: KeyboardEvent) => this.#fieldKey(event, field)}
    >
      <span class="label">${field.name}</span>
      <span class="handle" part="handle" aria-hidden="true"></span>
    </button>`;
  }

  #fieldList(draft: TemplateDraft) {
    return html`<section part="field-list" aria-labelledby="fields-title">
      <h3 id="fields-title">${text(this, 'builderFields')}</h3>
      ${
        draft.fields.length
          ? html`<ul>
              ${draft.fields.map((field) => {
                const role = draft.roles.find((r) => r.key === field.role)?.name ?? field.role;
                const error = this.#errorFor(field.id);
                return html`<li>
                  <button
                    type="button"
                    class="list-item"
                    aria-current=${field.id === this.selectedId ? 'true' : 'false'}
                    @click=${() => (this.selectedId = field.id)}
                  >
                    ${text(this, 'builderFieldListItem', {
                      name: field.name,
                      type: text(this, `builderField_${field.type}`),
                      role,
                      page: field.page,
                    })}
                  </button>
                  ${error ? html`<p part="field-error">${error}</p>` : nothing}
                </li>`;
              })}
            </ul>`
          : html`<p>${text(this, 'builderNoFields')}</p>`
      }
    </section>`;
  }

  #settings(template: Template, draft: TemplateDraft) {
    const field = draft.fields.find((f) => f.id === this.selectedId);
    if (!field || this.previewRole) return nothing;
    return fieldSettingsTemplate(this, {
      field,
      roles: draft.roles,
      pageCount: template.pages.length,
      errorFor: (property) => this.#errorFor(field.id, property),
      update: (change) => this.#updateField(field.id, change),
      copyTo: (pages) => this.#copyField(field.id, pages),
      remove: () => void this.#removeField(field.id),
    });
  }
}

/** A rect's fractions as percentages of its page. */
function placement({ x, y, width, height }: FieldRect) {
  const percent = (fraction: number) => `${+(fraction * 100).toFixed(3)}%`;
  return { left: percent(x), top: percent(y), width: percent(width), height: percent(height) };
}

/** Which field or role a server error's `field` path (`fields.3.options`, `roles.0.key`) names. */
function locateError(error: SignportApiError, sent: readonly { id: string }[]): SaveError {
  const [kind, index, property] = (error.field ?? '').split('.');
  if (kind === 'fields' && index !== undefined) {
    const fieldId = sent[Number(index)]?.id;
    if (fieldId) return { error, fieldId, property };
  }
  if (kind === 'roles' && index !== undefined) return { error, roleIndex: Number(index), property };
  return { error };
}

if (!customElements.get('template-builder'))
  customElements.define('template-builder', TemplateBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'template-builder': TemplateBuilder;
  }
}
