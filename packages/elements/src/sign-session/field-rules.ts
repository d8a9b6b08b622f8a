// The core rules applied to what `GET /v1/party` returned and what the party has filled so far.
import type { FieldValue, PartyField, PartyView } from '@signport/core/client';
// Pure rules shared with the server (core's rules entry carries no schema, so no zod enters the bundle).
import {
  compareReadingOrder,
  isPerPartyField,
  missingRequiredFields,
  nextRequiredField,
  partyProgress,
} from '@signport/core/rules';
import type { FillProgress, ValueEntry } from '@signport/core/rules';

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

/** How many of the required fields the party fills hold a value: core's one definition of progress. */
export function requiredProgress(
  view: PartyView,
  values: ReadonlyMap<string, FieldValue>,
): FillProgress {
  const fields = view.fields.map((field) => ({ ...field, role: view.party.role }));
  return partyProgress(view.party, fields, entries(view, values));
}

/** Where the document opens once the party consented: the first required field to fill, else their first field. */
export function firstFieldToFill(
  view: PartyView,
  values: ReadonlyMap<string, FieldValue>,
): PartyField | undefined {
  return (
    nextMissingField(view, values, undefined) ??
    inReadingOrder(view).find((field) => !field.locked && field.type !== 'date_signed')
  );
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
