// `GET /v1/me/senders` in memory per test scope, for `api-endpoints.ts`:
//   GET  /v1/me/senders[?scope=]   the senders set by `__senders` (401 without a bearer token)
//   PUT  /__senders                { senders?, failure?: { status, code, message }, delayMs? }
//   GET  /__senders                { requests: [{ url, authorization }] } received by the route
// By default the caller is Betty, who assists Alice and Bernie.

import type { SenderChoice, SenderChoices } from '@signport/core/client';
import { answer, readJson, refuse } from './http.js';
import type { Context, Refusal } from './http.js';
import { stateOf } from './scope.js';
import type { Scope } from './scope.js';

const user = (id: string, name: string): SenderChoice['user'] => ({
  id,
  externalId: id.replace(/^usr_/, ''),
  name,
  email: `${id.replace(/^usr_/, '')}@shoreline.example`,
});

export const DEFAULT_SENDERS: SenderChoice[] = [
  {
    user: user('usr_betty', 'Betty Agent'),
    self: true,
    scopes: ['send', 'contacts', 'templates', 'instructions', 'clauses'],
  },
  { user: user('usr_alice', 'Alice Agent'), self: false, scopes: ['send'] },
  { user: user('usr_bernie', 'Bernie OfficeManager'), self: false, scopes: ['send', 'contacts'] },
];

/** Answers the senders routes of one test scope; resolves true when it did. */
export interface SendersState {
  senders: SenderChoice[];
  failure: (Refusal & { status: number }) | undefined;
  delayMs: number;
  requests: Array<{ url: string; authorization: string | null }>;
}

export async function sendersEndpoints(ctx: Context, scope: Scope, path: string) {
  const state = stateOf<SendersState>(scope, 'senders', () => ({
    senders: DEFAULT_SENDERS,
    failure: undefined,
    delayMs: 0,
    requests: [],
  }));
  if (path === '/__senders' && ctx.method === 'PUT') {
    Object.assign(
      state,
      { failure: undefined, delayMs: 0 },
      await readJson<Partial<SendersState>>(ctx.req),
    );
    answer(ctx, 200, {});
    return true;
  }
  if (path === '/__senders' && ctx.method === 'GET') {
    answer(ctx, 200, { requests: state.requests });
    return true;
  }
  if (path !== '/v1/me/senders' || ctx.method !== 'GET') return false;

  state.requests.push({ url: ctx.url, authorization: ctx.get('authorization') || null });
  if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
  if (!/^Bearer \S+$/.test(ctx.get('authorization'))) {
    refuse(ctx, 401, { code: 'unauthorized', message: 'The embed token is missing.' });
  } else if (state.failure) {
    const { status, ...error } = state.failure;
    refuse(ctx, status, error);
  } else {
    const wanted = ctx.query.scope as SenderChoice['scopes'][number] | undefined;
    const senders = state.senders.filter((s) => s.self || !wanted || s.scopes.includes(wanted));
    answer(ctx, 200, { senders } satisfies SenderChoices);
  }
  return true;
}
