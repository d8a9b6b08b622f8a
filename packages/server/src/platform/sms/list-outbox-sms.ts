import { desc } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { outboxSms } from '../db/schema/index.js';

export type OutboxSms = typeof outboxSms.$inferSelect;

/** The most recent outbox texts of every account, newest first (development only, like the mailbox). */
export async function listOutboxSms(db: Database, limit = 200): Promise<OutboxSms[]> {
  return db
    .select()
    .from(outboxSms)
    .orderBy(desc(outboxSms.createdAt), desc(outboxSms.id))
    .limit(limit);
}
