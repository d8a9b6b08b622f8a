import type {
  FieldRect,
  FieldType,
  SigningOrder,
  TemplateField,
  TemplateRole,
  UpdateTemplateRequest,
} from '@signport/core/client';
import { isOptionField, isRequiredByDefault } from '@signport/core/rules';

/** What the builder edits and undoes: everything it saves through `PATCH /v1/templates/{id}`. */
export interface TemplateDraft {
  name: string;
  roles: TemplateRole[];
  signingOrder: SigningOrder;
  fields: TemplateField[];
}

/** A field's starting size by type, as fractions of a letter page: a signature is wide, a box small. */
const defaultSizes: Partial<Record<FieldType, { width: number; height: number }>> = {
  signature: { width: 0.25, height: 0.05 },
  initials: { width: 0.08, height: 0.04 },
  checkbox: { width: 0.025, height: 0.02 },
  radio: { width: 0.15, height: 0.04 },
  date: { width: 0.15, height: 0.025 },
  date_signed: { width: 0.15, height: 0.025 },
};

export function defaultSize(type: FieldType): { width: number; height: number } {
  return defaultSizes[type] ?? { width: 0.25, height: 0.025 };
}

/** An id no field of the draft has yet, such as `signature_3`. */
export function freshFieldId(fields: readonly TemplateField[], type: FieldType): string {
  const taken = new Set(fields.map((field) => field.id));
  let n = fields.filter((field) => field.type === type).length + 1;
  while (taken.has(`${type}_${n}`)) n += 1;
  return `${type}_${n}`;
}

/** A new field as the server would default it: signatures and initials required, choices given. */
export function newField(
  draft: TemplateDraft,
  type: FieldType,
  role: string,
  page: number,
  rect: FieldRect,
  name: string,
): TemplateField {
  return {
    id: freshFieldId(draft.fields, type),
    name,
    role,
    type,
    page,
    rect,
    required: isRequiredByDefault(type),
    locked: false,
    private: false,
    ...(isOptionField(type) && { options: ['Yes', 'No'] }),
  };
}

/** Copies of a field on other pages, with ids of their own (`buyer_initials_p2`) and names from `nameOn`. */
export function copiesOnPages(
  draft: TemplateDraft,
  field: TemplateField,
  pages: readonly number[],
  nameOn: (page: number) => string,
): TemplateField[] {
  const taken = new Set(draft.fields.map((f) => f.id));
  return pages.map((page) => {
    const base = `${field.id.replace(/_p\d+$/, '')}_p${page}`;
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
    taken.add(id);
    return { ...field, id, page, name: nameOn(page) };
  });
}

/** Changing a field's type drops what the new type cannot hold, so the server accepts it. */
export function withType(field: TemplateField, type: FieldType): TemplateField {
  const { options, maxLength, default: _default, ...rest } = field;
  return {
    ...rest,
    type,
    required: isRequiredByDefault(type) || field.required,
    ...(isOptionField(type) && { options: options ?? ['Yes', 'No'] }),
    ...(type === 'text' && maxLength !== undefined && { maxLength }),
  };
}

/**
 * The `PATCH` for a draft. Fields go in the order the server will hold them (those it has first, in
 * its order, then new ones), so an error it names as `fields.N` is the N-th field sent either way.
 */
export function patchFor(
  draft: TemplateDraft,
  savedOrder: readonly string[],
): UpdateTemplateRequest {
  const position = (id: string) => {
    const index = savedOrder.indexOf(id);
    return index === -1 ? savedOrder.length : index;
  };
  const fields = draft.fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => position(a.field.id) - position(b.field.id) || a.index - b.index)
    .map(({ field }) => field);
  const ids = new Set(fields.map((field) => field.id));
  return {
    name: draft.name,
    roles: draft.roles,
    signingOrder: draft.signingOrder,
    fields,
    removeFieldIds: savedOrder.filter((id) => !ids.has(id)),
  };
}
