/** How a public web form began on this page. */
export interface SignportFormStartDetail {
  /** The form's slug. */
  form: string;
  /** `true`: the party resumed the application this browser kept; `false`: a new one started. */
  resumed: boolean;
}

/** Fired when `<sign-session form="…">` has a party token: a new start, or a saved one resumed. */
export type SignportFormStartEvent = CustomEvent<SignportFormStartDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-form-start': SignportFormStartEvent;
  }
}
