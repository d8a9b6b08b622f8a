import { and, eq } from 'drizzle-orm';
import { hashSecretKey } from '../accounts/hash-secret-key.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { portalLinkTokens, portalLogins } from '../../platform/db/schema/index.js';
import type { EmbedTokenSigner } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { unlockUsername } from './clear-login-failures.js';
import { consumePortalLink } from './consume-portal-link.js';
import type { PortalSessionTokens } from './portal-session-tokens.js';
import { startPortalSession } from './start-portal-session.js';

const unusable = () =>
  new ApiError(
    'unauthorized',
    'This sign-in link has already been used or replaced by a newer one. Ask for a new link.',
    { field: 'token' },
  );

/**
 * Signs in with an emailed sign-in link: single use (consumed in one guarded statement, so two
 * clicks cannot both sign in), 15 minutes. Whoever reads the login's email may sign in, as a reset
 * link would let them, so the username's failed sign-ins are cleared too.
 *
 * `authorizeAccount` runs once the link's account is known, before anything changes (origin check).
 */
export async function signInWithLink(
  deps: { db: Database; clock: Clock; signer: EmbedTokenSigner },
  token: string,
  authorizeAccount: (accountId: string) => Promise<void>,
): Promise<PortalSessionTokens> {
  const [link] = await deps.db
    .select()
    .from(portalLinkTokens)
    .where(
      and(
        eq(portalLinkTokens.tokenHash, hashSecretKey(token)),
        eq(portalLinkTokens.purpose, 'signin'),
      ),
    );
  if (!link || link.usedAt !== null) throw unusable();
  await authorizeAccount(link.accountId);
  const now = deps.clock();
  if (link.expiresAt <= now) {
    throw new ApiError('token_expired', 'This sign-in link has expired. Ask for a new link.', {
      field: 'token',
    });
  }
  const session = await deps.db.transaction(async (tx) => {
    if (!(await consumePortalLink(tx, link.id, now))) return undefined;
    const [login] = await tx
      .select()
      .from(portalLogins)
      .where(and(eq(portalLogins.id, link.loginId), eq(portalLogins.accountId, link.accountId)));
    if (!login?.activatedAt) return undefined;
    await unlockUsername(tx, { accountId: link.accountId, username: login.username });
    return startPortalSession(
      { db: tx, signer: deps.signer },
      { accountId: link.accountId, loginId: login.id, loginVersion: login.sessionVersion, now },
    );
  });
  if (!session) throw unusable();
  return session;
}
