import type { Workroom } from '@signport/core/client';

/** The workroom as the server last reported it: every party by role, their status and progress. */
export interface SignportWorkroomChangeDetail {
  workroom: Workroom;
}

/** Fired when `<sign-session>` first loads the workroom and whenever a party's progress changes. */
export type SignportWorkroomChangeEvent = CustomEvent<SignportWorkroomChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-workroom-change': SignportWorkroomChangeEvent;
  }
}
