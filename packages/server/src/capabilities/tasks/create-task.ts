import type { Clock } from '../../platform/clock.js';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { tasks, type TaskReason } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';

export interface CreateTaskInput {
  accountId: string;
  assigneeId: string;
  title: string;
  notes?: string | null | undefined;
  reason: TaskReason;
  contactId?: string | null | undefined;
  planId?: string | null | undefined;
  dueAt?: Date | null | undefined;
  /** What created the task; a second call with the same key returns the first task. */
  sourceKey: string;
}

/** Assigns a task to an agent, once per source. Returns the task's id. */
export async function createTask(
  deps: { db: DbExecutor; clock: Clock },
  input: CreateTaskInput,
): Promise<string> {
  const id = newId('tsk');
  const [inserted] = await deps.db
    .insert(tasks)
    .values({
      id,
      accountId: input.accountId,
      assigneeId: input.assigneeId,
      contactId: input.contactId ?? null,
      planId: input.planId ?? null,
      title: input.title.slice(0, 200),
      notes: input.notes ?? null,
      reason: input.reason,
      sourceKey: input.sourceKey,
      dueAt: input.dueAt ?? null,
      createdAt: deps.clock(),
    })
    .onConflictDoNothing({ target: [tasks.accountId, tasks.sourceKey] })
    .returning({ id: tasks.id });
  if (inserted) return inserted.id;
  const existing = await deps.db.query.tasks.findFirst({
    where: (table, { and, eq }) =>
      and(eq(table.accountId, input.accountId), eq(table.sourceKey, input.sourceKey)),
    columns: { id: true },
  });
  if (!existing) throw new Error('The task was neither inserted nor found.');
  return existing.id;
}
