// Public web forms in memory per test scope, for `api-endpoints.ts`:
//   POST /v1/forms/<slug>/sessions   a new party token `form-token-<n>`; slug `gone` is unpublished (410)
//   PUT  /v1/party/contact           { resumeLinkSent: true } the first time, false after
// Both are recorded with the scope's other API requests (`__requests`).

import type { FormSessionStarted } from '@signport/core/client';
import { answer, readJson, refuse } from './http.js';
import type { Context } from './http.js';
import { stateOf } from './scope.js';
import type { Scope } from './scope.js';

/** Answers the form routes of one test scope; resolves true when it did. */
export async function formsEndpoints(ctx: Context, scope: Scope, path: string) {
  const start = /^\/v1\/forms\/([\w-]+)\/sessions$/.exec(path);
  const contact = path === '/v1/party/contact' && ctx.method === 'PUT';
  if (!(start && ctx.method === 'POST') && !contact) return false;
  const body = await readJson(ctx.req);
  scope.requests.push({
    method: ctx.method,
    path,
    authorization: ctx.get('authorization') || null,
    body,
  });
  const forms = stateOf(scope, 'forms', () => ({ started: 0, contacts: 0 }));
  if (contact) {
    forms.contacts++;
    answer(ctx, 200, { resumeLinkSent: forms.contacts === 1 });
    return true;
  }
  if (start?.[1] === 'gone') {
    refuse(ctx, 410, { code: 'form_unpublished', message: 'This form is no longer available.' });
    return true;
  }
  forms.started++;
  answer(ctx, 201, {
    token: `form-token-${forms.started}`,
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  } satisfies FormSessionStarted);
  return true;
}
