/** Why the party declined, as they wrote it. */
export interface SignportDeclineDetail {
  reason: string;
}

/** Fired when a party of `<sign-session>` has declined to sign and the server recorded it. */
export type SignportDeclineEvent = CustomEvent<SignportDeclineDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-decline': SignportDeclineEvent;
  }
}
