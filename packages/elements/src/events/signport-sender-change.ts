/** The sender chosen in `<sender-picker>`: the logged-in user or a principal they act for. */
export interface SignportSenderChangeDetail {
  sender: { id: string; name: string; email: string };
}

/** Fired when the user saves a sender in `<sender-picker>`. */
export type SignportSenderChangeEvent = CustomEvent<SignportSenderChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-sender-change': SignportSenderChangeEvent;
  }
}
