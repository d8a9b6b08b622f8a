import { and, eq, sql } from 'drizzle-orm';
import { errors, jwtVerify } from 'jose';
import type { Clock } from '../../platform/clock.js';
import { hmacVerificationKey } from '../../platform/crypto/hmac-verification-key.js';
import type { Database } from '../../platform/db/open-database.js';
import { accounts, users } from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';
import { ApiError } from '../../platform/errors/api-error.js';
import {
  EMBED_TOKEN_AUDIENCE,
  type EmbedPrincipal,
  type EmbedTokenSigner,
} from './embed-token-claims.js';

const userOfAccount = preparedQuery((db: Database) =>
  db
    .select({ userId: users.id })
    .from(users)
    .innerJoin(accounts, eq(accounts.id, users.accountId))
    .where(
      and(
        eq(users.id, sql.placeholder('userId')),
        eq(users.accountId, sql.placeholder('accountId')),
      ),
    )
    .prepare(),
);

/**
 * Checks an embed token's signature, expiry, audience and issuer, then that its user still exists in
 * its account. Refusals are 401 (`token_expired` when only the lifetime is over, so the page refreshes).
 */
export async function verifyEmbedToken(
  deps: { db: Database; signer: EmbedTokenSigner; clock: Clock },
  token: string,
): Promise<EmbedPrincipal> {
  let subject: string | undefined;
  let accountId: unknown;
  try {
    const { payload } = await jwtVerify(
      token,
      await hmacVerificationKey(await deps.signer.getKey()),
      {
        algorithms: ['HS256'],
        audience: EMBED_TOKEN_AUDIENCE,
        issuer: deps.signer.issuer,
        currentDate: deps.clock(),
        requiredClaims: ['sub', 'exp'],
      },
    );
    subject = payload.sub;
    accountId = payload.acc;
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      throw new ApiError('token_expired', 'The embed token has expired. Request a new one.', {
        cause: error,
      });
    }
    throw invalidToken();
  }
  if (typeof subject !== 'string' || typeof accountId !== 'string') throw invalidToken();

  const [row] = await userOfAccount(deps.db).all({ userId: subject, accountId });
  if (!row) throw invalidToken();
  return { accountId, userId: row.userId };
}

function invalidToken(): ApiError {
  return new ApiError('unauthorized', 'The embed token is not valid.');
}
