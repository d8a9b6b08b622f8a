// `GET /v1/me/senders` in memory per test scope, for `api-endpoints.mjs`:
//   GET  /v1/me/senders[?scope=]   the senders set by `__senders` (401 without a bearer token)
//   PUT  /__senders                { senders?, failure?: { status, code, message }, delayMs? }
//   GET  /__senders                { requests: [{ url, authorization }] } received by the route
// By default the caller is Betty, who assists Alice and Bernie.

import { answer, readJson } from './http.mjs';

const user = (id, name) => ({
  id,
  externalId: id.replace(/^usr_/, ''),
  name,
  email: `${id.replace(/^usr_/, '')}@shoreline.example`,
});

export const DEFAULT_SENDERS = [
  {
    user: user('usr_betty', 'Betty Agent'),
    self: true,
    scopes: ['send', 'contacts', 'templates', 'instructions', 'clauses'],
  },
  { user: user('usr_alice', 'Alice Agent'), self: false, scopes: ['send'] },
  { user: user('usr_bernie', 'Bernie OfficeManager'), self: false, scopes: ['send', 'contacts'] },
];

/** Answers the senders routes of one test scope; resolves true when it did. */
export async function sendersEndpoints(ctx, scope, path) {
  scope.senders ??= { senders: DEFAULT_SENDERS, failure: undefined, delayMs: 0, requests: [] };
  const state = scope.senders;
  if (path === '/__senders' && ctx.method === 'PUT') {
    Object.assign(state, { failure: undefined, delayMs: 0 }, await readJson(ctx.req));
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
    answer(ctx, 401, { error: { code: 'unauthorized', message: 'The embed token is missing.' } });
  } else if (state.failure) {
    const { status, ...error } = state.failure;
    answer(ctx, status, { error });
  } else {
    const wanted = ctx.query.scope;
    const senders = state.senders.filter((s) => s.self || !wanted || s.scopes.includes(wanted));
    answer(ctx, 200, { senders });
  }
  return true;
}
