import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { tasks, teamContacts, users } from '../../platform/db/schema/index.js';

/** Tasks with their assignee and the name of the contact they concern, for `toTaskResponse`. */
export function selectTaskRows(db: Database) {
  return db
    .select({ task: tasks, assignee: users, contactName: teamContacts.name })
    .from(tasks)
    .innerJoin(users, eq(users.id, tasks.assigneeId))
    .leftJoin(teamContacts, eq(teamContacts.id, tasks.contactId));
}
