import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AttachmentList, Id } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { listSenderAttachments } from '../../capabilities/attachments/list-sender-attachments.js';
import { readSenderAttachment } from '../../capabilities/attachments/read-sender-attachment.js';
import { embedTokenAuth } from '../../middleware/embed-token-auth.js';
import { downloadResponse, sendDownload } from '../download-response.js';
import { errorResponses } from '../error-responses.js';

const SessionAttachmentParams = z.object({
  id: Id.meta({ description: 'The session id' }),
  attachmentId: Id.meta({ description: 'The attachment id' }),
});

/** The files parties attached, for the sender and whoever may act for them: list and download. */
export function registerSessionAttachmentRoutes(
  app: App,
  { db, clock, signer, blobStoreFor }: AppContext,
): void {
  const senderAuth = embedTokenAuth({ db, signer, clock });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/attachments',
      tags: ['Sessions'],
      summary: 'The files parties attached',
      description: 'For the sender and whoever may act for them.',
      security: [{ embedToken: [] }],
      middleware: [senderAuth] as const,
      request: { params: SessionAttachmentParams.pick({ id: true }) },
      responses: {
        200: {
          description: 'The attachments, in field order',
          content: { 'application/json': { schema: AttachmentList } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) =>
      c.json(await listSenderAttachments(db, c.var.principal, c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/attachments/{attachmentId}',
      tags: ['Sessions'],
      summary: 'Download an attached file',
      description: 'For the sender and whoever may act for them.',
      security: [{ embedToken: [] }],
      middleware: [senderAuth] as const,
      request: { params: SessionAttachmentParams },
      responses: { 200: downloadResponse, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid('param');
      const { attachment, blob } = await readSenderAttachment(
        { db, blobStoreFor },
        c.var.principal,
        {
          sessionId: id,
          attachmentId,
        },
      );
      return sendDownload(c, attachment.filename, blob);
    },
  );
}
