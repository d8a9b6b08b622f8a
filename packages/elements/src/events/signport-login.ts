import type { PortalMe } from '@signport/core/client';
import type { PortalSession } from '../client-portal-login/portal-session.js';

/** Who signed in to the client portal, and the session a `<client-portal>` elsewhere can be given. */
export interface SignportLoginDetail {
  client: PortalMe['client'];
  session: PortalSession;
}

/** Fired when a client has signed in with `<client-portal-login>`. */
export type SignportLoginEvent = CustomEvent<SignportLoginDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-login': SignportLoginEvent;
  }
}
