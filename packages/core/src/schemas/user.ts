import { z } from 'zod';
import { singleLineText, multiLineText, httpUrlText } from './text.js';
import { LocaleSchema } from './session.js';

/** The sender's identity on emails sent on their behalf. */
export const Branding = z
  .object({
    logoUrl: httpUrlText().max(2048).optional(),
    color: singleLineText()
      .regex(/^#[0-9a-fA-F]{6}$/, 'Use a hex colour such as #1a73e8')
      .optional(),
    signatureBlock: multiLineText().max(2000).optional(),
  })
  .meta({ id: 'Branding' });
export type Branding = z.infer<typeof Branding>;

/** The host's own identifier for one of its users (agent, assistant, manager). */
export const ExternalId = singleLineText()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:@-]+$/, 'Use letters, digits and . _ : @ - only');

export const UpsertUserRequest = z
  .object({
    name: singleLineText().trim().min(1).max(200),
    email: z.email().max(320),
    branding: Branding.optional(),
    locale: LocaleSchema.optional().meta({
      description:
        'The language of the emails Signport sends this user (completed, declined, expired, copies, replies); `en` for a new user when absent, unchanged otherwise',
    }),
  })
  .meta({ id: 'UpsertUserRequest' });
export type UpsertUserRequest = z.infer<typeof UpsertUserRequest>;

export const User = z
  .object({
    id: singleLineText(),
    externalId: singleLineText(),
    name: singleLineText(),
    email: singleLineText(),
    branding: Branding,
    locale: LocaleSchema.meta({ description: 'The language of the emails this user gets' }),
    createdAt: singleLineText().meta({ description: 'ISO 8601' }),
    updatedAt: singleLineText().meta({ description: 'ISO 8601' }),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;
