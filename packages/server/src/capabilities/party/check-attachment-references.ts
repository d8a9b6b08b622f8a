import { valueFor, type TemplateField, type ValueEntry } from '@signport/core';
import { ApiError } from '../../platform/errors/api-error.js';
import type { CheckedValue } from './check-party-values.js';

/**
 * An attachment field gets its value by uploading a file (`POST /v1/party/attachments/{fieldId}`);
 * saved values may clear it or repeat it, never point it at some other id.
 */
export function checkAttachmentReferences(
  fields: readonly TemplateField[],
  checked: readonly CheckedValue[],
  stored: readonly ValueEntry[],
): void {
  for (const entry of checked) {
    const field = fields.find((candidate) => candidate.id === entry.fieldId);
    if (field?.type !== 'attachment' || entry.value === null) continue;
    if (entry.value !== valueFor(field, entry.partyId, stored)) {
      throw new ApiError('validation_failed', 'Attach the file by uploading it to this field.', {
        field: entry.fieldId,
      });
    }
  }
}
