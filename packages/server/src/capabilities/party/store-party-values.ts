import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { sessionValues } from '../../platform/db/schema/index.js';
import type { CheckedValue } from './check-party-values.js';

/** Writes checked values, replacing earlier ones: saving the same values twice changes nothing. */
export async function storePartyValues(
  db: DbExecutor,
  { accountId, sessionId, at }: { accountId: string; sessionId: string; at: Date },
  values: readonly CheckedValue[],
): Promise<void> {
  if (values.length === 0) return;
  await db
    .insert(sessionValues)
    .values(values.map((entry) => ({ accountId, sessionId, ...entry, updatedAt: at })))
    .onConflictDoUpdate({
      target: [sessionValues.sessionId, sessionValues.fieldId, sessionValues.partyId],
      set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` },
    });
}
