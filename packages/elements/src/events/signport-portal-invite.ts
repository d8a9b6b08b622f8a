import type { PortalInvite } from '@signport/core/client';

/** Fired by `<portal-access-setup>` when the login email went out; `detail` is `{ sentTo, expiresAt }`. */
export type SignportPortalInviteEvent = CustomEvent<PortalInvite>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-portal-invite': SignportPortalInviteEvent;
  }
}
