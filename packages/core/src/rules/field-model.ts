/** Every kind of field a template can hold. */
export const fieldTypes = [
  'signature',
  'initials',
  'text',
  'date',
  'date_signed',
  'checkbox',
  'radio',
  'select',
  'number',
  'email',
  'attachment',
] as const;
export type FieldType = (typeof fieldTypes)[number];

/** Field types whose options list is what a value must be one of. */
export const optionFieldTypes = ['radio', 'select'] as const satisfies readonly FieldType[];

/**
 * Field types every party of a role fills for themselves (two buyers each sign). Every other field is
 * shared by the parties of its role: the couple types the address once.
 */
export const perPartyFieldTypes = [
  'signature',
  'initials',
  'date_signed',
] as const satisfies readonly FieldType[];

/** Field types that hold a party's mark: required unless the template explicitly makes them optional. */
export const signatureFieldTypes = [
  'signature',
  'initials',
] as const satisfies readonly FieldType[];

/** What a stored or submitted value may be; `null` clears a field. */
export type FieldValue = string | number | boolean | null;

/** One stored value: `partyId` is set for per-party fields and `null` for fields shared by a role. */
export interface ValueEntry {
  fieldId: string;
  partyId: string | null;
  value: FieldValue;
}

export const fieldLimits = {
  /** Longest text value (and the default `maxLength` of a text field). */
  textMaxLength: 2000,
  fieldsPerTemplate: 500,
  rolesPerTemplate: 20,
  optionsPerField: 100,
  optionMaxLength: 200,
  /** Decoded PNG size of one signature or initials image. */
  signatureImageMaxBytes: 256 * 1024,
  attachmentIdMaxLength: 200,
} as const;

export function isPerPartyField(type: FieldType): boolean {
  return (perPartyFieldTypes as readonly FieldType[]).includes(type);
}

export function isSignatureField(type: FieldType): boolean {
  return (signatureFieldTypes as readonly FieldType[]).includes(type);
}

/** Whether a field is required when its definition does not say: a signature field exists to be signed. */
export function isRequiredByDefault(type: FieldType): boolean {
  return isSignatureField(type);
}

export function isOptionField(type: FieldType): boolean {
  return (optionFieldTypes as readonly FieldType[]).includes(type);
}

/** The value a party sees in a field: their own for per-party fields, the role's shared one otherwise. */
export function valueFor(
  field: { id: string; type: FieldType },
  partyId: string,
  entries: readonly ValueEntry[],
): FieldValue | undefined {
  const owner = isPerPartyField(field.type) ? partyId : null;
  return entries.find((entry) => entry.fieldId === field.id && entry.partyId === owner)?.value;
}
