// The routes `<session-composer>` and `<signing-dashboard>` use, in memory per test scope, with the
// server's rules on senders, roles and Add Myself. A scope answers them once set up with `__compose`.
//   PUT  /__compose        { templates?, instructions?, clauses?, sessions?, failure? }: the world;
//                          `failure` ({ status, code, message, field? }) answers the next POST /v1/sessions
//   GET  /__compose        { requests: [{ method, url, body }] } received by these routes
//   GET  /v1/me            Betty, the caller (the first of the senders)
//   GET  /v1/templates     the templates; /v1/instructions and /v1/clauses those `senderId` owns
//   POST /v1/sessions      creates and sends a session, refusing as the server does
//   GET  /v1/sessions      newest first; `status`, `search`, `limit` and `cursor` as the server reads them
import type {
  Clause,
  CreateSessionRequest,
  ErrorCode,
  Instruction,
  Me,
  SenderChoice,
  Session,
  SessionList,
  Template,
} from '@signport/core/client';
import { packetFieldId } from '@signport/core/rules';
import { DEFAULT_SENDERS } from './senders.js';
import type { SendersState } from './senders.js';
import { answer, readJson, refuse as refuseWith } from './http.js';
import type { Context } from './http.js';
import type { Scope } from './scope.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ComposeState {
  templates: Template[];
  instructions: Instruction[];
  clauses: Clause[];
  sessions: Session[];
  failure?: { status: number; code: ErrorCode; message: string; field?: string };
  requests: Array<{ method: string; url: string; body: unknown }>;
}

/** Answers a refusal; `undefined`, for a route to return in place of what it was asked for. */
function refuse(ctx: Context, status: number, code: ErrorCode, message: string, field?: string) {
  refuseWith(ctx, status, { code, message, ...(field ? { field } : {}) });
  return undefined;
}

/** Validates a create request as `createSession` does; answers the refusal and returns undefined, or the session. */
function createSession(
  ctx: Context,
  state: ComposeState,
  senders: SenderChoice[],
  body: CreateSessionRequest,
): Session | undefined {
  const me = senders.find((s) => s.self)!.user;
  const sender = senders.find((s) => s.user.id === (body.senderId ?? me.id))?.user;
  if (!sender) return refuse(ctx, 403, 'forbidden', 'You may not send for this user.', 'senderId');
  // A packet (`templateIds`) is its templates in order, roles matched by key, fields as `d<n>.<id>`.
  const named = body.templateIds ?? [body.templateId];
  const templates: Template[] = [];
  for (const [index, templateId] of named.entries()) {
    const found = state.templates.find(
      (t) => t.id === templateId && [me.id, sender.id].includes(t.owner.id),
    );
    const field = body.templateIds ? `templateIds.${index}` : 'templateId';
    if (!found) return refuse(ctx, 404, 'not_found', 'No such template.', field);
    templates.push(found);
  }
  const template = templates[0]!;
  const roles = [...new Set(templates.flatMap((t) => t.roles.map((role) => role.key)))];
  const fieldIds = body.templateIds
    ? templates.flatMap((t, index) => t.fields.map((field) => packetFieldId(index + 1, field.id)))
    : template.fields.map((field) => field.id);
  const parties = [...(body.parties ?? [])];
  for (const [index, party] of parties.entries()) {
    if (!party.name?.trim())
      return refuse(
        ctx,
        400,
        'validation_failed',
        `parties.${index}.name is required.`,
        `parties.${index}.name`,
      );
    if (!EMAIL.test(party.email ?? ''))
      return refuse(
        ctx,
        400,
        'validation_failed',
        `parties.${index}.email: Enter a valid email address`,
        `parties.${index}.email`,
      );
    if (!roles.includes(party.role))
      return refuse(
        ctx,
        400,
        'validation_failed',
        'This template has no such role.',
        `parties.${index}.role`,
      );
  }
  if (body.addMyself) {
    const role = body.addMyselfRole ?? (roles.length === 1 ? roles[0] : undefined);
    if (!role || !roles.includes(role))
      return refuse(ctx, 400, 'validation_failed', 'Choose the role you sign as.', 'addMyselfRole');
    parties.push({ name: sender.name, email: sender.email, role });
  }
  for (const fieldId of Object.keys(body.values ?? {})) {
    if (!fieldIds.includes(fieldId))
      return refuse(
        ctx,
        400,
        'validation_failed',
        'This template has no such field.',
        `values.${fieldId}`,
      );
  }
  const now = new Date().toISOString();
  const id = `ses_${state.sessions.length + 1}`;
  return {
    id,
    templateId: template.id,
    templateName: body.name ?? templates.map((t) => t.name).join(' + '),
    mode: 'active',
    status: 'sent',
    signingOrder: 'parallel',
    parties: parties.map((party, index) => ({
      id: `${id}_pty_${index}`,
      ...party,
      locale: party.locale ?? null,
      status: 'invited',
      userId: null,
      invitedAt: now,
      viewedAt: null,
      completedAt: null,
      declinedAt: null,
      declineReason: null,
    })),
    initiator: me,
    sender,
    message: body.message ?? null,
    createdAt: now,
    updatedAt: now,
    sentAt: now,
    completedAt: null,
    expiresAt: null,
  };
}

