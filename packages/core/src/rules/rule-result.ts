/** Why a domain rule refused; the same fields as the API's error body, so routes can pass it on as is. */
export const ruleErrorCodes = [
  'invalid_state',
  'already_completed',
  'not_your_turn',
  'field_not_yours',
  'field_locked',
  'forbidden',
  'conflict',
  'validation_failed',
  'signature_required',
] as const;
export type RuleErrorCode = (typeof ruleErrorCodes)[number];

export interface RuleError {
  code: RuleErrorCode;
  message: string;
  field?: string;
}

/** A yes/no answer that says why on "no". Rules return refusals instead of throwing: they are expected outcomes. */
export type Check = { ok: true } | { ok: false; error: RuleError };

/** A computed value, or a refusal saying why. */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; error: RuleError };

export const allowed: { ok: true } = Object.freeze({ ok: true });

export function succeed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function refuse(
  code: RuleErrorCode,
  message: string,
  field?: string,
): { ok: false; error: RuleError } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
