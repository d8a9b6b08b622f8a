/**
 * Fired once an element has loaded what it needs and accepts input. `detail` names what was loaded,
 * e.g. `{ sessionId, partyId }` from `<sign-session>`; elements with nothing to name send `{}`.
 */
export type SignportReadyDetail = Readonly<Record<string, string>>;

export type SignportReadyEvent = CustomEvent<SignportReadyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-ready': SignportReadyEvent;
  }
}
