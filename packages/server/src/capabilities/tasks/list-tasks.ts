import { and, asc, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import type { TaskList } from '@signport/core';
import type { Database } from '../../platform/db/open-database.js';
import { tasks } from '../../platform/db/schema/index.js';
import { toUserRef } from '../users/to-user-ref.js';
import type { EmbedPrincipal } from '../embed-tokens/embed-token-claims.js';
import { selectTaskRows } from './task-rows.js';
import { toTaskResponse } from './to-task-response.js';

/** The caller's own tasks, open or completed, oldest first, a page at a time (cursor: last id). */
export async function listTasks(
  db: Database,
  caller: EmbedPrincipal,
  query: { status: 'open' | 'completed'; limit: number; cursor?: string | undefined },
): Promise<TaskList> {
  const rows = await selectTaskRows(db)
    .where(
      and(
        eq(tasks.accountId, caller.accountId),
        eq(tasks.assigneeId, caller.userId),
        query.status === 'open' ? isNull(tasks.completedAt) : isNotNull(tasks.completedAt),
        query.cursor ? gt(tasks.id, query.cursor) : undefined,
      ),
    )
    .orderBy(asc(tasks.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(({ task, assignee, contactName }) =>
      toTaskResponse(task, toUserRef(assignee), contactName),
    ),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.task.id ?? null) : null,
  };
}
