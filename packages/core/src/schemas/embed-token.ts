import { z } from 'zod';
import { singleLineText } from './text.js';
import { ExternalId } from './user.js';

/** Embed tokens are short-lived on purpose: the host mints a fresh one through its backend. */
export const EMBED_TOKEN_DEFAULT_TTL_SECONDS = 15 * 60;
export const EMBED_TOKEN_MAX_TTL_SECONDS = 60 * 60;

export const CreateEmbedTokenRequest = z
  .object({
    externalId: ExternalId,
    ttlSeconds: z
      .number()
      .int()
      .min(60)
      .max(EMBED_TOKEN_MAX_TTL_SECONDS)
      .default(EMBED_TOKEN_DEFAULT_TTL_SECONDS),
  })
  .meta({ id: 'CreateEmbedTokenRequest' });
export type CreateEmbedTokenRequest = z.input<typeof CreateEmbedTokenRequest>;

export const EmbedToken = z
  .object({
    token: singleLineText().meta({ description: 'JWT to pass to the elements' }),
    expiresAt: singleLineText().meta({ description: 'ISO 8601' }),
  })
  .meta({ id: 'EmbedToken' });
export type EmbedToken = z.infer<typeof EmbedToken>;
