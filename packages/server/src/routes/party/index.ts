import { createRoute } from '@hono/zod-openapi';
import {
  ApiErrorBody,
  CompletePartyRequest,
  ConsentDisclosure,
  DeclinePartyRequest,
  NamedParties,
  NextPartyRequest,
  PartyConsent,
  PartyOutcome,
  PartyView,
  SavePartyValuesRequest,
  SavedPartyValues,
  pickLocale,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { pathSigner } from '../../platform/blobs/signed-path.js';
import { partyTokenAuth } from '../../middleware/party-token-auth.js';
import { acceptConsent } from '../../capabilities/party/accept-consent.js';
import { completeParty } from '../../capabilities/party/complete-party.js';
import { declineParty } from '../../capabilities/party/decline-party.js';
import { getPartyView } from '../../capabilities/party/get-party-view.js';
import { nameNextParty } from '../../capabilities/party/name-next-party.js';
import { savePartyValues } from '../../capabilities/party/save-party-values.js';
import { requestOrigin } from '../../platform/http/request-origin.js';
import { errorResponses } from '../error-responses.js';
import { registerPartyContactRoutes } from './contact.js';
import { registerPartyInitialAllRoutes } from './initial-all.js';
import { registerPartyAttachmentRoutes } from './attachments.js';
import { registerPartyWorkroomRoutes } from './workroom.js';
import { createRouter } from '../create-router.js';

const refusals = {
  403: {
    description:
      'Not this party’s field (`field_not_yours`), a locked field (`field_locked`) or origin not allowed',
    content: { 'application/json': { schema: ApiErrorBody } },
  },
  409: {
    description:
      'Not now: `not_your_turn`, `invalid_state` (voided, declined, completed…), `already_completed`',
    content: { 'application/json': { schema: ApiErrorBody } },
  },
};

function registerPartyRoutes(
  app: App,
  { db, clock, signer, config, logger, blobStoreFor }: AppContext,
): void {
  const auth = partyTokenAuth({ db, clock, publicUrl: config.publicUrl });
  const paths = pathSigner(signer);
  const security = [{ partyToken: [] }];
  app.openAPIRegistry.registerComponent('securitySchemes', 'partyToken', {
    type: 'http',
    scheme: 'bearer',
    description:
      'A signing link token: from the emailed link, or minted with `POST /v1/sessions/{id}/parties/{partyId}/link`.',
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Party'],
      summary: 'What this party sees and may edit',
      description:
        'Pages (signed image URLs and text), the party’s own fields with values and locks, what others ' +
        'filled that they may see, the workroom, and the consent disclosure. The first call is recorded as `viewed`.',
      security,
      middleware: [auth] as const,
      responses: {
        200: {
          description: 'The party view',
          content: { 'application/json': { schema: PartyView } },
        },
        ...errorResponses(401, 403),
      },
    }),
    async (c) =>
      c.json(
        await getPartyView({ db, clock, paths }, c.var.party, {
          ...requestOrigin(c, config),
          locale: pickLocale(c.req.header('Accept-Language')),
        }),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/consent',
      tags: ['Party'],
      summary: 'Accept the disclosure',
      description:
        'The party agrees to electronic records and signatures (`accepted: true` with the version read). ' +
        'Asked once: the consent stands for later visits (`consent.acceptedAt` in `GET /v1/party`) and for ' +
        'signing. Accepting again answers the stored consent.',
      security,
      middleware: [auth] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: PartyConsent } } },
      },
      responses: {
        200: {
          description: 'The disclosure with the time it was accepted',
          content: { 'application/json': { schema: ConsentDisclosure } },
        },
        ...errorResponses(400, 401, 413, 415),
        ...refusals,
      },
    }),
    async (c) =>
      c.json(
        await acceptConsent(
          { db, clock },
          c.var.party,
          c.req.valid('json'),
          requestOrigin(c, config),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/values',
      tags: ['Party'],
      summary: 'Save progress',
      description:
        'Stores the values sent (all or none) without signing. Saving the same values again changes nothing.',
      security,
      middleware: [auth] as const,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: SavePartyValuesRequest } },
        },
      },
      responses: {
        200: {
          description: 'Saved',
          content: { 'application/json': { schema: SavedPartyValues } },
        },
        ...errorResponses(400, 401, 413, 415),
        ...refusals,
      },
    }),
    async (c) =>
      c.json(
        await savePartyValues(
          { db, clock },
          c.var.party,
          c.req.valid('json').values,
          requestOrigin(c, config),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/complete',
      tags: ['Party'],
      summary: 'Sign',
      description:
        'Consent to the disclosure (`consent.accepted: true` with its version), the last values and the ' +
        'signature images (PNG data URLs by field id). Every required field must be filled. When this is the ' +
        'last signature the sealed document is produced and `documentUrl` returned. Retrying answers the same.',
      security,
      middleware: [auth] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: CompletePartyRequest } } },
      },
      responses: {
        200: { description: 'Signed', content: { 'application/json': { schema: PartyOutcome } } },
        ...errorResponses(400, 401, 413, 415),
        ...refusals,
      },
    }),
    async (c) =>
      c.json(
        await completeParty(
          { db, clock, config, paths, logger, blobStoreFor },
          c.var.party,
          c.req.valid('json'),
          requestOrigin(c, config),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/decline',
      tags: ['Party'],
      summary: 'Decline to sign',
      description: 'Ends the session as declined; the sender is emailed the reason.',
      security,
      middleware: [auth] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: DeclinePartyRequest } } },
      },
      responses: {
        200: { description: 'Declined', content: { 'application/json': { schema: PartyOutcome } } },
        ...errorResponses(400, 401, 413, 415),
        ...refusals,
      },
    }),
    async (c) =>
      c.json(
        await declineParty(
          { db, clock, paths },
          c.var.party,
          c.req.valid('json').reason,
          requestOrigin(c, config),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/next-party',
      tags: ['Party'],
      summary: 'Name the people of a later role',
      description:
        'Where the template lets the previous signer name the next role (passive forms).',
      security,
      middleware: [auth] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: NextPartyRequest } } },
      },
      responses: {
        201: {
          description: 'The people added',
          content: { 'application/json': { schema: NamedParties } },
        },
        ...errorResponses(400, 401, 413, 415),
        ...refusals,
      },
    }),
    async (c) =>
      c.json(
        await nameNextParty(
          { db, clock, publicUrl: config.publicUrl, partyLinkTtlDays: config.partyLinkTtlDays },
          { kind: 'party', principal: c.var.party },
          c.req.valid('json'),
          requestOrigin(c, config),
        ),
        201,
      ),
  );
}

/** `/v1/party`: what a party token opens: view, consent, values, contact, files, signing, declining, the workroom. */
export function partyRoutes(context: AppContext): App {
  const app = createRouter();
  registerPartyRoutes(app, context);
  registerPartyContactRoutes(app, context);
  registerPartyInitialAllRoutes(app, context);
  registerPartyAttachmentRoutes(app, context);
  registerPartyWorkroomRoutes(app, context);
  return app;
}
