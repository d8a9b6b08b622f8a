// `GET|PUT /v1/teams/<id>/plan-defaults` in memory per test scope, for `api-endpoints.ts`, with the
// server's rule on who may save: the bearer token names the caller's permission, and a token
// starting with `basic` gets the server's 403.
//   GET  /v1/teams/<id>/plan-defaults   the team's defaults (every step `contact_assignee` at first)
//   PUT  /v1/teams/<id>/plan-defaults   saves them; 400 for an unknown role; 404 for `team_missing`
//   PUT  /__plans                       { delayMs? }: how long the API takes to answer
//   GET  /__plans                       { requests: [{ method, path, authorization, body }] }

import type { AssigneeRole, PlanDefaults, PlanStepType } from '@signport/core/client';
import { answer, readJson, refuse } from './http.js';
import type { Context } from './http.js';
import type { ReceivedRequest, Scope } from './scope.js';
import { stateOf } from './scope.js';

const roles: readonly string[] = ['rainmaker', 'contact_assignee'] satisfies AssigneeRole[];
const stepTypes: readonly PlanStepType[] = ['task', 'email', 'sms'];
const refusal =
  'Only the rainmaker or team members with Enhanced or Unlimited permission can change the plan defaults.';

/** Answers the plan-defaults routes of one test scope; resolves true when it did. */
export async function plansEndpoints(ctx: Context, scope: Scope, path: string) {
  const state = stateOf(scope, 'plans', () => ({
    defaults: new Map<string, PlanDefaults>(),
    delayMs: 0,
    requests: [] as ReceivedRequest[],
  }));
  if (path === '/__plans' && ctx.method === 'PUT') {
    state.delayMs = (await readJson<{ delayMs?: number }>(ctx.req)).delayMs ?? 0;
    answer(ctx, 200, {});
    return true;
  }
  if (path === '/__plans' && ctx.method === 'GET') {
    answer(ctx, 200, { requests: state.requests });
    return true;
  }
  const match = /^\/v1\/teams\/([^/]+)\/plan-defaults$/.exec(path);
  if (!match) return false;

  const teamId = decodeURIComponent(match[1]!);
  const body = ctx.method === 'PUT' ? await readJson<Partial<PlanDefaults>>(ctx.req) : {};
  const authorization = ctx.get('authorization') || null;
  state.requests.push({ method: ctx.method, path, authorization, body });
  if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));

  const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  if (!token) {
    refuse(ctx, 401, { code: 'unauthorized', message: 'Send the embed token.' });
  } else if (teamId === 'team_missing') {
    refuse(ctx, 404, { code: 'not_found', message: 'No such team.', field: 'teamId' });
  } else if (ctx.method === 'GET') {
    answer(
      ctx,
      200,
      (state.defaults.get(teamId) ??
        Object.fromEntries(stepTypes.map((type) => [type, 'contact_assignee']))) as PlanDefaults,
    );
  } else if (ctx.method === 'PUT') {
    const invalid = stepTypes.find((type) => !roles.includes(body[type] ?? ''));
    if (invalid) {
      refuse(ctx, 400, {
        code: 'validation_failed',
        message: `${invalid}: Invalid option`,
        field: invalid,
      });
    } else if (token.startsWith('basic')) {
      refuse(ctx, 403, { code: 'forbidden', message: refusal });
    } else {
      const saved = Object.fromEntries(stepTypes.map((type) => [type, body[type]])) as PlanDefaults;
      state.defaults.set(teamId, saved);
      answer(ctx, 200, saved);
    }
  } else {
    refuse(ctx, 405, { code: 'method_not_allowed', message: 'Use GET, PUT.' });
  }
  return true;
}
