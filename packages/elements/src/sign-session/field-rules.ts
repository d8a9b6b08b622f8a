// The core rules applied to what `GET /v1/party` returned and what the party has filled so far.
import type { FieldValue, PartyField, PartyView } from '@signport/core/client';
// Pure rules shared with the server, imported by file so that no schema (zod) enters the bundle.
import { isPerPartyField } from '../../../core/src/rules/field-model.js';
import type { ValueEntry } from '../../../core/src/rules/field-model.js';
import {
  compareReadingOrder,
  isValuePresent,
  missingRequiredFields,
  nextRequiredField,
} from '../../../core/src/rules/required-fields.js';

/** The party's fields it can change, in the shape the rules read. */
function fillable(view: PartyView) {
  return view.fields
    .filter((field) => !field.locked)
    .map((field) => ({ ...field, role: view.party.role }));
}

function entries(view: PartyView, values: ReadonlyMap<string, FieldValue>): ValueEntry[] {
  return view.fields.map((field) => ({
    fieldId: field.id,
    partyId: isPerPartyField(field.type) ? view.party.id : null,
    value: values.get(field.id) ?? null,
  }));
}

/** How many required fields are done, of how many. */
export function requiredProgress(view: PartyView, values: ReadonlyMap<string, FieldValue>) {
  // date-signed fields are filled by the server, so they are neither done nor to do.
  const required = fillable(view).filter((field) => field.required && field.type !== 'date_signed');
  const done = required.filter((field) => isValuePresent(field.type, values.get(field.id)));
  return { done: done.length, total: required.length };
}

/** The required fields still empty, in reading order. */
export function missingFields(
  view: PartyView,
  values: ReadonlyMap<string, FieldValue>,
): PartyField[] {
  return missingRequiredFields(view.party, fillable(view), entries(view, values));
}

/** Where "Next required field" goes after `afterFieldId`, wrapping around. */
export function nextMissingField(
  view: PartyView,
  values: ReadonlyMap<string, FieldValue>,
  afterFieldId: string | undefined,
): PartyField | undefined {
  return nextRequiredField(view.party, fillable(view), entries(view, values), afterFieldId);
}

/** The party's fields in reading order (page, top to bottom, left to right): the Tab order. */
export function inReadingOrder(view: PartyView): PartyField[] {
  return view.fields
    .map((field) => ({ ...field, role: view.party.role }))
    .sort(compareReadingOrder);
}
