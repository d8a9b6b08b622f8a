// The client portal contract, in memory per test scope, for `api-endpoints.ts`:
//   POST /v1/portal/login|refresh|logout|activate|password-reset|password-reset/confirm
//   GET  /v1/portal/me|documents|documents/<id>/content|feedback|activity   GET|POST /v1/portal/messages
//   GET|PUT /v1/clients/<id>/portal-access   POST /v1/clients/<id>/portal-access/invite   (embed token)
//   PUT  /__portal   merges { status, grants, documents, feedback, activity, messages, accessTtlSeconds, access }
// One client signs in: `olivia@example.com` / `correct horse battery staple` in account `acc_test`.
// Five wrong passwords lock the username for 15 minutes (429 + Retry-After). Valid link tokens are
// `activation-token-0123456789` and `reset-token-0123456789`, each usable once.

import type {
  ErrorCode,
  PortalAccessSettings,
  PortalActivityEntry,
  PortalDocument,
  PortalFeedbackEntry,
  PortalInvite,
  PortalMe,
  PortalMessage,
  PortalSection,
  PortalTokens,
} from '@signport/core/client';
import { answer, readJson, refuse as refuseWith } from './http.js';
import type { Context } from './http.js';
import type { Scope } from './scope.js';

export const PORTAL_ACCOUNT = 'acc_test';
const LOCK_AFTER_FAILURES = 5;
const LOCK_SECONDS = 900;
const COOKIE = 'signport_portal_refresh';

interface Portal {
  username: string;
  password: string;
  failures: number;
  client: PortalMe['client'];
  email: string;
  status: 'active' | 'inactive';
  grants: PortalSection[];
  accessTtlSeconds: number;
  /** `downloadUrl` is added when listed, as the server's points back at itself. */
  documents: Array<Omit<PortalDocument, 'downloadUrl'>>;
  feedback: PortalFeedbackEntry[];
  activity: PortalActivityEntry[];
  messages: PortalMessage[];
  access: PortalAccessSettings | undefined;
  accessTokens: Set<string>;
  refreshTokens: Set<string>;
  linkTokens: Set<string>;
  issued: number;
}

/** What a portal request may carry; each route reads its own part. */
type PortalBody = Record<string, string | undefined> & {
  profile?: { username?: string; loginProfileId?: string };
  grants?: PortalSection[];
  buyerNameDisplay?: PortalAccessSettings['buyerNameDisplay'];
};

function freshPortal(): Portal {
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  return {
    username: 'olivia@example.com',
    password: 'correct horse battery staple',
    failures: 0,
    client: { id: 'cli_olivia', name: 'Olivia Owner', type: 'owner' },
    email: 'olivia@example.com',
    status: 'active',
    grants: ['documents', 'feedback', 'messages', 'activity'],
    accessTtlSeconds: 900,
    documents: [
      // `downloadUrl` is added when listed, as the server's points back at itself.
      { id: 'doc_1', name: 'Listing agreement.pdf', kind: 'signing', createdAt: day(3) },
    ],
    feedback: [
      {
        id: 'fb_1',
        propertyId: 'prop_1',
        showingAt: day(2),
        buyerName: 'Brenda',
        rating: 4,
        comments: 'Lovely garden.',
      },
    ],
    activity: [
      { id: 'act_1', at: day(1), kind: 'showing', summary: 'Showing on Maple Street' },
      { id: 'act_2', at: day(20), kind: 'offer', summary: 'Offer received' },
      { id: 'act_3', at: day(60), kind: 'document', summary: 'Listing agreement signed' },
    ],
    messages: [
      {
        id: 'msg_2',
        from: 'agent',
        body: 'Two showings booked for Saturday.',
        createdAt: day(1),
        readAt: null,
      },
      {
        id: 'msg_1',
        from: 'client',
        body: 'Any news this week?',
        createdAt: day(2),
        readAt: day(2),
      },
    ],
    access: undefined,
    accessTokens: new Set(),
    refreshTokens: new Set(),
    linkTokens: new Set(['activation-token-0123456789', 'reset-token-0123456789']),
    issued: 0,
  };
}

function refuse(ctx: Context, status: number, code: ErrorCode, message: string, field?: string) {
  refuseWith(ctx, status, { code, message, ...(field ? { field } : {}) });
}

function bearer(ctx: Context) {
  return /^Bearer (.+)$/.exec(ctx.get('authorization'))?.[1];
}

function issueTokens(ctx: Context, portal: Portal, base: string) {
  const n = ++portal.issued;
  const refreshToken = `portal-refresh-${n}-0123456789`;
  const tokens: PortalTokens = {
    accessToken: `portal-access-${n}`,
    accessTokenExpiresAt: new Date(Date.now() + portal.accessTtlSeconds * 1000).toISOString(),
    refreshToken,
  };
  portal.accessTokens.add(tokens.accessToken);
  portal.refreshTokens.add(refreshToken);
  ctx.set(
    'set-cookie',
    `${COOKIE}=${tokens.refreshToken}; Path=${base}/v1/portal; HttpOnly; SameSite=Lax`,
  );
  return answer(ctx, 200, tokens);
}

