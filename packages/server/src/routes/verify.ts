import { createRoute } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { ApiErrorBody, VerifyResult } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { ApiError } from '../platform/errors/api-error.js';
import { clientAddress } from '../platform/http/client-address.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { verifyDocument } from '../capabilities/sealing/verify-document.js';
import { createRouter } from './create-router.js';

/** Sealed documents are the template plus drawings and a certificate page: a little over its cap. */
const VERIFY_MAX_BYTES = 25 * 1024 * 1024;

export function verifyRoutes({ db, clock, config }: AppContext): App {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Verification'],
      summary: 'Is this PDF one we sealed, unaltered?',
      description:
        'Public. Multipart upload of the PDF as `file`. Valid only when our seal covers every byte and the ' +
        'file is exactly the one stored when its session completed.',
      middleware: [
        rateLimit({
          db,
          clock,
          scope: 'verify',
          limit: 30,
          windowSeconds: 60,
          key: (c) => clientAddress(c, config),
        }),
        bodyLimit({
          maxSize: VERIFY_MAX_BYTES,
          onError: () => {
            throw new ApiError('payload_too_large', 'The PDF is larger than 25 MB.', {
              field: 'file',
            });
          },
        }),
      ] as const,
      request: {
        body: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object' as const,
                required: ['file'],
                properties: { file: { type: 'string' as const, format: 'binary' } },
              },
            },
          },
        },
      },
      responses: {
        200: {
          description: 'The verdict',
          content: { 'application/json': { schema: VerifyResult } },
        },
        400: {
          description: 'No file (`validation_failed`)',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
        413: {
          description: 'Too large',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
        429: {
          description: 'Too many requests',
          content: { 'application/json': { schema: ApiErrorBody } },
        },
      },
    }),
    async (c) => {
      c.set('corsPolicy', 'public');
      const form = await c.req.formData().catch(() => undefined);
      const file = form?.get('file');
      if (!(file instanceof File)) {
        throw new ApiError('validation_failed', 'Attach the PDF as the "file" part.', {
          field: 'file',
        });
      }
      return c.json(
        await verifyDocument({ db, config }, new Uint8Array(await file.arrayBuffer())),
        200,
      );
    },
  );
  return app;
}
