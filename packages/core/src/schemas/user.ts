import { z } from 'zod';

/** The sender's identity on emails sent on their behalf. */
export const Branding = z
  .object({
    logoUrl: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'Use a hex colour such as #1a73e8')
      .optional(),
    signatureBlock: z.string().max(2000).optional(),
  })
  .meta({ id: 'Branding' });
export type Branding = z.infer<typeof Branding>;

/** The host's own identifier for one of its users (agent, assistant, manager). */
export const ExternalId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._:@-]+$/, 'Use letters, digits and . _ : @ - only');

export const UpsertUserRequest = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    branding: Branding.optional(),
  })
  .meta({ id: 'UpsertUserRequest' });
export type UpsertUserRequest = z.infer<typeof UpsertUserRequest>;

export const User = z
  .object({
    id: z.string(),
    externalId: z.string(),
    name: z.string(),
    email: z.string(),
    branding: Branding,
    createdAt: z.string().meta({ description: 'ISO 8601' }),
    updatedAt: z.string().meta({ description: 'ISO 8601' }),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;
