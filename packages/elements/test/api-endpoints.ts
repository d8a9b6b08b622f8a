// Real HTTP endpoints served by the test runner's own server, answering as the Signport API does
// (`/v1/me`, the party routes and the one error shape), typed against core's schemas so that an
// answer that drifts from the server's fails typecheck. Each test works in its own scope,
// `/test-api/<scope>/…`, so test files running side by side never see each other's requests.
//   GET  /test-api/<scope>/v1/me          the caller, named after the bearer token it sent
//   GET|PATCH|POST /test-api/<scope>/v1/party…   the party contract (initial-all included), on the view set by `__party`
//     (a consent accepted there stands: the next `GET /v1/party` says when)
//   GET  /test-api/<scope>/v1/party/pages/<n>   an SVG page image (images carry no token)
//   POST /test-api/<scope>/v1/party/attachments/<fieldId>   an upload (see api/attachments.ts)
//   PUT  /test-api/<scope>/__scenario     { hold?, drop?: boolean, failure?: { status, code, message, field? } }
//   PUT  /test-api/<scope>/__party        { view, lockedFieldIds?, documentUrl? }: the party's starting point
//   POST /test-api/<scope>/__release      stops holding and answers every request held so far
//   GET  /test-api/<scope>/__requests     [{ method, path, authorization, body }] received by the API routes
// The workroom (`/v1/party/workroom`, `__workroom`) is answered by api/workroom.ts.

import type {
  CompletePartyRequest,
  ConsentDisclosure,
  DeclinePartyRequest,
  InitialAllOutcome,
  InitialAllRequest,
  Me,
  NamedParties,
  NextPartyRequest,
  PartyConsent,
  PartyOutcome,
  PartyView,
  SavedPartyValues,
  SavePartyValuesRequest,
} from '@signport/core/client';
import { attachmentEndpoints } from './api/attachments.js';
import { portalEndpoints } from './api/portal.js';
import { sendersEndpoints } from './api/senders.js';
import { plansEndpoints } from './api/plans.js';
import { formsEndpoints } from './api/forms.js';
import { workroomEndpoints } from './api/workroom.js';
import { composeEndpoints } from './api/compose.js';
import { sessionActionEndpoints } from './api/session-actions.js';
import { templatesEndpoints } from './api/templates.js';
import { workspaceEndpoints } from './api/workspace.js';
import { answer, readJson, refuse } from './api/http.js';
import type { Context } from './api/http.js';
import type { Scope } from './api/scope.js';

const scopes = new Map<string, Scope>();

function scopeNamed(name: string): Scope {
  let scope = scopes.get(name);
  if (!scope)
    scopes.set(name, (scope = { scenario: {}, requests: [], held: [], party: undefined }));
  return scope;
}

/** A failure a test asked for, answered as it is. */
function fail(ctx: Context, failure: NonNullable<Scope['scenario']['failure']>) {
  const { status, ...error } = failure;
  answer(ctx, status, { error });
}

async function control(ctx: Context, scope: Scope, action: string) {
  if (ctx.method === 'PUT' && action === '__scenario') {
    scope.scenario = await readJson<Scope['scenario']>(ctx.req);
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
    const {
      view,
      lockedFieldIds = [],
      documentUrl,
    } = await readJson<{
      view: PartyView;
      lockedFieldIds?: string[];
      documentUrl?: string;
    }>(ctx.req);
    scope.party = { view, lockedFieldIds: new Set(lockedFieldIds), documentUrl };
    return answer(ctx, 200, {});
  }
  return refuse(ctx, 404, { code: 'not_found', message: `No control ${ctx.method} ${action}.` });
}

