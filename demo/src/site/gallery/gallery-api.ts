import { Hono } from 'hono';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import {
  emptySessionList,
  me,
  templates,
  pageSvg,
  partyView,
  planDefaults,
  senderChoices,
  sessionList,
  workroom,
} from './gallery-fixtures.js';
import {
  builderTemplate,
  portalAccess,
  portalActivity,
  portalDocuments,
  portalFeedback,
  portalMe,
  portalMessages,
  portalTokens,
} from './gallery-portal-fixtures.js';
import {
  clientActivity,
  clientDocuments,
  clientList,
  clientLog,
  clientMessages,
  olivia,
  plan,
  taskPage,
  teamContacts,
  usage,
} from './gallery-workspace-fixtures.js';

/** The states the gallery shows each element in; each is its own fake API at `/gallery-api/<state>`. */
export const galleryStates = [
  'loading',
  'empty',
  'ready',
  'saving',
  'error',
  'completed',
  'declined',
  'signed-out',
] as const;
export type GalleryState = (typeof galleryStates)[number];

const never = () => new Promise<Response>(() => {});
const emptyPage = { items: [], nextCursor: null };

/** A signing link or portal session the server no longer accepts. */
const signedOut = (c: Context) =>
  c.json({ error: { code: 'token_expired', message: 'This link has expired.' } }, 401);

/**
 * The portal's answers. A browser that holds a portal session (the API address ends `/signed-in`)
 * resumes it; others get the sign-in form. Signed out: the session resumes, then its next request
 * is refused and so is the refresh that follows, as when an agent turns a client's access off.
 * Error: the portal opens and a section fails to load.
 */
async function portalAnswer(
  c: Context,
  {
    state,
    path,
    site,
    signedIn,
  }: { state: GalleryState; path: string; site: string; signedIn: boolean },
) {
  if (path === '/v1/portal/refresh') {
    const body = (await c.req.json().catch(() => ({}))) as { refreshToken?: string };
    const refused = !signedIn || (state === 'signed-out' && body.refreshToken);
    return refused ? signedOut(c) : c.json(portalTokens);
  }
  if (path === '/v1/portal/logout') return c.body(null, 204);
  if (path === '/v1/portal/me') return c.json(portalMe);
  if (state === 'signed-out') return signedOut(c);
  if (state === 'error') {
    return c.json(
      { error: { code: 'internal_error', message: 'This section could not be loaded.' } },
      500,
    );
  }
  const empty = state === 'empty';
  if (path === '/v1/portal/documents') return c.json(empty ? emptyPage : portalDocuments(site));
  if (path === '/v1/portal/feedback') return c.json(empty ? emptyPage : portalFeedback);
  if (path === '/v1/portal/messages') return c.json(empty ? emptyPage : portalMessages);
  if (path === '/v1/portal/activity') return c.json(empty ? emptyPage : portalActivity);
  return undefined;
}

/** The agent's workspace: clients and what is known of them, tasks, plans and credits. */
function workspaceAnswer(c: Context, state: GalleryState, path: string) {
  const empty = state === 'empty';
  if (path === '/v1/clients') return c.json(empty ? emptyPage : clientList);
  if (path === '/v1/clients/cli_olivia') {
    return c.json(empty ? { ...olivia, hasPortalAccess: false, unreadMessages: 0 } : olivia);
  }
  if (path === '/v1/clients/cli_olivia/messages') return c.json(empty ? emptyPage : clientMessages);
  if (path === '/v1/clients/cli_olivia/communications') {
    return c.json(empty ? emptyPage : clientLog);
  }
  if (path === '/v1/clients/cli_olivia/activity') return c.json(empty ? emptyPage : clientActivity);
  if (path === '/v1/clients/cli_olivia/documents') {
    return c.json(empty ? emptyPage : clientDocuments);
  }
  if (path === '/v1/clients/cli_olivia/portal-access') {
    // No access yet answers 404, and the element offers to set it up.
    if (empty) return c.json({ error: { code: 'not_found', message: 'No portal access.' } }, 404);
    return c.json(portalAccess);
  }
  if (path === '/v1/tasks') return c.json(empty ? emptyPage : taskPage);
  if (path === '/v1/plans/plan_gallery') return c.json(plan);
  if (path === '/v1/teams/team_gallery/contacts') return c.json(teamContacts);
  if (path === '/v1/usage') return c.json(empty ? { ...usage, agents: [] } : usage);
  return undefined;
}

/**
 * A fake Signport API for the gallery: the same answers every time, a `loading` state that never
 * answers, and a `saving` state whose changes never finish, so each element stays in the state it
 * is shown in.
 */
export function galleryApi() {
  const app = new Hono();
  // Loading and saving tiles are served on other host names (see gallery-page.ts): cross-origin,
  // with credentials for the portal's refresh cookie.
  app.use('/gallery-api/*', cors({ origin: (origin) => origin, credentials: true }));
  app.get('/gallery-api/page.svg', (c) =>
    c.body(pageSvg, 200, { 'content-type': 'image/svg+xml' }),
  );
  app.all('/gallery-api/:state/*', async (c) => {
    const state = c.req.param('state') as GalleryState;
    const [, signedIn, path = ''] =
      /^\/gallery-api\/[a-z-]+(\/signed-in)?(\/v1\/.*)$/.exec(c.req.path) ?? [];
    const site = new URL(c.req.url).origin;
    if (state === 'loading') return never();
    if (path.startsWith('/v1/portal/')) {
      const answer = await portalAnswer(c, { state, path, site, signedIn: Boolean(signedIn) });
      if (answer) return answer;
    }
    // A link that no longer works: the elements explain it in their own words.
    if (state === 'signed-out') return signedOut(c);
    // Saving: the element's data loads, and the change it sends never finishes.
    if (state === 'saving' && c.req.method !== 'GET') return never();
    if (path === '/v1/party/workroom') return c.json(workroom);
    if (path === '/v1/party') {
      return c.json(
        partyView(state === 'completed' || state === 'declined' ? state : 'ready', site),
      );
    }
    if (path === '/v1/sessions') return c.json(state === 'empty' ? emptySessionList : sessionList);
    if (path === '/v1/me/senders') return c.json(senderChoices);
    if (path === '/v1/me') return c.json(me);
    if (path === '/v1/templates') return c.json(templates);
    if (path === '/v1/templates/tpl_gallery') return c.json(builderTemplate(site));
    if (path === '/v1/instructions' || path === '/v1/clauses') return c.json(emptyPage);
    if (path.endsWith('/plan-defaults')) return c.json(planDefaults);
    const answer = workspaceAnswer(c, state, path);
    if (answer) return answer;
    return c.json({ error: { code: 'not_found', message: 'Not in the gallery.' } }, 404);
  });
  return app;
}
