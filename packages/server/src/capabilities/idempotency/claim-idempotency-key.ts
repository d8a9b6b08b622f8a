import { and, eq, lte, or } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { idempotencyKeys } from '../../platform/db/schema/index.js';

export interface IdempotencyClaimInput {
  /** Hash of the caller's scope and the key. */
  id: string;
  accountId: string | null;
  /** Hash of what the request asks for: method, path, origin and body. */
  requestHash: string;
  now: Date;
  ttlMs: number;
  /** How long a first request may run before its key is taken for abandoned. */
  lockMs: number;
}

export type IdempotencyClaim =
  | { outcome: 'claimed' }
  | { outcome: 'replay'; sealedResponse: string }
  | { outcome: 'reused' }
  | { outcome: 'in_progress' };

/**
 * Takes a key for a first request in one guarded statement, so that of two concurrent requests one
 * runs and the other learns it is in progress. An expired key, or one whose request died before
 * answering, is taken over. Expired keys of every caller are swept on the way.
 */
export async function claimIdempotencyKey(
  db: Database,
  input: IdempotencyClaimInput,
): Promise<IdempotencyClaim> {
  const { now } = input;
  await db.delete(idempotencyKeys).where(lte(idempotencyKeys.expiresAt, now));
  const fresh = {
    accountId: input.accountId,
    requestHash: input.requestHash,
    state: 'in_progress' as const,
    lockedUntil: new Date(now.getTime() + input.lockMs),
    sealedResponse: null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + input.ttlMs),
  };
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({ id: input.id, ...fresh })
    .onConflictDoUpdate({
      target: idempotencyKeys.id,
      set: fresh,
      setWhere: or(
        lte(idempotencyKeys.expiresAt, now),
        and(eq(idempotencyKeys.state, 'in_progress'), lte(idempotencyKeys.lockedUntil, now)),
      ),
    })
    .returning({ id: idempotencyKeys.id });
  if (claimed) return { outcome: 'claimed' };

  const [existing] = await db
    .select()
    .from(idempotencyKeys)
    .where(eq(idempotencyKeys.id, input.id));
  if (!existing || existing.requestHash !== input.requestHash) {
    return existing ? { outcome: 'reused' } : { outcome: 'in_progress' };
  }
  if (existing.state === 'completed' && existing.sealedResponse) {
    return { outcome: 'replay', sealedResponse: existing.sealedResponse };
  }
  return { outcome: 'in_progress' };
}
