import { randomBytes } from 'node:crypto';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { portalRefreshTokens } from '../../platform/db/schema/index.js';

/** Adds a fresh refresh token (256 random bits, stored hashed) to a portal session. */
export async function issueRefreshToken(
  tx: DbExecutor,
  { accountId, sessionId, now }: { accountId: string; sessionId: string; now: Date },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx
    .insert(portalRefreshTokens)
    .values({ tokenHash: hashSecretKey(token), accountId, sessionId, createdAt: now });
  return token;
}
