import type { Task, UserRef } from '@signport/core';
import type { tasks } from '../../platform/db/schema/index.js';

/** The API's view of a task. */
export function toTaskResponse(
  row: typeof tasks.$inferSelect,
  assignee: UserRef,
  contactName: string | null,
): Task {
  return {
    id: row.id,
    assignee,
    contactId: row.contactId,
    contactName,
    title: row.title,
    notes: row.notes,
    reason: row.reason,
    planId: row.planId,
    dueAt: row.dueAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
