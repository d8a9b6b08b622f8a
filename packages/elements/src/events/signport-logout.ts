import type { PortalSessionEnd } from '../client-portal-login/portal-session.js';

/** `signed_out`: the client chose to; `expired`: the server refused the session (e.g. access revoked). */
export interface SignportLogoutDetail {
  reason: PortalSessionEnd;
}

/** Fired by `<client-portal-login>` when its portal session ends. */
export type SignportLogoutEvent = CustomEvent<SignportLogoutDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-logout': SignportLogoutEvent;
  }
}
