import { z } from 'zod';
import { singleLineText } from './text.js';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../rules/email-address.js';

/** A server-issued identifier (users, sessions, templates, …). */
export const Id = singleLineText().min(1).max(100);

/** When something happened, ISO 8601 in UTC. */
export const Timestamp = singleLineText().meta({ description: 'ISO 8601' });

/** Who someone is, wherever a user is named in a response (sender, initiator, agent, assistant). */
export const UserRef = z
  .object({
    id: singleLineText(),
    externalId: singleLineText(),
    name: singleLineText(),
    email: singleLineText(),
  })
  .meta({ id: 'UserRef' });
export type UserRef = z.infer<typeof UserRef>;

/** Cursor paging shared by every list endpoint. */
export const PageQuery = z.object({
  cursor: singleLineText()
    .min(1)
    .max(500)
    .optional()
    .meta({ description: 'The `nextCursor` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type PageQuery = z.input<typeof PageQuery>;

/** A list response: its items and the cursor of the next page, `null` on the last. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: singleLineText().nullable() });
}

/**
 * A named schema or null. Not `.nullable()`: the document generator would then make the shared
 * component itself nullable (or, for objects, never null), wherever else it is used.
 */
export function orNull<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()]);
}

/** Report problems found across an object against the exact input path they concern. */
export function issueAt(
  ctx: z.RefinementCtx,
  path: readonly (string | number)[],
  message: string,
): void {
  ctx.addIssue({ code: 'custom', message, path: [...path] });
}

/** An email address, trimmed and lower-cased; the same test as the rules use. */
export const EmailAddress = singleLineText()
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX_LENGTH)
  .regex(EMAIL_PATTERN, 'Enter a valid email address')
  .meta({ format: 'email' });
