import { and, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { idempotencyKeys } from '../../platform/db/schema/index.js';

/** Completes a claimed key with the sealed response that later requests with it replay. */
export async function saveIdempotentResponse(
  db: Database,
  { id, requestHash, sealedResponse }: { id: string; requestHash: string; sealedResponse: string },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ state: 'completed', sealedResponse })
    .where(
      and(
        eq(idempotencyKeys.id, id),
        eq(idempotencyKeys.requestHash, requestHash),
        eq(idempotencyKeys.state, 'in_progress'),
      ),
    );
}
