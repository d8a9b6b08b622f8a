import { valueFor, type FieldType, type FieldValue, type ValueEntry } from './field-model.js';
import { isValuePresent } from './required-fields.js';

export interface ProgressField {
  id: string;
  role: string;
  type: FieldType;
  required: boolean;
  /** Locked for the party: the sender set it, so it is not theirs to fill. */
  locked: boolean;
  /** What the party sees in the field until someone stores a value. */
  default?: FieldValue;
}

/** How far a party is: of the required fields they fill themselves, how many hold a value. */
export interface FillProgress {
  filled: number;
  required: number;
}

/**
 * The one definition of a party's progress, shown by their signing page, every workroom and the API:
 * the required fields of their role that they fill themselves. Locked fields are the sender's and
 * date-signed fields fill themselves at signing, so neither counts as done or to do.
 */
export function partyProgress(
  party: { id: string; role: string },
  fields: readonly ProgressField[],
  entries: readonly ValueEntry[],
): FillProgress {
  const toFill = fields.filter(
    (field) =>
      field.role === party.role && field.required && !field.locked && field.type !== 'date_signed',
  );
  const filled = toFill.filter((field) =>
    isValuePresent(field.type, valueFor(field, party.id, entries) ?? field.default),
  );
  return { filled: filled.length, required: toFill.length };
}