// Two entries of the server's list of common and breached passwords that look strong to the element.
const COMMON_PASSWORDS = new Set(['manchester', 'q1w2e3r4t5y6']);

function checkNewPassword(ctx: Context, password: unknown) {
  if (typeof password !== 'string' || password.length < 8) {
    refuse(ctx, 422, 'validation_failed', 'Use at least 8 characters', 'password');
    return false;
  }
  if (COMMON_PASSWORDS.has(password.normalize('NFKC').toLowerCase())) {
    refuse(
      ctx,
      400,
      'password_too_common',
      'This password is one of the most common or breached passwords. Choose another one, such as a few unrelated words.',
      'password',
    );
    return false;
  }
  return true;
}

/** The client's own routes: `/v1/portal/...`. */
function clientRoute(ctx: Context, portal: Portal, route: string, body: PortalBody, base: string) {
  if (route === 'POST /v1/portal/login') {
    if (portal.failures >= LOCK_AFTER_FAILURES) {
      ctx.set('retry-after', String(LOCK_SECONDS));
      return refuse(ctx, 429, 'rate_limited', 'Too many attempts. Try again later.');
    }
    const known =
      body.accountId === PORTAL_ACCOUNT && body.username?.trim().toLowerCase() === portal.username;
    if (!known || body.password !== portal.password || portal.status !== 'active') {
      if (known) portal.failures++;
      return refuse(ctx, 401, 'unauthorized', 'The username or password is incorrect.');
    }
    portal.failures = 0;
    return issueTokens(ctx, portal, base);
  }
  if (route === 'POST /v1/portal/refresh') {
    const cookie = new RegExp(`${COOKIE}=([^;]+)`).exec(ctx.get('cookie'))?.[1];
    const token = body.refreshToken ?? cookie;
    if (!portal.refreshTokens.delete(token ?? '') || portal.status !== 'active')
      return refuse(ctx, 401, 'unauthorized', 'Sign in again.');
    return issueTokens(ctx, portal, base);
  }
  if (route === 'POST /v1/portal/logout') {
    portal.refreshTokens.clear();
    portal.accessTokens.clear();
    return answer(ctx, 204);
  }
  if (route === 'POST /v1/portal/password-reset') {
    return answer(ctx, 202, { message: 'If the username exists, we sent an email.' });
  }
  if (route === 'POST /v1/portal/activate' || route === 'POST /v1/portal/password-reset/confirm') {
    if (!checkNewPassword(ctx, body.password)) return;
    if (!portal.linkTokens.delete(body.token ?? ''))
      return refuse(
        ctx,
        400,
        'token_expired',
        'This link has expired or was already used. Ask your agent for a new one.',
        'token',
      );
    portal.password = body.password!;
    // As the server does, setting the password signs the client in.
    return issueTokens(ctx, portal, base);
  }

  // As the server does: a message refused because the agent turned access off says so.
  if (
    route === 'POST /v1/portal/messages' &&
    portal.accessTokens.has(bearer(ctx) ?? '') &&
    portal.status !== 'active'
  )
    return refuse(
      ctx,
      403,
      'portal_access_revoked',
      'Your access was turned off by your agent; your message was not sent.',
    );
  // Everything below needs a live session of an active client.
  if (!portal.accessTokens.has(bearer(ctx) ?? '') || portal.status !== 'active')
    return refuse(ctx, 401, 'unauthorized', 'Your session has ended.');
  const [pathOnly, search = ''] = route.split('?');
  const may = (section: PortalSection) => portal.grants.includes(section);
  const page = (items: unknown[]) => answer(ctx, 200, { items, nextCursor: null });
  switch (pathOnly) {
    case 'GET /v1/portal/me':
      return answer(ctx, 200, {
        client: portal.client,
        profile: { id: 'lp_olivia', username: portal.username },
        properties: [{ id: 'prop_1', address: '12 Maple Street' }],
        agent: { name: 'Alice Agent', email: 'alice@shoreline.example' },
        sections: (
          [
            'documents',
            'feedback',
            'showings',
            'offers',
            'messages',
            'activity',
            'signings',
          ] as const
        ).filter(may),
      } satisfies PortalMe);
    case 'GET /v1/portal/documents':
      if (!may('documents')) return refuse(ctx, 403, 'forbidden', 'Not shared with you.');
      return page(
        portal.documents.map((document): PortalDocument => ({
          ...document,
          downloadUrl: `${ctx.origin}${base}/v1/portal/documents/${document.id}/content`,
        })),
      );
    case 'GET /v1/portal/feedback':
      return may('feedback')
        ? page(portal.feedback)
        : refuse(ctx, 403, 'forbidden', 'Not shared with you.');
    case 'GET /v1/portal/activity': {
      if (!may('activity')) return refuse(ctx, 403, 'forbidden', 'Not shared with you.');
      const from = new URLSearchParams(search).get('from') ?? '';
      return page(portal.activity.filter((entry) => entry.at.slice(0, 10) >= from));
    }
    case 'GET /v1/portal/messages':
      return may('messages')
        ? page(portal.messages)
        : refuse(ctx, 403, 'forbidden', 'Not shared with you.');
    case 'POST /v1/portal/messages': {
      if (!may('messages')) return refuse(ctx, 403, 'forbidden', 'Not shared with you.');
      const text = typeof body.body === 'string' ? body.body.trim() : '';
      if (!text) return refuse(ctx, 422, 'validation_failed', 'Write a message', 'body');
      const message: PortalMessage = {
        id: `msg_${portal.messages.length + 1}`,
        from: 'client',
        body: text,
        createdAt: new Date().toISOString(),
        readAt: null,
      };
      portal.messages.push(message);
      return answer(ctx, 201, message);
    }
  }
  const content = /^GET \/v1\/portal\/documents\/([^/]+)\/content$/.exec(pathOnly ?? '');
  if (
    content &&
    may('documents') &&
    portal.documents.some((document) => document.id === content[1])
  ) {
    ctx.status = 200;
    ctx.type = 'application/pdf';
    ctx.set('content-disposition', `attachment; filename="${content[1]}.pdf"`);
    ctx.body = '%PDF-1.7\n%%EOF\n';
    return;
  }
  return refuse(ctx, 404, 'not_found', `No route for ${route}.`);
}

