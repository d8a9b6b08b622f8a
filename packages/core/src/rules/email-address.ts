/**
 * The same practical pattern zod's `z.email()` uses, so a rule and a schema never disagree about what an
 * email address is (a test keeps them in step).
 */
export const EMAIL_PATTERN =
  // eslint-disable-next-line no-useless-escape -- kept character for character as zod writes it
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** RFC 5321 caps a forward path at 256 octets including brackets; 254 characters is the usable address. */
export const EMAIL_MAX_LENGTH = 254;

export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(value);
}
