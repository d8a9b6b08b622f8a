import { isEmailAddress } from './email-address.js';
import { fieldLimits, type FieldType, type FieldValue } from './field-model.js';
import { refuse, succeed, type RuleResult } from './rule-result.js';
import { controlCharacterMessage, findControlCharacter } from './text-characters.js';

export interface ValidatableField {
  id: string;
  type: FieldType;
  /** Choices of a radio or select field. */
  options?: readonly string[] | undefined;
  /** Text fields only; never above `fieldLimits.textMaxLength`. */
  maxLength?: number | undefined;
}

const PNG_DATA_URL_PREFIX = 'data:image/png;base64,';
/** The base64 form of the 8-byte PNG signature: cheap proof the payload is a PNG without decoding it. */
const PNG_MAGIC_BASE64 = 'iVBORw0KGgo';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ATTACHMENT_ID = /^[A-Za-z0-9_-]+$/;

/** Decoded size of a base64 payload, without decoding it. */
function base64ByteLength(payload: string): number {
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return (payload.length / 4) * 3 - padding;
}

/** A signature or initials image: a base64 PNG data URL within the size cap. */
export function isPngDataUrl(
  value: string,
  maxBytes: number = fieldLimits.signatureImageMaxBytes,
): boolean {
  if (!value.startsWith(PNG_DATA_URL_PREFIX)) return false;
  const payload = value.slice(PNG_DATA_URL_PREFIX.length);
  return (
    payload.length % 4 === 0 &&
    payload.startsWith(PNG_MAGIC_BASE64) &&
    BASE64.test(payload) &&
    base64ByteLength(payload) <= maxBytes
  );
}

/** A calendar date written `yyyy-mm-dd` that exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to the 1900s.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function textLimit(field: ValidatableField): number {
  return Math.min(field.maxLength ?? fieldLimits.textMaxLength, fieldLimits.textMaxLength);
}

/**
 * Checks one submitted value against its field's type and returns it normalized (emails trimmed).
 * `null` always passes: it clears the field, and whether a field may stay empty is `required-fields`' call.
 */
export function validateFieldValue(
  field: ValidatableField,
  value: unknown,
): RuleResult<FieldValue> {
  if (value === null) return succeed(null);
  const invalid = (message: string) => refuse('validation_failed', message, field.id);

  switch (field.type) {
    case 'text': {
      if (typeof value !== 'string') return invalid('Enter text');
      const limit = textLimit(field);
      if (value.length > limit) return invalid(`Use at most ${limit} characters`);
      // A text field may span lines, like any multi-line text of the API.
      const control = findControlCharacter(value, 'multi_line');
      if (control >= 0) return invalid(controlCharacterMessage(value, control));
      return succeed(value);
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return invalid('Enter a number');
      return succeed(value);
    case 'email': {
      if (typeof value !== 'string') return invalid('Enter an email address');
      const trimmed = value.trim();
      if (!isEmailAddress(trimmed)) return invalid('Enter a valid email address');
      return succeed(trimmed);
    }
    case 'date':
    case 'date_signed':
      if (typeof value !== 'string' || !isIsoDate(value))
        return invalid('Enter a date as yyyy-mm-dd');
      return succeed(value);
    case 'checkbox':
      if (typeof value !== 'boolean') return invalid('A checkbox is true or false');
      return succeed(value);
    case 'radio':
    case 'select':
      if (typeof value !== 'string' || !(field.options ?? []).includes(value)) {
        return invalid('Choose one of the offered options');
      }
      return succeed(value);
    case 'signature':
    case 'initials':
      if (typeof value !== 'string' || !isPngDataUrl(value)) {
        return invalid(
          `Provide the ${field.type} as a PNG data URL of at most ${fieldLimits.signatureImageMaxBytes / 1024} KB`,
        );
      }
      return succeed(value);
    case 'attachment':
      if (
        typeof value !== 'string' ||
        value.length > fieldLimits.attachmentIdMaxLength ||
        !ATTACHMENT_ID.test(value)
      ) {
        return invalid('Refer to an uploaded attachment by its id');
      }
      return succeed(value);
  }
}
