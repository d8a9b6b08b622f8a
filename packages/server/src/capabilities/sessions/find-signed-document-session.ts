import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { signingSessions } from '../../platform/db/schema/index.js';
import { ApiError } from '../../platform/errors/api-error.js';
import type { SessionRow } from './load-session.js';

/**
 * The completed session a verified download link names. The link's signature stands for this
 * session alone, so it is found by id whatever its account; anything else is the same 404.
 */
export async function findSignedDocumentSession(
  db: DbExecutor,
  sessionId: string,
): Promise<SessionRow> {
  const [session] = await db
    .select()
    .from(signingSessions)
    .where(eq(signingSessions.id, sessionId));
  if (!session || session.status !== 'completed') {
    throw new ApiError('not_found', 'The document is not available.');
  }
  return session;
}
