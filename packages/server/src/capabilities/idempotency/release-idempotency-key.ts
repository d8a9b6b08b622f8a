import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { idempotencyKeys } from '../../platform/db/schema/index.js';

/** Frees a claimed key whose request failed on the server's side, so that a retry runs again. */
export async function releaseIdempotencyKey(
  db: Database,
  { id, requestHash }: { id: string; requestHash: string },
): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.id, id),
        eq(idempotencyKeys.requestHash, requestHash),
        eq(idempotencyKeys.state, 'in_progress'),
      ),
    );
}
