// Real HTTP endpoints served by the test runner's own server, answering as the Signport API does
// (`/v1/me`, the party routes and the one error shape). Each test works in its own scope,
// `/test-api/<scope>/…`, so test files running side by side never see each other's requests.
//   GET  /test-api/<scope>/v1/me          the caller, named after the bearer token it sent
//   GET|PATCH|POST /test-api/<scope>/v1/party…   the party contract, on the view set by `__party`
//     (a consent accepted there stands: the next `GET /v1/party` says when)
//   GET  /test-api/<scope>/v1/party/pages/<n>   an SVG page image (images carry no token)
//   POST /test-api/<scope>/v1/party/attachments/<fieldId>   an upload (see api/attachments.mjs)
//   PUT  /test-api/<scope>/__scenario     { hold?, drop?: boolean, failure?: { status, code, message, field? } }
//   PUT  /test-api/<scope>/__party        { view, lockedFieldIds?, documentUrl? }: the party's starting point
//   POST /test-api/<scope>/__release      stops holding and answers every request held so far
//   GET  /test-api/<scope>/__requests     [{ method, path, authorization, body }] received by the API routes
// The workroom (`/v1/party/workroom`, `__workroom`) is answered by api/workroom.mjs.

import { attachmentEndpoints } from './api/attachments.mjs';
import { portalEndpoints } from './api/portal.mjs';
import { sendersEndpoints } from './api/senders.mjs';
import { plansEndpoints } from './api/plans.mjs';
import { formsEndpoints } from './api/forms.mjs';
import { workroomEndpoints } from './api/workroom.mjs';
import { composeEndpoints } from './api/compose.mjs';
import { templatesEndpoints } from './api/templates.mjs';
import { answer, readJson } from './api/http.mjs';

const scopes = new Map();

function scopeNamed(name) {
  if (!scopes.has(name))
    scopes.set(name, { scenario: {}, requests: [], held: [], party: undefined });
  return scopes.get(name);
}

function apiError(ctx, status, error) {
  answer(ctx, status, { error });
}

async function control(ctx, scope, action) {
  if (ctx.method === 'PUT' && action === '__scenario') {
    scope.scenario = await readJson(ctx.req);
    return answer(ctx, 200, scope.scenario);
  }
  if (ctx.method === 'POST' && action === '__release') {
    // Also stops holding, so a request still on its way is answered rather than held forever.
    scope.scenario.hold = false;
    const held = scope.held.splice(0);
    held.forEach((release) => release());
    return answer(ctx, 200, { released: held.length });
  }
  if (ctx.method === 'GET' && action === '__requests') return answer(ctx, 200, scope.requests);
  if (ctx.method === 'PUT' && action === '__party') {
    const { view, lockedFieldIds = [], documentUrl } = await readJson(ctx.req);
    scope.party = { view, lockedFieldIds: new Set(lockedFieldIds), documentUrl };
    return answer(ctx, 200, {});
  }
  return apiError(ctx, 404, { code: 'not_found', message: `No control ${ctx.method} ${action}.` });
}

