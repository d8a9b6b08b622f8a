import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import {
  ApiErrorBody,
  ClientDocument,
  ClientDocumentList,
  Id,
  TimelineQuery,
  UpdateClientDocumentRequest,
  singleLineText,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import type { BlobStore } from '../../platform/blobs/blob-store.js';
import { deleteClientDocument } from '../../capabilities/clients/delete-client-document.js';
import { findClientDocument } from '../../capabilities/clients/find-client-document.js';
import { findClientForCaller } from '../../capabilities/clients/find-client-for-caller.js';
import { listClientDocuments } from '../../capabilities/clients/list-client-documents.js';
import { shareDocumentWithClient } from '../../capabilities/clients/share-document-with-client.js';
import { toClientDocument } from '../../capabilities/clients/to-client-document.js';
import { updateClientDocument } from '../../capabilities/clients/update-client-document.js';
import { ApiError } from '../../platform/errors/api-error.js';
import {
  userOrSecretKeyAuth,
  type UserOrSecretKeyAuthEnv,
} from '../../middleware/user-or-secret-key-auth.js';
import { ClientIdParams, clientRouteSecurity } from './client-params.js';
import { downloadResponse, sendDownload } from '../download-response.js';
import { errorResponses } from '../error-responses.js';

const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;
const DocumentParams = ClientIdParams.extend({
  documentId: Id.meta({ description: 'The document’s id' }),
});

const uploadSchema = {
  type: 'object' as const,
  required: ['file'],
  properties: {
    file: { type: 'string' as const, format: 'binary', description: 'The file (at most 25 MB)' },
    name: { type: 'string' as const, maxLength: 200, description: 'Default: the file’s name' },
    accessible: {
      type: 'string' as const,
      enum: ['true', 'false'],
      description: 'Shown in the client’s portal (default `true`)',
    },
  },
};

/** The client's filing cabinet: upload, list, tick accessible in the portal, download, delete. */
export function registerClientDocumentRoutes(
  app: App,
  { db, clock, signer }: AppContext,
  blobStore: BlobStore,
): void {
  const common = {
    tags: ['Clients'],
    security: clientRouteSecurity,
  };
  const auth = userOrSecretKeyAuth({ db, signer, clock });
  // Typed with the auth env so the route keeps `c.var.caller`.
  const uploadLimit: MiddlewareHandler<UserOrSecretKeyAuthEnv> = bodyLimit({
    maxSize: DOCUMENT_MAX_BYTES + 64 * 1024,
    onError: () => {
      throw new ApiError('payload_too_large', 'The file is larger than the 25 MB limit.', {
        field: 'file',
      });
    },
  });
  const documentResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: ClientDocument } },
  });

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth, uploadLimit] as const,
      method: 'post',
      path: '/{id}/documents',
      summary: 'Upload a document for a client',
      description:
        'Multipart upload (`file`, optional `name` and `accessible`). Accessible documents appear in the ' +
        'client’s portal, and the activity feed says so.',
      request: {
        params: ClientIdParams,
        body: { required: true, content: { 'multipart/form-data': { schema: uploadSchema } } },
      },
      responses: {
        201: documentResponse('The document'),
        400: {
          description: 'No file, or invalid fields (`validation_failed`)',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
        413: {
          description: 'The file is larger than 25 MB (`payload_too_large`)',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const client = await findClientForCaller(db, c.var.caller, c.req.valid('param').id);
      const upload = await readUpload(c.req);
      const blob = await blobStore.putBlob(client.accountId, {
        bytes: upload.bytes,
        contentType: upload.contentType,
      });
      const document = await shareDocumentWithClient(
        { db, clock },
        {
          accountId: client.accountId,
          clientId: client.id,
          name: upload.name,
          blob,
          kind: 'file',
          accessible: upload.accessible,
        },
      );
      return c.json(document, 201);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}/documents',
      summary: 'List a client’s documents',
      description: 'Newest first, accessible or not.',
      request: { params: ClientIdParams, query: TimelineQuery },
      responses: {
        200: {
          description: 'A page of documents',
          content: { 'application/json': { schema: ClientDocumentList } },
        },
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const client = await findClientForCaller(db, c.var.caller, c.req.valid('param').id);
      const { cursor, limit } = c.req.valid('query');
      const page = await listClientDocuments(
        db,
        {
          accountId: client.accountId,
          clientIds: [client.id],
          accessibleOnly: false,
          cursor,
          limit,
        },
        toClientDocument,
      );
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'patch',
      path: '/{id}/documents/{documentId}',
      summary: 'Rename a document or share it in the portal',
      description: '`accessible: true` shows it in the client’s portal; `false` hides it again.',
      request: {
        params: DocumentParams,
        body: {
          required: true,
          content: { 'application/json': { schema: UpdateClientDocumentRequest } },
        },
      },
      responses: {
        200: documentResponse('The changed document'),
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid('param');
      const client = await findClientForCaller(db, c.var.caller, id);
      const document = await updateClientDocument(
        { db, clock },
        { accountId: client.accountId, clientId: client.id, documentId },
        c.req.valid('json'),
      );
      return c.json(document, 200);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'get',
      path: '/{id}/documents/{documentId}/content',
      summary: 'Download a client’s document',
      request: { params: DocumentParams },
      responses: {
        200: downloadResponse,
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid('param');
      const client = await findClientForCaller(db, c.var.caller, id);
      const document = await findClientDocument(db, {
        accountId: client.accountId,
        clientIds: [client.id],
        documentId,
        accessibleOnly: false,
      });
      const blob = await blobStore.openBlob(client.accountId, document.blobId);
      if (!blob)
        throw new ApiError('not_found', 'The file of this document is gone.', {
          field: 'documentId',
        });
      return sendDownload(c, document.name, blob);
    },
  );

  app.openapi(
    createRoute({
      ...common,
      middleware: [auth] as const,
      method: 'delete',
      path: '/{id}/documents/{documentId}',
      summary: 'Delete a document',
      request: { params: DocumentParams },
      responses: {
        204: { description: 'The document was deleted' },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid('param');
      const client = await findClientForCaller(db, c.var.caller, id);
      await deleteClientDocument(
        { db, blobStore },
        { accountId: client.accountId, clientId: client.id, documentId },
      );
      return c.body(null, 204);
    },
  );
}

const SAFE_CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]{1,100}$/i;

async function readUpload(req: { formData(): Promise<FormData> }) {
  let form: FormData;
  try {
    form = await req.formData();
  } catch (cause) {
    throw new ApiError(
      'bad_request',
      'Send the document as multipart/form-data with a "file" part.',
      {
        cause,
      },
    );
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) {
    throw new ApiError('validation_failed', 'Attach a non-empty file as the "file" part.', {
      field: 'file',
    });
  }
  const name = String(form.get('name') ?? file.name).trim();
  const fields = z
    .object({
      name: singleLineText().min(1).max(200),
      accessible: z.enum(['true', 'false']).default('true'),
    })
    .safeParse({ name, accessible: form.get('accessible') ?? undefined });
  if (!fields.success) {
    const issue = fields.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? 'name';
    throw new ApiError('validation_failed', `${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  return {
    name: fields.data.name,
    accessible: fields.data.accessible === 'true',
    contentType: SAFE_CONTENT_TYPE.test(file.type)
      ? file.type.toLowerCase()
      : 'application/octet-stream',
    bytes: new Uint8Array(await file.arrayBuffer()),
  };
}
