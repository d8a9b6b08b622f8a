import { and, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionEvents } from '../../platform/db/schema/index.js';
import { preparedQuery } from '../../platform/db/prepared-query.js';

const lastSequence = preparedQuery((db: DbExecutor) =>
  db
    .select({ sequence: sql<number>`coalesce(max(${sessionEvents.sequence}), 0)` })
    .from(sessionEvents)
    .where(
      and(
        eq(sessionEvents.sessionId, sql.placeholder('sessionId')),
        eq(sessionEvents.accountId, sql.placeholder('accountId')),
      ),
    )
    .prepare(),
);

/** Bump when the workroom's shape changes, so clients holding an old ETag get the new body. */
const FORMAT = 'wr1';

/**
 * The workroom's strong ETag for one viewer. Every change to a session records an event in the same
 * transaction, so the last event's sequence versions the whole workroom: one indexed read, nothing
 * serialized. The viewer is part of it because a party's view differs (`you`, masked emails).
 */
export async function workroomETag(
  db: DbExecutor,
  session: { accountId: string; sessionId: string },
  viewerPartyId: string | undefined,
): Promise<string> {
  const [last] = await lastSequence(db).all(session);
  return `"${FORMAT}.${last?.sequence ?? 0}.${viewerPartyId ?? 'team'}"`;
}