async function api(ctx, scope, path) {
  const pageImage = /^\/v1\/party\/pages\/(\d+)$/.exec(path);
  if (ctx.method === 'GET' && pageImage) return servePageImage(ctx, Number(pageImage[1]));
  const body = ['POST', 'PATCH', 'PUT'].includes(ctx.method) ? await readJson(ctx.req) : undefined;
  scope.requests.push({
    method: ctx.method,
    path,
    authorization: ctx.get('authorization') || null,
    body,
  });
  if (scope.scenario.hold) await new Promise((release) => scope.held.push(release));

  if (scope.scenario.drop) {
    // A dropped connection: the browser's fetch fails with a network error.
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const { failure } = scope.scenario;
  if (failure) {
    const { status, ...error } = failure;
    return apiError(ctx, status, error);
  }
  if (path.startsWith('/v1/party')) return partyRoute(ctx, scope, path, body);
  if (!(ctx.method === 'GET' && path === '/v1/me')) {
    return apiError(ctx, 404, {
      code: 'not_found',
      message: `No route for ${ctx.method} ${path}.`,
    });
  }
  const token = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
  if (!token)
    return apiError(ctx, 401, { code: 'unauthorized', message: 'The embed token is missing.' });
  const now = new Date().toISOString();
  return answer(ctx, 200, {
    user: {
      id: 'usr_test',
      externalId: 'agent-1',
      name: `Holder of ${token}`,
      email: 'betty@shoreline.example',
      branding: {},
      createdAt: now,
      updatedAt: now,
    },
    account: { id: 'acc_test', name: 'Shoreline Realty' },
  });
}

function servePageImage(ctx, number) {
  ctx.type = 'image/svg+xml';
  ctx.body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 612 792"><rect width="612" height="792" fill="#fff"/><text x="72" y="72" font-size="24">Page ${number}</text></svg>`;
}

/** The party routes of the API contract, on the scope's in-memory party. */
function partyRoute(ctx, scope, path, body) {
  const token = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
  if (!token)
    return apiError(ctx, 401, { code: 'unauthorized', message: 'The signing link is missing.' });
  if (token === 'expired-token')
    return apiError(ctx, 401, { code: 'token_expired', message: 'This signing link has expired.' });
  if (token === 'voided-token')
    return apiError(ctx, 401, { code: 'session_voided', message: 'The sender cancelled this document.' });
  const party = scope.party;
  if (!party) return apiError(ctx, 401, { code: 'unauthorized', message: 'Unknown signing link.' });
  const { view } = party;
  const fieldsById = new Map(view.fields.map((field) => [field.id, field]));
  const route = `${ctx.method} ${path}`;

  if (route === 'GET /v1/party') return answer(ctx, 200, view);
  if (['completed', 'declined'].includes(view.party.status)) {
    return apiError(ctx, 409, { code: 'invalid_state', message: 'You have already finished.' });
  }
  if (route === 'PATCH /v1/party/values') {
    const values = body.values ?? {};
    for (const id of Object.keys(values)) {
      const field = fieldsById.get(id);
      if (!field)
        return apiError(ctx, 403, {
          code: 'field_not_yours',
          message: 'This field belongs to another party',
          field: id,
        });
      if (field.locked || party.lockedFieldIds.has(id))
        return apiError(ctx, 403, {
          code: 'field_locked',
          message: 'This field is locked',
          field: id,
        });
    }
    for (const [id, value] of Object.entries(values)) fieldsById.get(id).value = value;
    return answer(ctx, 200, { savedAt: new Date().toISOString() });
  }
  if (route === 'POST /v1/party/consent') {
    if (body.accepted !== true || body.disclosureVersion !== view.consent.version) {
      return apiError(ctx, 400, {
        code: 'validation_failed',
        message: 'The disclosure has changed since you read it; review it again before signing.',
        field: 'consent.disclosureVersion',
      });
    }
    view.consent.acceptedAt ??= new Date().toISOString();
    return answer(ctx, 200, view.consent);
  }
  if (route === 'POST /v1/party/complete') {
    const consent = body.consent ?? {};
    if (consent.accepted !== true || consent.disclosureVersion !== view.consent.version) {
      return apiError(ctx, 422, {
        code: 'validation_failed',
        message: 'Accept the electronic records and signatures disclosure to sign',
        field: 'consent',
      });
    }
    const filled = { ...body.values, ...body.signatures };
    for (const field of view.fields) {
      const value = field.id in filled ? filled[field.id] : field.value;
      if (
        field.required &&
        field.type !== 'date_signed' &&
        (value === null || value === '' || value === false)
      )
        return apiError(ctx, 422, {
          code: 'validation_failed',
          message: 'This field is required',
          field: field.id,
        });
    }
    view.party.status = 'completed';
    return answer(ctx, 200, {
      status: party.documentUrl ? 'completed' : 'in_progress',
      documentUrl: party.documentUrl,
    });
  }
  if (route === 'POST /v1/party/decline') {
    if (!body.reason?.trim())
      return apiError(ctx, 422, {
        code: 'validation_failed',
        message: 'Give a reason',
        field: 'reason',
      });
    view.party.status = 'declined';
    return answer(ctx, 200, { status: 'declined' });
  }
  if (route === 'POST /v1/party/next-party') return answer(ctx, 201, body);
  return apiError(ctx, 404, { code: 'not_found', message: `No route for ${route}.` });
}

/** Koa middleware for `@web/test-runner`'s `middleware` option. */
export async function apiEndpoints(ctx, next) {
  const match = /^\/test-api\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, name, rest] = match;
  const scope = scopeNamed(name);
  if (await attachmentEndpoints(ctx, scope, rest)) return;
  if (await portalEndpoints(ctx, scope, rest)) return;
  if (await sendersEndpoints(ctx, scope, rest)) return;
  if (await plansEndpoints(ctx, scope, rest)) return;
  if (await formsEndpoints(ctx, scope, rest)) return;
  if (await workroomEndpoints(ctx, scope, rest)) return;
  if (await composeEndpoints(ctx, scope, rest)) return;
  if (await templatesEndpoints(ctx, scope, rest)) return;
  const controlAction = /^\/(__\w+)$/.exec(rest);
  return controlAction ? control(ctx, scope, controlAction[1]) : api(ctx, scope, rest);
}
