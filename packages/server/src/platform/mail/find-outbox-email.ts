import { eq } from 'drizzle-orm';
import type { Database } from '../db/open-database.js';
import { outboxEmails } from '../db/schema/index.js';
import type { OutboxEmail } from './list-outbox-emails.js';

/** One outbox message by id (development only, like the mailbox that shows it). */
export async function findOutboxEmail(db: Database, id: string): Promise<OutboxEmail | undefined> {
  const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
  return row;
}
