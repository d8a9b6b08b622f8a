import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { findSenderSession } from '../../capabilities/sessions/find-sender-session.js';
import { readPacketDocument } from '../../capabilities/sessions/read-packet-document.js';
import { embedTokenAuth } from '../../middleware/embed-token-auth.js';
import { sendDownload } from '../download-response.js';
import { errorResponses } from '../error-responses.js';

const SessionDocumentParams = z.object({
  id: Id.meta({ description: 'The session id' }),
  number: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .meta({ description: 'The document’s place in the packet, from 1' }),
});

/** Each document of a session (a packet's, one by one) for the sender and whoever may act for them. */
export function registerSessionDocumentRoutes(
  app: App,
  { db, clock, signer, config, blobStoreFor }: AppContext,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/documents/{number}',
      tags: ['Sessions'],
      summary: 'One document of a packet',
      description:
        'The pages of one document (see `documents` of the session) as a PDF: sealed pages followed by ' +
        'the certificate of completion once completed, else the original pages. Not digitally sealed ' +
        'itself: `document.pdf` is the sealed record of the whole packet.',
      security: [{ embedToken: [] }],
      middleware: [embedTokenAuth({ db, signer, clock })] as const,
      request: { params: SessionDocumentParams },
      responses: {
        200: {
          description: 'The PDF, as an attachment',
          content: { 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { id, number } = c.req.valid('param');
      const { session } = await findSenderSession(db, c.var.principal, id);
      const document = await readPacketDocument(
        { db, blobStoreFor, pdfWorkers: config.pdfWorkers },
        session,
        number,
      );
      const name = `${document.name}${document.sealed ? '' : ' (unsigned)'}.pdf`;
      return sendDownload(c, name, document.pdf);
    },
  );
}
