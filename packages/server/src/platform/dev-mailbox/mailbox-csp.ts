import type { Context } from 'hono';

/**
 * The dev mailbox shows emails as they were sent: their inline styles and remote images load (the
 * sandboxed frame of an HTML body inherits this policy), and still no script runs.
 */
export function setMailboxCsp(
  c: Context,
  { formAction = "'none'" }: { formAction?: "'none'" | "'self'" } = {},
): void {
  c.header(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; base-uri 'none'; " +
      `form-action ${formAction}; frame-ancestors 'none'`,
  );
}
