/**
 * An address a party may see of another party: enough to tell two people apart, not enough to
 * write to them (`sam@example.com` → `s***@e***.com`).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  // A party named on a public form may have no address yet.
  if (at < 1) return '';
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const suffix = dot > 0 ? domain.slice(dot) : '';
  return `${email.charAt(0)}***@${domain.charAt(0)}***${suffix}`;
}
