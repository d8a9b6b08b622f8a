import { and, eq } from 'drizzle-orm';
import { SignJWT } from 'jose';
import type { EmbedToken } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { users } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { EMBED_TOKEN_AUDIENCE, type EmbedTokenSigner } from './embed-token-claims.js';

export interface CreateEmbedTokenInput {
  accountId: string;
  externalId: string;
  ttlSeconds: number;
}

/** Mints a short-lived JWT for one of the account's users, to hand to the elements. */
export async function createEmbedToken(
  deps: { db: Database; signer: EmbedTokenSigner; clock: Clock },
  { accountId, externalId, ttlSeconds }: CreateEmbedTokenInput,
): Promise<EmbedToken> {
  const [user] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.externalId, externalId)));
  if (!user) {
    throw new ApiError(
      'not_found',
      `No user with external id "${externalId}" in this account. Create it first with PUT /v1/users/{externalId}.`,
      { field: 'externalId' },
    );
  }
  const issuedAt = Math.floor(deps.clock().getTime() / 1000);
  const expiresAt = issuedAt + ttlSeconds;
  const token = await new SignJWT({ acc: accountId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setAudience(EMBED_TOKEN_AUDIENCE)
    .setIssuer(deps.signer.issuer)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(await deps.signer.getKey());
  return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
}
