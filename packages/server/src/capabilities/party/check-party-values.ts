import {
  isPerPartyField,
  mayEditField,
  validateFieldValue,
  type AccessSession,
  type FieldValue,
  type TemplateField,
} from '@signport/core';
import { ApiError } from '../../platform/errors/api-error.js';
import { ruleRefusal } from '../sessions/rule-refusal.js';

/** A checked value ready to store: `partyId` is the party for per-party fields, '' for shared ones. */
export interface CheckedValue {
  fieldId: string;
  partyId: string;
  value: FieldValue;
}

/**
 * Checks every submitted value before any is stored: the field exists, this party may edit it now
 * (core field access: state, turn, role, locks) and the value suits its type. The first refusal
 * stops the whole request, so nothing is written. Refusals name the field by its id, so a signing
 * form can show them next to it.
 */
export function checkPartyValues(
  fields: readonly TemplateField[],
  session: AccessSession,
  partyId: string,
  values: Record<string, unknown>,
): CheckedValue[] {
  return Object.entries(values).map(([fieldId, raw]) => {
    const field = fields.find((candidate) => candidate.id === fieldId);
    if (!field) {
      throw new ApiError('validation_failed', 'This document has no such field.', {
        field: fieldId,
      });
    }
    const access = mayEditField({ kind: 'party', partyId }, field, session);
    if (!access.ok) throw ruleRefusal(access.error);
    const checked = validateFieldValue(field, raw);
    if (!checked.ok) throw ruleRefusal(checked.error);
    return { fieldId, partyId: isPerPartyField(field.type) ? partyId : '', value: checked.value };
  });
}
