import { desc } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { outboxEmails } from '../db/schema/index.js';

export type OutboxEmail = typeof outboxEmails.$inferSelect;

/**
 * The most recent outbox messages of every account, newest first. Development only: the dev
 * mailbox is one person's view of everything the local server would have sent.
 */
export async function listOutboxEmails(db: Database, limit = 200): Promise<OutboxEmail[]> {
  return db
    .select()
    .from(outboxEmails)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(limit);
}
