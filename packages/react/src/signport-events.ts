import type { EventName } from '@lit/react';
import type { SignportEventMap, SignportEventName } from '@signport/elements';

type Pascal<Name extends string> = Name extends `${infer Word}-${infer Rest}`
  ? `${Capitalize<Word>}${Pascal<Rest>}`
  : Capitalize<Name>;

/** `signport-sender-change` becomes the React prop `onSignportSenderChange`. */
export type EventProp<Name extends string> = `on${Pascal<Name>}`;

export type EventProps<Names extends SignportEventName> = {
  [Name in Names as EventProp<Name>]: EventName<SignportEventMap[Name]>;
};

/**
 * The `events` option of `createComponent` for an element's `signport-*` events, each typed with
 * its own detail, so the wrappers name every event once.
 */
export function signportEvents<const Names extends readonly SignportEventName[]>(
  ...names: Names
): EventProps<Names[number]> {
  return Object.fromEntries(names.map((name) => [eventProp(name), name])) as EventProps<
    Names[number]
  >;
}

export function eventProp<Name extends string>(name: Name): EventProp<Name> {
  return `on${name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}` as EventProp<Name>;
}
