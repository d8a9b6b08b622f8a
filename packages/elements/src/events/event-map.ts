// Importing every event file keeps their global declarations in any program that uses the map.
export type * from './signport-client-change.js';
export type * from './signport-client-open.js';
export type * from './signport-complete.js';
export type * from './signport-decline.js';
export type * from './signport-error.js';
export type * from './signport-form-start.js';
export type * from './signport-login.js';
export type * from './signport-logout.js';
export type * from './signport-plan-defaults-save.js';
export type * from './signport-plan-save.js';
export type * from './signport-portal-access-save.js';
export type * from './signport-portal-invite.js';
export type * from './signport-ready.js';
export type * from './signport-save.js';
export type * from './signport-sender-change.js';
export type * from './signport-session-sent.js';
export type * from './signport-task-change.js';
export type * from './signport-template-change.js';
export type * from './signport-template-save.js';
export type * from './signport-workroom-change.js';

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
