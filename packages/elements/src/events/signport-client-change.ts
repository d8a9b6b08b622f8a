import type { Client } from '@signport/core/client';

/** The client as the server now has it. */
export interface SignportClientChangeDetail {
  client: Client;
}

/**
 * Fired by `<client-detail>` when the client changed: type, status or assignee saved, or their
 * messages read (`unreadMessages` is then 0). A `<client-list>` on the page reloads on it.
 */
export type SignportClientChangeEvent = CustomEvent<SignportClientChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-client-change': SignportClientChangeEvent;
  }
}
