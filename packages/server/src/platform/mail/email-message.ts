import { z } from 'zod';

const Address = z.string().min(3).max(320);

/** A file attached by reference to a blob of the email's account, so job payloads stay small. */
export const EmailAttachment = z.object({
  filename: z.string().min(1).max(255),
  contentType: z.string().min(1).max(255),
  blobId: z.string().min(1),
});
export type EmailAttachment = z.infer<typeof EmailAttachment>;

/** One notification email; stored as a job payload, so it is parsed again when delivered. */
export const EmailMessage = z.object({
  /** Defaults to the system address (`MAIL_FROM`); replies go to `replyTo`. */
  from: Address.optional(),
  replyTo: Address.optional(),
  to: z.array(Address).min(1),
  cc: z.array(Address).default([]),
  bcc: z.array(Address).default([]),
  subject: z.string().min(1).max(998),
  text: z.string(),
  html: z.string().optional(),
  attachments: z.array(EmailAttachment).default([]),
  /** Extra header lines, e.g. `List-Unsubscribe` (RFC 8058) on plan emails. */
  headers: z.record(z.string().regex(/^List-[A-Za-z-]+$/), z.string().max(2000)).default({}),
});
export type EmailMessage = z.input<typeof EmailMessage>;
