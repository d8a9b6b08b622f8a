/** What went wrong, as the server said it: safe to show to the user. */
export interface SignportErrorDetail {
  /** Stable machine-readable reason, e.g. `token_expired`. */
  code: string;
  /** Human-readable explanation from the server. */
  message: string;
  /** Dotted path of the input concerned, when the error is about one field. */
  field: string | undefined;
}

/** Fired when an element's call to the API fails. */
export type SignportErrorEvent = CustomEvent<SignportErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-error': SignportErrorEvent;
  }
}
