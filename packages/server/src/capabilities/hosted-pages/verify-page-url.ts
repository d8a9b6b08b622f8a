/** The hosted page where anyone checks a sealed PDF, as an absolute URL for emails. */
export function verifyPageUrl(publicUrl: string): string {
  return `${publicUrl}/verify`;
}
