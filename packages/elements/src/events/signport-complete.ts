/** The party who finished signing, and where to get the signed PDF when it is ready. */
export interface SignportCompleteDetail {
  sessionId: string;
  partyId: string;
  /** The sealed PDF, when every party has signed; otherwise it is emailed later. */
  documentUrl: string | undefined;
}

/** Fired when a party of `<sign-session>` has signed and the server accepted it. */
export type SignportCompleteEvent = CustomEvent<SignportCompleteDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-complete': SignportCompleteEvent;
  }
}
