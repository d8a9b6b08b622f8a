// The dashboard's row actions on the sessions `__compose` set up, as the server answers them:
//   POST /v1/sessions/<id>/void          { reason? }: the session, voided; 409 once it is over
//   POST /v1/sessions/<id>/remind        { reminded, parties }: the parties whose turn it is
//   GET  /v1/sessions/<id>/document.pdf  the (fake) sealed PDF
// Each request is recorded in `__compose`'s `requests` with the others.
import type { Session, VoidSessionRequest } from '@signport/core/client';
import type { ComposeState } from './compose.js';
import { answer, readJson, refuse } from './http.js';
import type { Context } from './http.js';
import type { Scope } from './scope.js';

const open = new Set<Session['status']>(['draft', 'sent', 'in_progress']);

export async function sessionActionEndpoints(ctx: Context, scope: Scope, path: string) {
  const state = scope.compose as ComposeState | undefined;
  const match = /^\/v1\/sessions\/([\w-]+)\/(void|remind|document\.pdf)$/.exec(path);
  if (!state || !match) return false;
  const [, id, action] = match;
  const body = ctx.method === 'POST' ? await readJson<VoidSessionRequest>(ctx.req) : undefined;
  state.requests.push({ method: ctx.method, url: path, body });
  const session = state.sessions.find((candidate) => candidate.id === id);
  if (!session) {
    refuse(ctx, 404, { code: 'not_found', message: 'No such session.' });
  } else if (action === 'document.pdf') {
    ctx.status = 200;
    ctx.type = 'application/pdf';
    ctx.body = '%PDF-1.7 fake';
  } else if (!open.has(session.status)) {
    refuse(ctx, 409, { code: 'invalid_state', message: 'This session is over.' });
  } else if (action === 'void') {
    session.status = 'voided';
    answer(ctx, 200, session satisfies Session);
  } else {
    const due = session.parties.filter((party) => ['invited', 'viewed'].includes(party.status));
    answer(ctx, 200, {
      reminded: due.length,
      parties: due.map((party) => ({ partyId: party.id, outcome: 'sent' })),
    });
  }
  return true;
}
