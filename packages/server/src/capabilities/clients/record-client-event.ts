import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { clientEvents } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';

export type ClientEventRow = typeof clientEvents.$inferSelect;

export interface ClientEventInput {
  accountId: string;
  clientId: string;
  /** `communication`: the log of interactions; `activity`: the feed of what happened. */
  category: ClientEventRow['category'];
  kind: string;
  summary: string;
  body?: string | undefined;
  source: ClientEventRow['source'];
  occurredAt?: Date | undefined;
}

/**
 * Adds an entry to a client's communication log or activity feed. Signport calls it itself (e.g. a
 * completed signing, a portal message); the caller has already checked the client is in the account.
 *
 * @example
 * await recordClientEvent({ db, clock }, { accountId, clientId, category: 'activity', kind: 'signing',
 *   summary: 'Listing agreement signed', source: 'signport' });
 */
export async function recordClientEvent(
  deps: { db: DbExecutor; clock: Clock },
  input: ClientEventInput,
): Promise<ClientEventRow> {
  const now = deps.clock();
  const [row] = await deps.db
    .insert(clientEvents)
    .values({
      id: newId('evt'),
      accountId: input.accountId,
      clientId: input.clientId,
      category: input.category,
      kind: input.kind,
      summary: input.summary,
      body: input.body ?? null,
      source: input.source,
      occurredAt: input.occurredAt ?? now,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('The client event insert returned no row.');
  return row;
}
