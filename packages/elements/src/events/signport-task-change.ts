import type { Task } from '@signport/core/client';

/** The task as the server now has it (`completedAt` null when reopened). */
export interface SignportTaskChangeDetail {
  task: Task;
}

/** Fired by `<task-list>` when a task was completed or reopened. */
export type SignportTaskChangeEvent = CustomEvent<SignportTaskChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-task-change': SignportTaskChangeEvent;
  }
}
