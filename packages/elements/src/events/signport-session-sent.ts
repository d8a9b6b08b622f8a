import type { Session } from '@signport/core/client';

/** The session the server created and sent. */
export interface SignportSessionSentDetail {
  session: Session;
}

/** Fired when `<session-composer>` has created and sent a session. */
export type SignportSessionSentEvent = CustomEvent<SignportSessionSentDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-session-sent': SignportSessionSentEvent;
  }
}
