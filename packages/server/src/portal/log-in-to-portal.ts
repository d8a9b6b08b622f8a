import { and, eq } from 'drizzle-orm';
import type { Clock } from '../clock.js';
import type { Database } from '../db/open-database.js';
import { portalLogins } from '../db/schema/index.js';
import type { EmbedTokenSigner } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../errors/api-error.js';
import { verifyPortalPassword } from './portal-password.js';
import type { PortalSessionTokens } from './portal-session-tokens.js';
import { startPortalSession } from './start-portal-session.js';

/**
 * Signs a client in by username and password. Every refusal (unknown username, wrong password, login
 * not activated, no active client) is the same 401 after the same argon2id work.
 */
export async function logInToPortal(
  deps: { db: Database; clock: Clock; signer: EmbedTokenSigner },
  { accountId, username, password }: { accountId: string; username: string; password: string },
): Promise<PortalSessionTokens> {
  const [login] = await deps.db
    .select()
    .from(portalLogins)
    .where(and(eq(portalLogins.accountId, accountId), eq(portalLogins.username, username)));
  const passwordMatches = await verifyPortalPassword(login?.passwordHash, password);
  const session =
    login && passwordMatches
      ? await startPortalSession(deps, {
          accountId,
          loginId: login.id,
          loginVersion: login.sessionVersion,
          now: deps.clock(),
        })
      : undefined;
  if (!session) throw new ApiError(401, 'unauthorized', 'The username or password is not correct.');
  return session;
}
