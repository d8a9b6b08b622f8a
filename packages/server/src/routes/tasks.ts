import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id, ListTasksQuery, Task, TaskList } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { embedTokenAuth } from '../middleware/embed-token-auth.js';
import { setTaskCompleted } from '../capabilities/tasks/set-task-completed.js';
import { listTasks } from '../capabilities/tasks/list-tasks.js';
import { errorResponses } from './error-responses.js';
import { createRouter } from './create-router.js';

export function taskRoutes({ db, clock, signer }: AppContext): App {
  const app = createRouter();
  const common = {
    tags: ['Team plans'],
    security: [{ embedToken: [] }],
    middleware: embedTokenAuth({ db, signer, clock }),
  };

  app.openapi(
    createRoute({
      ...common,
      method: 'get',
      path: '/',
      summary: 'The caller’s tasks',
      description:
        'Plan task steps assigned to the caller, and texts they must send themselves because they ' +
        'have no SMS subscription or credits (`reason`).',
      request: { query: ListTasksQuery },
      responses: {
        200: {
          description: 'A page of tasks',
          content: { 'application/json': { schema: TaskList } },
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await listTasks(db, c.var.principal, c.req.valid('query')), 200),
  );

  const changes = [
    {
      path: '/{id}/complete',
      summary: 'Complete a task',
      description: 'Only the assignee may; completing twice keeps the first completion time.',
      completed: true,
    },
    {
      path: '/{id}/reopen',
      summary: 'Reopen a completed task',
      description: 'Undoes a completion; only the assignee may. An open task stays as it is.',
      completed: false,
    },
  ] as const;
  for (const change of changes) {
    app.openapi(
      createRoute({
        ...common,
        method: 'post',
        path: change.path,
        summary: change.summary,
        description: change.description,
        request: { params: z.object({ id: Id }) },
        responses: {
          200: { description: 'The task', content: { 'application/json': { schema: Task } } },
          ...errorResponses(401, 403, 404),
        },
      }),
      async (c) =>
        c.json(
          await setTaskCompleted(
            { db, clock },
            c.var.principal,
            c.req.valid('param').id,
            change.completed,
          ),
          200,
        ),
    );
  }
  return app;
}
