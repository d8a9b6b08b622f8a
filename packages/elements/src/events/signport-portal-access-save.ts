import type { PortalAccessSettings } from '@signport/core/client';

/** Fired by `<portal-access-setup>` when the server saved a client's portal access; `detail` is the saved settings. */
export type SignportPortalAccessSaveEvent = CustomEvent<PortalAccessSettings>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-portal-access-save': SignportPortalAccessSaveEvent;
  }
}
