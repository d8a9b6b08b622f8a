import { and, eq } from 'drizzle-orm';
import type { Task } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { tasks } from '../../platform/db/schema/index.js';
import { toUserRef } from '../users/to-user-ref.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { selectTaskRows } from './task-rows.js';
import { toTaskResponse } from './to-task-response.js';

/**
 * Marks one of the caller's tasks done, or open again (an undo). Completing it twice keeps the
 * first completion time.
 */
export async function setTaskCompleted(
  deps: { db: Database; clock: Clock },
  caller: EmbedPrincipal,
  taskId: string,
  completed: boolean,
): Promise<Task> {
  const mine = and(
    eq(tasks.id, taskId),
    eq(tasks.accountId, caller.accountId),
    eq(tasks.assigneeId, caller.userId),
  );
  const [row] = await selectTaskRows(deps.db).where(mine);
  // Another agent's task answers like a missing one.
  if (!row) throw new ApiError('not_found', 'No such task.', { field: 'id' });
  const respond = (task: typeof row.task) =>
    toTaskResponse(task, toUserRef(row.assignee), row.contactName);
  if (Boolean(row.task.completedAt) === completed) return respond(row.task);
  const [updated] = await deps.db
    .update(tasks)
    .set({ completedAt: completed ? deps.clock() : null })
    .where(mine)
    .returning();
  if (!updated) throw new Error('The task update returned no row.');
  return respond(updated);
}
