import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { portalLinkTokens } from '../../platform/db/schema/index.js';

/**
 * Marks an emailed portal link used, in one guarded statement so that it works once even under
 * concurrent clicks; false when it was already used or has expired meanwhile.
 */
export async function consumePortalLink(
  db: DbExecutor,
  linkId: string,
  now: Date,
): Promise<boolean> {
  const [consumed] = await db
    .update(portalLinkTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(portalLinkTokens.id, linkId),
        isNull(portalLinkTokens.usedAt),
        gt(portalLinkTokens.expiresAt, now),
      ),
    )
    .returning({ id: portalLinkTokens.id });
  return consumed !== undefined;
}
