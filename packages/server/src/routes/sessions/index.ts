import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import {
  ApiErrorBody,
  AuditTrail,
  CreateSessionRequest,
  Id,
  ListSessionsQuery,
  PartyLink,
  RemindResult,
  RemindSessionRequest,
  Session,
  SessionDetail,
  SessionList,
  VoidSessionRequest,
  singleLineText,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { pathSigner } from '../../platform/blobs/signed-path.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { validationError } from '../../platform/errors/validation-error.js';
import { embedTokenAuth, type EmbedTokenAuthEnv } from '../../middleware/embed-token-auth.js';
import { createPartyLink } from '../../capabilities/sessions/create-party-link.js';
import { createSession } from '../../capabilities/sessions/create-session.js';
import { findSenderSession } from '../../capabilities/sessions/find-sender-session.js';
import { getAuditTrail } from '../../capabilities/sessions/get-audit-trail.js';
import { listSessions } from '../../capabilities/sessions/list-sessions.js';
import { findSignedDocumentSession } from '../../capabilities/sessions/find-signed-document-session.js';
import type { LoadedSession, SessionRow } from '../../capabilities/sessions/load-session.js';
import { openSessionDocument } from '../../capabilities/sessions/open-session-document.js';
import { remindSession } from '../../capabilities/sessions/remind-session.js';
import { requestOrigin } from '../../platform/http/request-origin.js';
import { sendDraft } from '../../capabilities/sessions/send-draft.js';
import { toSessionDetail } from '../../capabilities/sessions/to-session-detail.js';
import { toSessionResponse } from '../../capabilities/sessions/to-session-response.js';
import { voidSession } from '../../capabilities/sessions/void-session.js';
import { errorResponses } from '../error-responses.js';
import { registerSessionValueRoutes } from './values.js';
import { registerSessionPartyRoutes } from './parties.js';
import { registerSessionAttachmentRoutes } from './attachments.js';
import { registerSessionWorkroomRoutes } from './workroom.js';
import { registerSessionDocumentRoutes } from './documents.js';
import { createRouter } from '../create-router.js';

interface DocumentAccessEnv extends EmbedTokenAuthEnv {
  Variables: EmbedTokenAuthEnv['Variables'] & { session: SessionRow; viaLink: boolean };
}

const SessionParams = z.object({ id: Id.meta({ description: 'The session id' }) });
const DocumentQuery = z.object({
  signature: singleLineText().max(200).optional(),
  expires: singleLineText().max(20).optional(),
});
const conflict = {
  409: {
    description: 'Not possible in the session’s state (`invalid_state`, `conflict`)',
    content: { 'application/json': { schema: ApiErrorBody } },
  },
};

function registerSessionRoutes(
  app: App,
  { db, clock, signer, config, blobStoreFor }: AppContext,
): void {
  const auth = embedTokenAuth({ db, signer, clock });
  const paths = pathSigner(signer);
  const linkDeps = {
    clock,
    publicUrl: config.publicUrl,
    partyLinkTtlDays: config.partyLinkTtlDays,
  };
  const respond = async (loaded: LoadedSession) =>
    (await toSessionResponse(db, [loaded]))[0] as Session;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Sessions'],
      summary: 'Start a session from a template or a packet of templates',
      description:
        '`templateId`, or `templateIds` for a packet: several templates signed as one document, in order, ' +
        'roles matched by key. ' +
        'Parties by role (several people may share a role; each signs), prefilled values, fields locked ' +
        'for this session, and a message. A draft unless `send` is true. You are the initiator; the sender ' +
        'is you, or `senderId` when a delegation with the `send` scope lets you act for them (403 ' +
        '`forbidden`, nothing created, otherwise). `addMyself` adds the sender as a party.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: CreateSessionRequest } } },
      },
      responses: {
        201: { description: 'The session', content: { 'application/json': { schema: Session } } },
        ...errorResponses(400, 401, 403, 404, 413, 415),
        ...conflict,
      },
    }),
    async (c) => {
      const created = await createSession(
        { db, ...linkDeps, pdfWorkers: config.pdfWorkers, blobStoreFor },
        c.var.principal,
        c.req.valid('json'),
        requestOrigin(c, config),
      );
      return c.json(await respond(created), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Sessions'],
      summary: 'Your sessions',
      description:
        'Sessions you sent or initiated, newest first; `as=all`: every session of every sender you may ' +
        'act for (`send` scope), each naming its sender and initiator. Filter by status or sender, or ' +
        'search parties and template.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { query: ListSessionsQuery },
      responses: {
        200: { description: 'One page', content: { 'application/json': { schema: SessionList } } },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const { items, nextCursor } = await listSessions(db, c.var.principal, c.req.valid('query'));
      return c.json({ items: await toSessionResponse(db, items), nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['Sessions'],
      summary: 'A session with its parties, sender, initiator and filled values',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { params: SessionParams },
      responses: {
        200: {
          description: 'The session',
          content: { 'application/json': { schema: SessionDetail } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const loaded = await findSenderSession(db, c.var.principal, c.req.valid('param').id);
      return c.json(await toSessionDetail(db, loaded), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/send',
      tags: ['Sessions'],
      summary: 'Send a draft',
      description:
        'Emails a signing link to each party whose turn it is; later parties are invited as earlier ones sign.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { params: SessionParams },
      responses: {
        200: {
          description: 'The session, sent',
          content: { 'application/json': { schema: Session } },
        },
        ...errorResponses(401, 403, 404),
        ...conflict,
      },
    }),
    async (c) => {
      const sent = await sendDraft(
        { db, ...linkDeps },
        c.var.principal,
        c.req.valid('param').id,
        requestOrigin(c, config),
      );
      return c.json(await respond(sent), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/void',
      tags: ['Sessions'],
      summary: 'Cancel a session',
      description: 'Every signing link stops working at once; invited parties are emailed.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: {
        params: SessionParams,
        body: { required: false, content: { 'application/json': { schema: VoidSessionRequest } } },
      },
      responses: {
        200: {
          description: 'The session, voided',
          content: { 'application/json': { schema: Session } },
        },
        ...errorResponses(400, 401, 403, 404),
        ...conflict,
      },
    }),
    async (c) => {
      const body = (c.req.valid('json') as z.infer<typeof VoidSessionRequest> | undefined) ?? {};
      const voided = await voidSession({ db, clock }, c.var.principal, c.req.valid('param').id, {
        reason: body.reason,
        request: requestOrigin(c, config),
      });
      return c.json(await respond(voided), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/remind',
      tags: ['Sessions'],
      summary: 'Remind the parties whose turn it is',
      description:
        'Emails each of them a fresh link on the sender’s behalf, charged to the sender’s email credits; ' +
        'over quota a reminder is not sent (`skipped_over_quota`). 409 when nobody has anything to sign now.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: {
        params: SessionParams,
        body: {
          required: false,
          content: { 'application/json': { schema: RemindSessionRequest } },
        },
      },
      responses: {
        200: {
          description: 'How many parties were reminded, and what became of each reminder',
          content: { 'application/json': { schema: RemindResult } },
        },
        ...errorResponses(400, 401, 403, 404),
        ...conflict,
      },
    }),
    async (c) => {
      const body = (c.req.valid('json') as z.infer<typeof RemindSessionRequest> | undefined) ?? {};
      const parties = await remindSession(
        { db, ...linkDeps },
        c.var.principal,
        c.req.valid('param').id,
        body.partyIds,
      );
      const reminded = parties.filter((party) => party.outcome === 'sent').length;
      return c.json({ reminded, parties }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/audit',
      tags: ['Sessions'],
      summary: 'The audit trail',
      description:
        'Every event with its actor, address, user agent and time, and a `description` saying who ' +
        'did what to whom (e.g. "Betty Agent minted a signing link for Bob Buyer").',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { params: SessionParams },
      responses: {
        200: {
          description: 'The events, oldest first',
          content: { 'application/json': { schema: AuditTrail } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const loaded = await findSenderSession(db, c.var.principal, c.req.valid('param').id);
      return c.json(await getAuditTrail(db, loaded), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/parties/{partyId}/link',
      tags: ['Sessions'],
      summary: 'Mint a signing link for an embedded signer',
      description:
        'Pass the token to `<sign-session token>` on your own page. The token is shown only once. ' +
        'Each link minted is a `link_minted` event of the audit trail naming who minted it for ' +
        'whom. A party who is a user of the account (Add Myself) signs only as that user: their ' +
        'link is minted only with their own embed token (`403 party_not_yours` for anyone else).',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { params: SessionParams.extend({ partyId: Id }) },
      responses: {
        201: { description: 'The link', content: { 'application/json': { schema: PartyLink } } },
        ...errorResponses(401, 404),
        403: {
          description:
            'The calling origin is not allowed (`origin_not_allowed`), or the party is another ' +
            'user of the account, who signs as themselves (`party_not_yours`)',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
        ...conflict,
      },
    }),
    async (c) => {
      const { id, partyId } = c.req.valid('param');
      const link = await createPartyLink(
        { db, ...linkDeps },
        c.var.principal,
        { sessionId: id, partyId },
        requestOrigin(c, config),
      );
      return c.json(link, 201);
    },
  );

  // A party's download link is signed and expires; the sender, and whoever may act for them, use
  // their embed token.
  const signedOrSender = createMiddleware<DocumentAccessEnv>(async (c, next) => {
    // Checked here, before any look-up, as route validators check other routes' input.
    const params = SessionParams.safeParse(c.req.param());
    if (!params.success) throw validationError(params.error);
    const query = DocumentQuery.safeParse(c.req.query());
    if (!query.success) throw validationError(query.error);
    const signature = c.req.query('signature');
    if (signature === undefined) {
      await auth(c as unknown as Context<EmbedTokenAuthEnv>, async () => {
        const { session } = await findSenderSession(db, c.var.principal, c.req.param('id') ?? '');
        c.set('session', session);
        c.set('viaLink', false);
        await next();
      });
      return;
    }
    const valid = await paths.verify(
      c.req.path,
      { signature, expires: c.req.query('expires') },
      clock(),
    );
    if (!valid) throw new ApiError('forbidden', 'This download link is not valid or has expired.');
    c.set('session', await findSignedDocumentSession(db, c.req.param('id') ?? ''));
    c.set('viaLink', true);
    c.set('corsPolicy', 'public');
    await next();
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/document.pdf',
      tags: ['Sessions'],
      summary: 'The document',
      description:
        'The sealed PDF once the session is completed, else the original. For the sender and initiator, ' +
        'or anyone holding the signed `documentUrl` a party received on completion. With blobs on S3 ' +
        '(`BLOB_STORE=s3://…`) the signed link answers 302 to a short-lived presigned URL of the bucket.',
      security: [{ embedToken: [] }, {}] as Array<Record<string, string[]>>,
      middleware: [signedOrSender] as const,
      request: {
        params: SessionParams,
        query: DocumentQuery,
      },
      responses: {
        200: {
          description: 'The PDF',
          content: { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } },
        },
        302: {
          description: 'Signed link, blobs on S3: the PDF is at the `Location` for a few minutes',
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      // Only a link is followed by the browser as a navigation; an element's fetch with a token
      // would need the bucket's CORS and the host page's CSP to allow it, so it gets the bytes here.
      const download = await openSessionDocument({ db, blobStoreFor }, c.var.session, {
        mayRedirect: c.var.viaLink,
      });
      const headers = {
        'Cache-Control': 'private, no-store',
        ...(download.sealedSha256 && { 'X-Document-Sha256': download.sealedSha256 }),
      };
      if ('redirectTo' in download)
        return new Response(null, {
          status: 302,
          headers: { ...headers, Location: download.redirectTo },
        });
      return new Response(download.pdf.body, {
        status: 200,
        headers: {
          ...headers,
          'Content-Type': 'application/pdf',
          'Content-Length': String(download.pdf.size),
          'Content-Disposition': `attachment; filename="${download.name}"`,
        },
      });
    },
  );
}

/** `/v1/sessions`: start, list, read, send, void and remind sessions, their values, parties, files, workroom and documents. */
export function sessionRoutes(context: AppContext): App {
  const app = createRouter();
  registerSessionRoutes(app, context);
  registerSessionValueRoutes(app, context);
  registerSessionPartyRoutes(app, context);
  registerSessionAttachmentRoutes(app, context);
  registerSessionWorkroomRoutes(app, context);
  registerSessionDocumentRoutes(app, context);
  return app;
}
