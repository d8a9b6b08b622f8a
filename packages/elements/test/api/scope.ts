// What one test scope of the fake API holds: each test works in its own `/test-api/<scope>/`.
import type { PartyView } from '@signport/core/client';

/** One request the API routes received, as `__requests` reports it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
  /** The `Accept-Language` the request carried. */
  language?: string | null;
}

/** How the API answers for now, set by a test with `__scenario`. */
export interface Scenario {
  hold?: boolean;
  drop?: boolean;
  /** Answered as it is: a test may name a code the fake's routes never give. */
  failure?: { status: number; code: string; message: string; field?: string };
}

/** The party the `/v1/party` routes answer for, set with `__party`. */
export interface PartySetup {
  view: PartyView;
  lockedFieldIds: Set<string>;
  documentUrl?: string;
}

export interface Scope {
  scenario: Scenario;
  requests: ReceivedRequest[];
  held: Array<() => void>;
  party: PartySetup | undefined;
  /** Each group of routes keeps its own state here, created on first use. */
  [routes: string]: unknown;
}

/** The state a group of routes keeps in `scope`, made by `create` the first time. */
export function stateOf<State>(scope: Scope, routes: string, create: () => State): State {
  scope[routes] ??= create();
  return scope[routes] as State;
}
