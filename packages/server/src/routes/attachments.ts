import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import {
  ApiErrorBody,
  Attachment,
  AttachmentList,
  FieldId,
  Id,
  singleLineText,
} from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { listSenderAttachments } from '../capabilities/attachments/list-sender-attachments.js';
import { readPartyAttachment } from '../capabilities/attachments/read-party-attachment.js';
import { readSenderAttachment } from '../capabilities/attachments/read-sender-attachment.js';
import { ATTACHMENT_TYPES_TEXT } from '../capabilities/attachments/sniff-attachment-type.js';
import { uploadAttachment } from '../capabilities/attachments/upload-attachment.js';
import { ApiError } from '../platform/errors/api-error.js';
import { embedTokenAuth } from '../middleware/embed-token-auth.js';
import { partyTokenAuth, type PartyTokenAuthEnv } from '../middleware/party-token-auth.js';
import { requestOrigin } from '../platform/http/request-origin.js';
import { downloadResponse, sendDownload } from './download-response.js';
import { errorResponses } from './error-responses.js';

const FieldParams = z.object({ fieldId: FieldId.meta({ description: 'The attachment field' }) });
const UploadQuery = z.object({
  filename: singleLineText()
    .min(1)
    .max(1000)
    .meta({ description: 'The file’s name as shown to the sender and printed on the document' }),
});
const SessionAttachmentParams = z.object({
  id: Id.meta({ description: 'The session id' }),
  attachmentId: Id.meta({ description: 'The attachment id' }),
});
const errorBody = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorBody } },
});
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Files parties attach to attachment fields: upload and read back (party), list and download (sender). */
export function registerAttachmentRoutes(
  app: App,
  { db, clock, signer, config }: AppContext,
): void {
  const partyAuth = partyTokenAuth({ db, clock, publicUrl: config.publicUrl });
  const senderAuth = embedTokenAuth({ db, signer, clock });
  const limit = megabytes(config.attachmentMaxBytes);
  // Typed with the party env so the route keeps `c.var.party`.
  const uploadLimit: MiddlewareHandler<PartyTokenAuthEnv> = bodyLimit({
    maxSize: config.attachmentMaxBytes,
    onError: (c) => {
      throw new ApiError('payload_too_large', `The file is larger than the ${limit} limit.`, {
        field: c.req.param('fieldId'),
      });
    },
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/party/attachments/{fieldId}',
      tags: ['Party'],
      summary: 'Attach a file to a field',
      description:
        `The request body is the file’s bytes as they are (not multipart), e.g. \`fetch(url, { method: 'POST', ` +
        `body: file })\`; its name goes in \`filename\`. Accepted: ${ATTACHMENT_TYPES_TEXT}, up to ${limit} ` +
        '(`ATTACHMENT_MAX_BYTES`); the type is read from the bytes, not from `Content-Type`. The field’s value ' +
        'becomes the attachment’s id. Uploading again replaces the file; the same file again changes nothing.',
      security: [{ partyToken: [] }],
      middleware: [partyAuth, uploadLimit] as const,
      request: {
        params: FieldParams,
        query: UploadQuery,
        body: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
      },
      responses: {
        201: { description: 'Attached', content: { 'application/json': { schema: Attachment } } },
        400: errorBody('Not an attachment field, or no file name (`validation_failed`)'),
        403: errorBody(
          'Another role’s field (`field_not_yours`), a locked one (`field_locked`) or origin not allowed',
        ),
        409: errorBody(
          'Not now: `not_your_turn`, `invalid_state` (completed, voided…), `already_completed`',
        ),
        413: errorBody(`The file is larger than ${limit} (\`payload_too_large\`)`),
        415: errorBody('Not an accepted file type (`unsupported_media_type`)'),
        ...errorResponses(401),
      },
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const attachment = await uploadAttachment(
        { db, clock },
        c.var.party,
        { fieldId: c.req.valid('param').fieldId, filename: c.req.valid('query').filename, bytes },
        requestOrigin(c, config),
      );
      return c.json(attachment, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/party/attachments/{fieldId}',
      tags: ['Party'],
      summary: 'Download the file attached to a field',
      description: 'Only fields of the party’s own role: attachments are private to it.',
      security: [{ partyToken: [] }],
      middleware: [partyAuth] as const,
      request: { params: FieldParams },
      responses: { 200: downloadResponse, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { attachment, blob } = await readPartyAttachment(
        { db, clock },
        c.var.party,
        c.req.valid('param').fieldId,
      );
      return sendDownload(c, attachment.filename, blob);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/sessions/{id}/attachments',
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
      path: '/v1/sessions/{id}/attachments/{attachmentId}',
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
      const { attachment, blob } = await readSenderAttachment({ db, clock }, c.var.principal, {
        sessionId: id,
        attachmentId,
      });
      return sendDownload(c, attachment.filename, blob);
    },
  );
}
