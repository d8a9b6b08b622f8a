import { and, eq } from 'drizzle-orm';
import type { Task } from '@signport/core';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/open-database.js';
import { tasks, users } from '../../platform/db/schema/index.js';
import { toUserRef } from '../users/to-user-ref.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { toTaskResponse } from './to-task-response.js';

/** Marks one of the caller's tasks done; completing it again keeps the first completion time. */
export async function completeTask(
  deps: { db: Database; clock: Clock },
  caller: EmbedPrincipal,
  taskId: string,
): Promise<Task> {
  const mine = and(
    eq(tasks.id, taskId),
    eq(tasks.accountId, caller.accountId),
    eq(tasks.assigneeId, caller.userId),
  );
  const [row] = await deps.db
    .select({ task: tasks, assignee: users })
    .from(tasks)
    .innerJoin(users, eq(users.id, tasks.assigneeId))
    .where(mine);
  // Another agent's task answers like a missing one.
  if (!row) throw new ApiError('not_found', 'No such task.', { field: 'id' });
  if (row.task.completedAt) return toTaskResponse(row.task, toUserRef(row.assignee));
  const [updated] = await deps.db
    .update(tasks)
    .set({ completedAt: deps.clock() })
    .where(mine)
    .returning();
  if (!updated) throw new Error('The task update returned no row.');
  return toTaskResponse(updated, toUserRef(row.assignee));
}
