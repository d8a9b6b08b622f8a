import type { FieldType, FieldValue } from './field-model.js';

export interface DefaultedField {
  id: string;
  type: FieldType;
  default?: FieldValue | undefined;
}

/**
 * The values a new session starts with: each field's template default, unless the sender prefilled
 * that field. Defaults are real values from then on, so every party, the API and the sealed PDF see
 * the same thing; only shared fields have defaults (the template schema refuses them elsewhere).
 */
export function initialValues(
  fields: readonly DefaultedField[],
  prefilled: ReadonlyArray<readonly [fieldId: string, value: FieldValue]> = [],
): Array<[string, FieldValue]> {
  const prefilledIds = new Set(prefilled.map(([fieldId]) => fieldId));
  const defaults = fields
    .filter((field) => field.default !== undefined && field.default !== null)
    .filter((field) => !prefilledIds.has(field.id))
    .map((field): [string, FieldValue] => [field.id, field.default ?? null]);
  return [
    ...defaults,
    ...prefilled.map(([fieldId, value]): [string, FieldValue] => [fieldId, value]),
  ];
}
