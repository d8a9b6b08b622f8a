// Importing every event file keeps their global declarations in any program that uses the map.
export type * from './signport-error.js';
export type * from './signport-ready.js';

/** Every event an element can emit, by name: the `signport-` entries of `GlobalEventHandlersEventMap`. */
export type SignportEventMap = {
  [
    Name in keyof GlobalEventHandlersEventMap as Name extends `signport-${string}` ? Name : never
  ]: GlobalEventHandlersEventMap[Name];
};

export type SignportEventName = keyof SignportEventMap;

/** The `detail` carried by the event called `Name`. */
export type SignportEventDetail<Name extends SignportEventName> =
  SignportEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;