function listSessions(ctx: Context, state: ComposeState) {
  const { status, search, cursor } = ctx.query as Record<string, string | undefined>;
  const limit = Number(ctx.query.limit ?? 25);
  const needle = search?.toLowerCase();
  const matching = state.sessions.filter(
    (session) =>
      (!status || session.status === status) &&
      (!needle ||
        [session.templateName, ...session.parties.flatMap((p) => [p.name, p.email])].some((text) =>
          text.toLowerCase().includes(needle),
        )),
  );
  // The fake's cursor is the offset; the element treats it as opaque, as it must the server's.
  const start = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) : 0;
  const end = start + limit;
  answer(ctx, 200, {
    items: matching.slice(start, end),
    nextCursor: end < matching.length ? Buffer.from(String(end)).toString('base64url') : null,
  } satisfies SessionList);
}

/** Answers the composer and dashboard routes of one test scope; resolves true when it did. */
export async function composeEndpoints(ctx: Context, scope: Scope, path: string) {
  if (path === '/__compose' && ctx.method === 'PUT') {
    const setup = await readJson<Partial<ComposeState>>(ctx.req);
    scope.compose = {
      templates: [],
      instructions: [],
      clauses: [],
      sessions: [],
      requests: (scope.compose as ComposeState | undefined)?.requests ?? [],
      ...setup,
    } satisfies ComposeState;
    answer(ctx, 200, {});
    return true;
  }
  const state = scope.compose as ComposeState | undefined;
  if (!state) return false;
  if (path === '/__compose' && ctx.method === 'GET') {
    answer(ctx, 200, { requests: state.requests });
    return true;
  }
  const route = `${ctx.method} ${path}`;
  const routes = ['GET /v1/me', 'GET /v1/templates', 'GET /v1/instructions', 'GET /v1/clauses'];
  if (![...routes, 'POST /v1/sessions', 'GET /v1/sessions'].includes(route)) return false;

  const body = ctx.method === 'POST' ? await readJson<CreateSessionRequest>(ctx.req) : undefined;
  state.requests.push({
    method: ctx.method,
    url: ctx.url.replace(/^\/test-api\/[\w-]+/, ''),
    body,
  });
  if (!/^Bearer \S+$/.test(ctx.get('authorization'))) {
    refuse(ctx, 401, 'unauthorized', 'The embed token is missing.');
    return true;
  }
  const senders = (scope.senders as SendersState | undefined)?.senders ?? DEFAULT_SENDERS;
  const me = senders.find((s) => s.self)!.user;
  const owned = <Item extends { owner: { id: string } }>(items: Item[]) =>
    items.filter((item) => item.owner.id === ctx.query.senderId);
  if (route === 'GET /v1/me') {
    const now = new Date().toISOString();
    answer(ctx, 200, {
      user: { ...me, branding: {}, locale: 'en', createdAt: now, updatedAt: now },
      account: { id: 'acc_test', name: 'Shoreline Realty' },
    } satisfies Me);
  } else if (route === 'GET /v1/templates') {
    answer(ctx, 200, { items: state.templates, nextCursor: null });
  } else if (route === 'GET /v1/instructions') {
    answer(ctx, 200, { items: owned(state.instructions), nextCursor: null });
  } else if (route === 'GET /v1/clauses') {
    answer(ctx, 200, { items: owned(state.clauses), nextCursor: null });
  } else if (route === 'GET /v1/sessions') {
    listSessions(ctx, state);
  } else if (state.failure) {
    const { status, ...error } = state.failure;
    state.failure = undefined;
    refuseWith(ctx, status, error);
  } else {
    const session = createSession(ctx, state, senders, body!);
    if (session) {
      state.sessions.unshift(session);
      answer(ctx, 201, session);
    }
  }
  return true;
}
