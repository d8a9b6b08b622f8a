import {
  mayEditField,
  validateFieldValue,
  type AccessSession,
  type FieldValue,
  type TemplateField,
} from '@signport/core';
import { ApiError } from '../../platform/errors/api-error.js';
import { ruleRefusal } from './rule-refusal.js';

/**
 * Checks values a sender fills into a draft (prefilled at creation or "over the phone"): the field
 * exists, is not an attachment, the sender may set it (core field access) and the value suits its
 * type. The first refusal
 * stops the request, named `values.<fieldId>`.
 */
export function checkSenderValues(
  fields: readonly TemplateField[],
  draft: AccessSession,
  values: Record<string, unknown>,
): Array<[string, FieldValue]> {
  return Object.entries(values).map(([fieldId, raw]) => {
    const field = fields.find((candidate) => candidate.id === fieldId);
    if (!field) {
      throw new ApiError('validation_failed', 'This template has no such field.', {
        field: `values.${fieldId}`,
      });
    }
    if (field.type === 'attachment') {
      // Its value names a file the party uploaded; a sender has no upload to point it at.
      throw new ApiError(
        'validation_failed',
        'An attachment field is filled by the party uploading a file.',
        { field: `values.${fieldId}` },
      );
    }
    const access = mayEditField({ kind: 'sender' }, field, draft);
    if (!access.ok) throw ruleRefusal(access.error, 'values.');
    const checked = validateFieldValue(field, raw);
    if (!checked.ok) throw ruleRefusal(checked.error, 'values.');
    return [fieldId, checked.value];
  });
}

/** Checks the fields a sender locks exist in the template, naming the first unknown one. */
export function checkLockedFieldIds(
  fields: readonly TemplateField[],
  lockedFieldIds: readonly string[] = [],
): void {
  lockedFieldIds.forEach((fieldId, index) => {
    if (!fields.some((field) => field.id === fieldId)) {
      throw new ApiError('validation_failed', 'This template has no such field.', {
        field: `lockedFieldIds.${index}`,
      });
    }
  });
}
