import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { ApiErrorBody, Attachment, FieldId, singleLineText } from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import { readPartyAttachment } from '../../capabilities/attachments/read-party-attachment.js';
import { ATTACHMENT_TYPES_TEXT } from '../../capabilities/attachments/sniff-attachment-type.js';
import { uploadAttachment } from '../../capabilities/attachments/upload-attachment.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { partyTokenAuth, type PartyTokenAuthEnv } from '../../middleware/party-token-auth.js';
import { requestOrigin } from '../../platform/http/request-origin.js';
import { downloadResponse, sendDownload } from '../download-response.js';
import { errorResponses } from '../error-responses.js';

const FieldParams = z.object({ fieldId: FieldId.meta({ description: 'The attachment field' }) });
const UploadQuery = z.object({
  filename: singleLineText()
    .min(1)
    .max(1000)
    .meta({ description: 'The file’s name as shown to the sender and printed on the document' }),
});
const errorBody = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorBody } },
});
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** A party’s files in attachment fields: upload and read back. */
export function registerPartyAttachmentRoutes(
  app: App,
  { db, clock, config, blobStoreFor }: AppContext,
): void {
  const partyAuth = partyTokenAuth({ db, clock, publicUrl: config.publicUrl });
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
      path: '/attachments/{fieldId}',
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
        { db, clock, blobStoreFor },
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
      path: '/attachments/{fieldId}',
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
        { db, blobStoreFor },
        c.var.party,
        c.req.valid('param').fieldId,
      );
      return sendDownload(c, attachment.filename, blob);
    },
  );
}
