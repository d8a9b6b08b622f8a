import type { Client, Plan, Task } from '@signport/core/client';
import type { TestApi } from './test-api.js';

/** What the fake workspace routes stored, to check what an element sent. */
export interface WorkspaceState {
  requests: Array<{ method: string; url: string; body: unknown }>;
  clients: Client[];
  tasks: Task[];
  plans: Plan[];
  enrollments: Array<{ planId: string; contactId: string }>;
  log: Record<string, Array<{ kind: string; summary: string; occurredAt: string }>>;
  messages: Record<string, Array<{ from: string; body: string; readAt: string | null }>>;
  documents: Record<string, Array<{ id: string; accessible: boolean }>>;
}

/** The browser side of `api/workspace.ts`. */
export function workspaceApi(api: TestApi) {
  const send = async (method: string, body?: unknown) => {
    const response = await fetch(`${api.url}/__workspace`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response.json() as Promise<unknown>;
  };
  return {
    state: async () => (await send('GET')) as WorkspaceState,
    /** Makes the next request to `route` (e.g. `POST /v1/clients/cli_olivia/messages`) fail so. */
    failNext: async (failure: {
      route: string;
      status: number;
      code: string;
      message: string;
      field?: string;
    }) => void (await send('PUT', { failure })),
    slow: async (delayMs: number) => void (await send('PUT', { delayMs })),
  };
}