/** The agent's routes: `/v1/clients/<id>/portal-access...`, with an embed token. */
function agentRoute(
  ctx: Context,
  portal: Portal,
  clientId: string,
  action: string | undefined,
  body: PortalBody,
) {
  if (!bearer(ctx)) return refuse(ctx, 401, 'unauthorized', 'The embed token is missing.');
  if (clientId !== portal.client.id) return refuse(ctx, 404, 'not_found', 'No such client.');
  if (ctx.method === 'GET' && !action)
    return portal.access
      ? answer(ctx, 200, portal.access)
      : refuse(ctx, 404, 'not_found', 'No portal access yet.');
  if (ctx.method === 'PUT' && !action) {
    const { profile = {}, grants = [], buyerNameDisplay = 'first_name' } = body;
    const username = profile.username?.trim().toLowerCase();
    if (username !== undefined && /\s/.test(username))
      return refuse(ctx, 422, 'validation_failed', 'A username has no spaces', 'profile.username');
    if (username === 'taken@example.com')
      return refuse(
        ctx,
        409,
        'conflict',
        'This username is already used by another client',
        'profile.username',
      );
    portal.grants = grants;
    portal.access = {
      clientId,
      loginProfileId: profile.loginProfileId ?? portal.access?.loginProfileId ?? 'lp_olivia',
      username: username ?? portal.access?.username ?? portal.email,
      grants,
      buyerNameDisplay,
      state: portal.access?.state ?? 'not_invited',
      invitedAt: portal.access?.invitedAt ?? null,
      activatedAt: portal.access?.activatedAt ?? null,
    };
    portal.username = portal.access.username;
    return answer(ctx, 200, portal.access);
  }
  if (ctx.method === 'POST' && action === '/invite') {
    if (!portal.access) return refuse(ctx, 409, 'invalid_state', 'Set up portal access first.');
    return answer(ctx, 200, {
      sentTo: portal.email,
      expiresAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
    } satisfies PortalInvite);
  }
  return refuse(ctx, 404, 'not_found', `No route for ${ctx.method} ${action}.`);
}

/**
 * Answers the portal routes and the `__portal` control of one scope; resolves `false` for any
 * other path so the caller handles it.
 */
export async function portalEndpoints(ctx: Context, scope: Scope, path: string) {
  const agent = /^\/v1\/clients\/([^/]+)\/portal-access(\/invite)?$/.exec(path);
  const isControl = path === '/__portal';
  if (!isControl && !agent && !path.startsWith('/v1/portal/')) return false;
  const portal = (scope.portal ??= freshPortal()) as Portal;
  const body = ['POST', 'PUT'].includes(ctx.method) ? await readJson<PortalBody>(ctx.req) : {};
  if (isControl) {
    Object.assign(portal, body);
    answer(ctx, 200, {});
    return true;
  }
  scope.requests.push({
    method: ctx.method,
    path,
    authorization: ctx.get('authorization') || null,
    body,
  });
  const base = ctx.path.slice(0, ctx.path.length - path.length);
  const search = ctx.querystring ? `?${ctx.querystring}` : '';
  if (agent) agentRoute(ctx, portal, decodeURIComponent(agent[1]!), agent[2], body);
  else clientRoute(ctx, portal, `${ctx.method} ${path}${search}`, body, base);
  return true;
}
