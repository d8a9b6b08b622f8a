/** Which client to open. */
export interface SignportClientOpenDetail {
  clientId: string;
}

/**
 * Fired when the user opens a client in `<client-list>`. Cancelable: `preventDefault()` keeps a
 * link (`href` pattern) from navigating, for hosts that show the detail on the same page.
 */
export type SignportClientOpenEvent = CustomEvent<SignportClientOpenDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-client-open': SignportClientOpenEvent;
  }
}
