/** What the server acknowledged in one autosave. */
export interface SignportSaveDetail {
  /** When the server stored the values, ISO 8601. */
  savedAt: string;
  /** The fields whose values were stored. */
  fieldIds: string[];
}

/** Fired when `<sign-session>` has saved the party's values (save incomplete). */
export type SignportSaveEvent = CustomEvent<SignportSaveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'signport-save': SignportSaveEvent;
  }
}
