// `GET|PUT /v1/teams/<id>/plan-defaults` in memory per test scope, for `api-endpoints.mjs`, with the
// server's rule on who may save: the bearer token names the caller's permission, and a token
// starting with `basic` gets the server's 403.
//   GET  /v1/teams/<id>/plan-defaults   the team's defaults (every step `contact_assignee` at first)
//   PUT  /v1/teams/<id>/plan-defaults   saves them; 400 for an unknown role; 404 for `team_missing`
//   PUT  /__plans                       { delayMs? }: how long the API takes to answer
//   GET  /__plans                       { requests: [{ method, path, authorization, body }] }

import { answer, readJson } from './http.mjs';

const roles = ['rainmaker', 'contact_assignee'];
const stepTypes = ['task', 'email', 'sms'];
const refusal =
  'Only the rainmaker or team members with Enhanced or Unlimited permission can change the plan defaults.';

/** Answers the plan-defaults routes of one test scope; resolves true when it did. */
export async function plansEndpoints(ctx, scope, path) {
  scope.plans ??= { defaults: new Map(), delayMs: 0, requests: [] };
  const state = scope.plans;
  if (path === '/__plans' && ctx.method === 'PUT') {
    state.delayMs = (await readJson(ctx.req)).delayMs ?? 0;
    answer(ctx, 200, {});
    return true;
  }
  if (path === '/__plans' && ctx.method === 'GET') {
    answer(ctx, 200, { requests: state.requests });
    return true;
  }
  const match = /^\/v1\/teams\/([^/]+)\/plan-defaults$/.exec(path);
  if (!match) return false;

  const teamId = decodeURIComponent(match[1]);
  const body = ctx.method === 'PUT' ? await readJson(ctx.req) : undefined;
  const authorization = ctx.get('authorization') || null;
  state.requests.push({ method: ctx.method, path, authorization, body });
  if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));

  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) {
    answer(ctx, 401, { error: { code: 'unauthorized', message: 'Send the embed token.' } });
  } else if (teamId === 'team_missing') {
    answer(ctx, 404, { error: { code: 'not_found', message: 'No such team.', field: 'teamId' } });
  } else if (ctx.method === 'GET') {
    answer(
      ctx,
      200,
      state.defaults.get(teamId) ??
        Object.fromEntries(stepTypes.map((type) => [type, 'contact_assignee'])),
    );
  } else if (ctx.method === 'PUT') {
    const invalid = stepTypes.find((type) => !roles.includes(body[type]));
    if (invalid) {
      answer(ctx, 400, {
        error: { code: 'validation_failed', message: `${invalid}: Invalid option`, field: invalid },
      });
    } else if (token.startsWith('basic')) {
      answer(ctx, 403, { error: { code: 'forbidden', message: refusal } });
    } else {
      const saved = Object.fromEntries(stepTypes.map((type) => [type, body[type]]));
      state.defaults.set(teamId, saved);
      answer(ctx, 200, saved);
    }
  } else {
    answer(ctx, 405, { error: { code: 'method_not_allowed', message: 'Use GET, PUT.' } });
  }
  return true;
}
