import { Hono } from 'hono';
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

/** The states the gallery shows each element in; each is its own fake API at `/gallery-api/<state>`. */
export const galleryStates = [
  'loading',
  'empty',
  'ready',
  'saving',
  'error',
  'completed',
  'declined',
] as const;
export type GalleryState = (typeof galleryStates)[number];

const never = () => new Promise<Response>(() => {});

/**
 * A fake Signport API for the gallery: the same answers every time, and a `loading` state that
 * never answers, so each element stays in the state it is shown in.
 */
export function galleryApi() {
  const app = new Hono();
  // The loading state is served on a second host name (see gallery-page.ts), so it is cross-origin.
  app.use('/gallery-api/*', cors({ origin: '*' }));
  app.get('/gallery-api/page.svg', (c) =>
    c.body(pageSvg, 200, { 'content-type': 'image/svg+xml' }),
  );
  app.all('/gallery-api/:state/v1/*', (c) => {
    const state = c.req.param('state') as GalleryState;
    const path = c.req.path.replace(/^\/gallery-api\/[a-z]+/, '');
    if (state === 'loading') return never();
    if (state === 'error') {
      // A link that no longer works: the elements explain it in their own words.
      return c.json({ error: { code: 'token_expired', message: 'This link has expired.' } }, 401);
    }
    if (path === '/v1/party/workroom') return c.json(workroom);
    if (path === '/v1/party') {
      const site = new URL(c.req.url).origin;
      return c.json(
        partyView(state === 'completed' || state === 'declined' ? state : 'ready', site),
      );
    }
    if (path === '/v1/sessions') return c.json(state === 'empty' ? emptySessionList : sessionList);
    if (path === '/v1/me/senders') return c.json(senderChoices);
    if (path === '/v1/me') return c.json(me);
    if (path === '/v1/templates') return c.json(templates);
    if (path === '/v1/instructions' || path === '/v1/clauses') {
      return c.json({ items: [], nextCursor: null });
    }
    if (path.endsWith('/plan-defaults')) {
      // Saving: the defaults load, and the save the page starts never finishes.
      return c.req.method === 'GET' ? c.json(planDefaults) : never();
    }
    return c.json({ error: { code: 'not_found', message: 'Not in the gallery.' } }, 404);
  });
  return app;
}
