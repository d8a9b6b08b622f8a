import type { teamContacts } from '../../platform/db/schema/index.js';
import type { TeamContact } from '@signport/core';

/** The API's view of a team contact. */
export function toTeamContactResponse(row: typeof teamContacts.$inferSelect): TeamContact {
  return {
    id: row.id,
    teamId: row.teamId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    assigneeId: row.assigneeId,
    createdAt: row.createdAt.toISOString(),
  };
}