async function api(ctx: Context, scope: Scope, path: string) {
  const pageImage = /^\/v1\/party\/pages\/(\d+)$/.exec(path);
  if (ctx.method === 'GET' && pageImage) return servePageImage(ctx, Number(pageImage[1]));
  const body = ['POST', 'PATCH', 'PUT'].includes(ctx.method) ? await readJson(ctx.req) : undefined;
  scope.requests.push({
    method: ctx.method,
    path,
    authorization: ctx.get('authorization') || null,
    body,
    language: ctx.get('accept-language') || null,
  });
  if (scope.scenario.hold) await new Promise<void>((release) => scope.held.push(release));

  if (scope.scenario.drop) {
    // A dropped connection: the browser's fetch fails with a network error.
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const { failure } = scope.scenario;
  if (failure) return fail(ctx, failure);
  if (path.startsWith('/v1/party')) return partyRoute(ctx, scope, path, body);
  if (!(ctx.method === 'GET' && path === '/v1/me')) {
    return refuse(ctx, 404, {
      code: 'not_found',
      message: `No route for ${ctx.method} ${path}.`,
    });
  }
  const token = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
  if (!token)
    return refuse(ctx, 401, { code: 'unauthorized', message: 'The embed token is missing.' });
  const now = new Date().toISOString();
  return answer(ctx, 200, {
    user: {
      id: 'usr_test',
      externalId: 'agent-1',
      name: `Holder of ${token}`,
      email: 'betty@shoreline.example',
      branding: {},
      locale: 'en',
      createdAt: now,
      updatedAt: now,
    },
    account: { id: 'acc_test', name: 'Shoreline Realty' },
  } satisfies Me);
}

function servePageImage(ctx: Context, number: number) {
  ctx.type = 'image/svg+xml';
  ctx.body = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 612 792"><rect width="612" height="792" fill="#fff"/><text x="72" y="72" font-size="24">Page ${number}</text></svg>`;
}

/** The party routes of the API contract, on the scope's in-memory party. */
function partyRoute(ctx: Context, scope: Scope, path: string, body: unknown) {
  const token = /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
  if (!token)
    return refuse(ctx, 401, { code: 'unauthorized', message: 'The signing link is missing.' });
  if (token === 'expired-token')
    return refuse(ctx, 401, { code: 'token_expired', message: 'This signing link has expired.' });
  if (token === 'voided-token')
    return refuse(ctx, 401, {
      code: 'session_voided',
      message: 'The sender cancelled this document.',
    });
  const party = scope.party;
  if (!party) return refuse(ctx, 401, { code: 'unauthorized', message: 'Unknown signing link.' });
  const { view } = party;
  const fieldsById = new Map(view.fields.map((field) => [field.id, field]));
  const route = `${ctx.method} ${path}`;

  if (route === 'GET /v1/party') return answer(ctx, 200, view satisfies PartyView);
  if (['completed', 'declined'].includes(view.party.status)) {
    return refuse(ctx, 409, { code: 'invalid_state', message: 'You have already finished.' });
  }
  if (route === 'PATCH /v1/party/values') {
    const values = (body as SavePartyValuesRequest).values ?? {};
    for (const id of Object.keys(values)) {
      const field = fieldsById.get(id);
      if (!field)
        return refuse(ctx, 403, {
          code: 'field_not_yours',
          message: 'This field belongs to another party',
          field: id,
        });
      if (field.locked || party.lockedFieldIds.has(id))
        return refuse(ctx, 403, {
          code: 'field_locked',
          message: 'This field is locked',
          field: id,
        });
    }
    for (const [id, value] of Object.entries(values)) fieldsById.get(id)!.value = value;
    return answer(ctx, 200, { savedAt: new Date().toISOString() } satisfies SavedPartyValues);
  }
  if (route === 'POST /v1/party/consent') {
    const consent = body as PartyConsent;
    if (consent.accepted !== true || consent.disclosureVersion !== view.consent.version) {
      return refuse(ctx, 400, {
        code: 'validation_failed',
        message: 'The disclosure has changed since you read it; review it again before signing.',
        field: 'consent.disclosureVersion',
      });
    }
    view.consent.acceptedAt ??= new Date().toISOString();
    return answer(ctx, 200, view.consent satisfies ConsentDisclosure);
  }
  if (route === 'POST /v1/party/complete') {
    const request = body as CompletePartyRequest;
    const consent: Partial<PartyConsent> = request.consent ?? {};
    if (consent.accepted !== true || consent.disclosureVersion !== view.consent.version) {
      return refuse(ctx, 422, {
        code: 'validation_failed',
        message: 'Accept the electronic records and signatures disclosure to sign',
        field: 'consent',
      });
    }
    const filled: Record<string, unknown> = { ...request.values, ...request.signatures };
    for (const field of view.fields) {
      const value = field.id in filled ? filled[field.id] : field.value;
      if (
        field.required &&
        field.type !== 'date_signed' &&
        (value === null || value === '' || value === false)
      )
        return refuse(ctx, 422, {
          code: 'validation_failed',
          message: 'This field is required',
          field: field.id,
        });
    }
    view.party.status = 'completed';
    return answer(ctx, 200, {
      status: party.documentUrl ? 'completed' : 'in_progress',
      partyStatus: 'completed',
      documentUrl: party.documentUrl,
    } satisfies PartyOutcome);
  }
  if (route === 'POST /v1/party/decline') {
    if (!(body as Partial<DeclinePartyRequest>).reason?.trim())
      return refuse(ctx, 422, {
        code: 'validation_failed',
        message: 'Give a reason',
        field: 'reason',
      });
    view.party.status = 'declined';
    return answer(ctx, 200, { status: 'declined', partyStatus: 'declined' } satisfies PartyOutcome);
  }
  if (route === 'POST /v1/party/initial-all') {
    const { initials, confirm } = body as Partial<InitialAllRequest>;
    if (confirm !== true || !initials?.startsWith('data:image/png;base64,'))
      return refuse(ctx, 400, {
        code: 'validation_failed',
        message: 'Confirm the initials',
        field: 'confirm',
      });
    const filled = view.fields.filter((field) => field.type === 'initials' && !field.locked);
    for (const field of filled) field.value = initials;
    return answer(ctx, 200, {
      fieldIds: filled.map((field) => field.id),
      savedAt: new Date().toISOString(),
    } satisfies InitialAllOutcome);
  }
  if (route === 'POST /v1/party/next-party') {
    const { role, parties } = body as NextPartyRequest;
    return answer(ctx, 201, {
      role,
      parties: parties.map(({ name, email }, index) => ({
        id: `pty_${role}_${index}`,
        name,
        email,
      })),
    } satisfies NamedParties);
  }
  return refuse(ctx, 404, { code: 'not_found', message: `No route for ${route}.` });
}

/** Koa middleware for `@web/test-runner`'s `middleware` option. */
export async function apiEndpoints(ctx: Context, next: () => Promise<unknown>) {
  const match = /^\/test-api\/([\w-]+)(\/.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, name = '', rest = ''] = match;
  const scope = scopeNamed(name);
  if (await attachmentEndpoints(ctx, scope, rest)) return;
  if (await portalEndpoints(ctx, scope, rest)) return;
  if (await sendersEndpoints(ctx, scope, rest)) return;
  if (await plansEndpoints(ctx, scope, rest)) return;
  if (await formsEndpoints(ctx, scope, rest)) return;
  if (await workroomEndpoints(ctx, scope, rest)) return;
  if (await composeEndpoints(ctx, scope, rest)) return;
  if (await sessionActionEndpoints(ctx, scope, rest)) return;
  if (await templatesEndpoints(ctx, scope, rest)) return;
  if (await workspaceEndpoints(ctx, scope, rest)) return;
  const controlAction = /^\/(__\w+)$/.exec(rest);
  return controlAction ? control(ctx, scope, controlAction[1]!) : api(ctx, scope, rest);
}
