import { isSignatureField, valueFor, type FieldType, type ValueEntry } from './field-model.js';
import { allowed, refuse, type Check } from './rule-result.js';
import { isPngDataUrl } from './validate-field-value.js';

export interface SignableField {
  id: string;
  role: string;
  type: FieldType;
}

function isSigned(value: unknown): boolean {
  return typeof value === 'string' && isPngDataUrl(value);
}

/**
 * A party whose role has signature or initials fields must sign at least one of them, even when all
 * are optional: finishing without any mark is not signing. Roles without such fields pass.
 */
export function checkPartySigned(
  party: { id: string; role: string },
  fields: readonly SignableField[],
  entries: readonly ValueEntry[],
): Check {
  const own = fields.filter((field) => field.role === party.role && isSignatureField(field.type));
  if (own.length === 0 || own.some((field) => isSigned(valueFor(field, party.id, entries)))) {
    return allowed;
  }
  return refuse('signature_required', 'Sign at least one of your signature fields to finish');
}

/** A session completes only with at least one signature or initials in it: otherwise nobody signed anything. */
export function checkSessionSigned(
  fields: readonly SignableField[],
  entries: readonly ValueEntry[],
): Check {
  const signatureIds = new Set(
    fields.filter((field) => isSignatureField(field.type)).map((field) => field.id),
  );
  const signed = entries.some(
    (entry) => signatureIds.has(entry.fieldId) && entry.partyId !== null && isSigned(entry.value),
  );
  return signed
    ? allowed
    : refuse(
        'signature_required',
        'Nobody has signed this document: it needs at least one signature to be completed',
      );
}
