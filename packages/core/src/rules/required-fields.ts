import { valueFor, type FieldType, type FieldValue, type ValueEntry } from './field-model.js';
import { isPngDataUrl } from './validate-field-value.js';

export interface RequiredCheckField {
  id: string;
  role: string;
  type: FieldType;
  required: boolean;
  page: number;
  rect: { x: number; y: number };
}

/** Does this value fulfil a required field of this type? */
export function isValuePresent(type: FieldType, value: FieldValue | undefined): boolean {
  switch (type) {
    case 'signature':
    case 'initials':
      return typeof value === 'string' && isPngDataUrl(value);
    case 'checkbox':
      // "Required" on a checkbox means it must be ticked (e.g. "I have read the disclosure").
      return value === true;
    case 'date_signed':
      // Filled by the server at completion; a party can never be missing it.
      return true;
    default:
      return (
        value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
      );
  }
}

/** Reading order: page, then top to bottom, then left to right. */
export function compareReadingOrder(a: RequiredCheckField, b: RequiredCheckField): number {
  return (
    a.page - b.page ||
    a.rect.y - b.rect.y ||
    a.rect.x - b.rect.x ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The required fields of this party's role still empty, in reading order. `complete` refuses while any remain. */
export function missingRequiredFields<F extends RequiredCheckField>(
  party: { id: string; role: string },
  fields: readonly F[],
  entries: readonly ValueEntry[],
): F[] {
  return fields
    .filter((field) => field.role === party.role && field.required)
    .filter((field) => !isValuePresent(field.type, valueFor(field, party.id, entries)))
    .sort(compareReadingOrder);
}

/**
 * Where the guided "next required field" flow goes: the first missing field after `afterFieldId` in reading
 * order, wrapping around to the start; `undefined` once nothing is missing.
 */
export function nextRequiredField<F extends RequiredCheckField>(
  party: { id: string; role: string },
  fields: readonly F[],
  entries: readonly ValueEntry[],
  afterFieldId?: string,
): F | undefined {
  const missing = missingRequiredFields(party, fields, entries);
  const current = fields.find((field) => field.id === afterFieldId);
  if (!current) return missing[0];
  return missing.find((field) => compareReadingOrder(field, current) > 0) ?? missing[0];
}
