/** Fired once an element has loaded what it needs and accepts input. */
export type SignportReadyEvent = CustomEvent<Record<string, never>>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-ready': SignportReadyEvent;
  }
}
