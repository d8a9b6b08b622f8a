import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import {
  ApiErrorBody,
  Id,
  InitialsOnEveryPage,
  ListOnBehalfQuery,
  OnBehalfQuery,
  Template,
  TemplateList,
  TemplateFieldInput,
  TemplateRole,
  TextTagsErrorBody,
  UpdateTemplateRequest,
  fieldLimits,
  singleLineText,
} from '@signport/core';
import type { App, AppContext } from '../../app-context.js';
import type { EmbedTokenAuthEnv } from '../../middleware/embed-token-auth.js';
import { pathSigner } from '../../platform/blobs/signed-path.js';
import { ApiError } from '../../platform/errors/api-error.js';
import { embedTokenAuth } from '../../middleware/embed-token-auth.js';
import { resolveSenderFor } from '../../capabilities/delegations/resolve-sender-for.js';
import { createTemplate } from '../../capabilities/templates/create-template.js';
import { deleteTemplate } from '../../capabilities/templates/delete-template.js';
import { findTemplate } from '../../capabilities/templates/find-template.js';
import { listTemplates } from '../../capabilities/templates/list-templates.js';
import { readTemplatePage } from '../../capabilities/templates/read-template-page.js';
import { templateOwners } from '../../capabilities/templates/template-owners.js';
import { TEMPLATE_PDF_MAX_BYTES } from '../../capabilities/templates/template-limits.js';
import { toTemplateResponse } from '../../capabilities/templates/to-template-response.js';
import { updateTemplate } from '../../capabilities/templates/update-template.js';
import { errorResponses } from '../error-responses.js';
import { registerTemplateFormRoutes } from './form.js';
import { createRouter } from '../create-router.js';

interface SignedOrEmbedTokenEnv extends EmbedTokenAuthEnv {
  Variables: EmbedTokenAuthEnv['Variables'] & { signed: boolean };
}

const TemplateParams = z.object({ id: Id.meta({ description: 'The template id' }) });
const onBehalfNote =
  'With `senderId`, on behalf of a principal who granted the `templates` scope (403 `forbidden` otherwise).';
/** Room for the multipart envelope around the largest accepted PDF. */
const TemplateName = singleLineText()
  .trim()
  .min(1, 'A name is required')
  .max(200, 'Use at most 200 characters');
const UPLOAD_MAX_BYTES = TEMPLATE_PDF_MAX_BYTES + 64 * 1024;

const uploadSchema = {
  type: 'object' as const,
  required: ['file', 'name'],
  properties: {
    file: { type: 'string' as const, format: 'binary', description: 'The PDF (at most 15 MB)' },
    name: { type: 'string' as const, maxLength: 200 },
    roles: {
      type: 'string' as const,
      description: 'JSON array of roles; default one signer',
      example: '[{"key":"buyer","name":"Buyer","order":1}]',
    },
    fields: {
      type: 'string' as const,
      description:
        'JSON array of fields (as in `PATCH`), added to those detected in the PDF or replacing them by id; ' +
        'each must sit on a page the PDF has',
      example:
        '[{"id":"buyer_signature","name":"Buyer signature","role":"buyer","type":"signature","page":1,' +
        '"rect":{"x":0.1,"y":0.8,"width":0.3,"height":0.05}}]',
    },
    initialsOnEveryPage: {
      type: 'string' as const,
      description:
        'JSON array: for each role, where its initials go on every page (fractions of the page, ' +
        'top-left origin). Expanded into initials fields `<role>_initials_p<page>`',
      example: '[{"role":"buyer","rect":{"x":0.7,"y":0.94,"width":0.08,"height":0.03}}]',
    },
  },
};

const errorBody = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorBody } },
});
const pdfErrors = {
  400: {
    description:
      'Not a PDF (`not_a_pdf`), invalid fields (`validation_failed`) or text tags that cannot become ' +
      'fields (`invalid_text_tags`: `tags` lists each one with its page and what is wrong)',
    content: { 'application/json': { schema: TextTagsErrorBody } },
  },
  413: errorBody('The PDF is larger than 15 MB (`payload_too_large`)'),
  422: errorBody(
    'Encrypted (`pdf_encrypted`) or damaged (`pdf_unreadable`) PDF, or one past a limit: ' +
      '`pdf_too_many_pages`, `pdf_page_too_large`, `pdf_too_complex` (the message names the limit)',
  ),
  429: errorBody('The account already has as many PDFs in work as it may (`pdf_busy`)'),
};

function registerTemplateRoutes(
  app: App,
  { db, clock, signer, config, blobStoreFor }: AppContext,
): void {
  const auth = embedTokenAuth({ db, signer, clock });
  const paths = pathSigner(signer);
  const deps = { db, clock, config, blobStoreFor };
  const respond = async (rows: Parameters<typeof toTemplateResponse>[1]) =>
    toTemplateResponse({ db, paths, publicUrl: config.publicUrl }, rows);

  const uploadLimit = bodyLimit({
    maxSize: UPLOAD_MAX_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large', 'The PDF is larger than the 15 MB limit.', {
        field: 'file',
      });
    },
  });

  app.on('POST', '/', uploadLimit);
  app.openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Templates'],
      summary: 'Upload a PDF as a new template',
      description:
        'Multipart upload of a PDF (`file`), a `name` and optionally `roles` and `fields` (JSON). AcroForm fields ' +
        'become template fields: the role is the one whose key prefixes the field name (`buyer_name` → ' +
        'buyer), else the first role; `*_initials*` signature fields become initials. Text tags in the ' +
        'PDF’s text (`{{signature:buyer}}`, `{{text:buyer;name=buyer_name;required}}`, ' +
        '`{{initials:seller;page=all}}`; see docs/text-tags.md) become fields where they are drawn and ' +
        'are painted over; without `roles`, the roles the tags name are created. ' +
        '`initialsOnEveryPage` adds initials fields on every page. Pages are ' +
        'rendered to images once: here for a short document (`status` `ready`); a longer one ' +
        'answers at once with `status` `processing` and renders in the background (follow ' +
        '`progress` on GET /v1/templates/{id}). Owned by the sender, created by the caller. ' +
        onBehalfNote,
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: {
        query: OnBehalfQuery,
        body: { required: true, content: { 'multipart/form-data': { schema: uploadSchema } } },
      },
      responses: {
        201: { description: 'The template', content: { 'application/json': { schema: Template } } },
        ...pdfErrors,
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      // Refused before the upload is read or rendered: nothing is written for a forbidden sender.
      const { accountId, userId } = c.var.principal;
      const { senderId, initiatorId } = await resolveSenderFor({
        db,
        accountId,
        callerId: userId,
        senderId: c.req.valid('query').senderId,
        scope: 'templates',
      });
      const form = await readUpload(c.req);
      const id = await createTemplate(deps, {
        accountId,
        ownerId: senderId,
        createdById: initiatorId,
        ...form,
      });
      const [template] = await respond([
        await findTemplate(db, { accountId, ownerIds: [senderId] }, id),
      ]);
      return c.json(template as Template, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Templates'],
      summary: 'List your templates',
      description:
        'Yours and those of every principal who granted you the `templates` scope; `senderId` keeps one sender’s.',
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { query: ListOnBehalfQuery },
      responses: {
        200: {
          description: 'Newest first',
          content: { 'application/json': { schema: TemplateList } },
        },
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const viewer = await templateOwners(db, c.var.principal, query.senderId);
      const { rows, nextCursor } = await listTemplates(db, viewer, query);
      return c.json({ items: await respond(rows), nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['Templates'],
      summary: 'A template with its roles, fields and pages',
      description: `Yours, or a principal’s. ${onBehalfNote}`,
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { params: TemplateParams, query: OnBehalfQuery },
      responses: {
        200: { description: 'The template', content: { 'application/json': { schema: Template } } },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const viewer = await templateOwners(db, c.var.principal, c.req.valid('query').senderId);
      const row = await findTemplate(db, viewer, c.req.valid('param').id);
      const [template] = await respond([row]);
      return c.json(template as Template, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags: ['Templates'],
      summary: 'Change a template',
      description:
        'Name, roles with their order, signing order, options such as `saveIncomplete`, and fields: ' +
        '`fields` adds fields or replaces those with the same id (placed by `page` and `rect`, fractions ' +
        'of the page from its top-left corner), `removeFieldIds` removes fields. Owner and creator stay. ' +
        onBehalfNote,
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: {
        params: TemplateParams,
        query: OnBehalfQuery,
        body: {
          required: true,
          content: { 'application/json': { schema: UpdateTemplateRequest } },
        },
      },
      responses: {
        200: { description: 'The template', content: { 'application/json': { schema: Template } } },
        ...errorResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const row = await updateTemplate(
        deps,
        await templateOwners(db, c.var.principal, c.req.valid('query').senderId),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      const [template] = await respond([row]);
      return c.json(template as Template, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags: ['Templates'],
      summary: 'Delete a template',
      description: `Sessions already started from it are not affected. ${onBehalfNote}`,
      security: [{ embedToken: [] }],
      middleware: [auth] as const,
      request: { params: TemplateParams, query: OnBehalfQuery },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      await deleteTemplate(
        deps,
        await templateOwners(db, c.var.principal, c.req.valid('query').senderId),
        c.req.valid('param').id,
      );
      return c.body(null, 204);
    },
  );

  // An <img> sends no Authorization header: a signed URL (as handed out in templates and party
  // views) is enough; otherwise an embed token of the template's account.
  const signedOrEmbedToken = createMiddleware<SignedOrEmbedTokenEnv>(async (c, next) => {
    const signed = await paths.verify(
      c.req.path,
      { signature: c.req.query('signature'), expires: c.req.query('expires') },
      clock(),
    );
    c.set('signed', signed);
    if (signed) {
      c.set('corsPolicy', 'public');
      await next();
    } else {
      await auth(c as unknown as Context<EmbedTokenAuthEnv>, next);
    }
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/pages/{n}',
      tags: ['Templates'],
      summary: 'A page image',
      description:
        'WebP, cacheable for a year. Use the signed `imageUrl` of a template or party view, or an embed token.',
      security: [{ embedToken: [] }, {}] as Array<Record<string, string[]>>,
      middleware: [signedOrEmbedToken] as const,
      request: {
        params: TemplateParams.extend({
          n: singleLineText()
            .regex(/^[1-9]\d{0,3}$/)
            .meta({ description: 'Page number, from 1' }),
        }),
        query: z.object({
          signature: singleLineText().max(200).optional(),
          expires: singleLineText().max(20).optional(),
        }),
      },
      responses: {
        200: {
          description: 'The page',
          content: { 'image/webp': { schema: { type: 'string' as const, format: 'binary' } } },
        },
        304: { description: 'Not modified' },
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const { id, n } = c.req.valid('param');
      const pageNumber = Number(n);
      const image = await readTemplatePage(deps, {
        templateId: id,
        pageNumber,
        ...(!c.var.signed && { accountId: c.var.principal.accountId }),
      });
      const etag = `"${image.sha256}"`;
      const headers = {
        'Cache-Control': `${c.var.signed ? 'public' : 'private'}, max-age=31536000, immutable`,
        ETag: etag,
        'Cross-Origin-Resource-Policy': 'cross-origin',
      };
      if (c.req.header('If-None-Match') === etag)
        return new Response(null, { status: 304, headers });
      return new Response(Buffer.from(image.bytes), {
        status: 200,
        headers: { ...headers, 'Content-Type': 'image/webp' },
      });
    },
  );
}

async function readUpload(req: { formData(): Promise<FormData> }) {
  let form: FormData;
  try {
    form = await req.formData();
  } catch (cause) {
    throw new ApiError('bad_request', 'Send the PDF as multipart/form-data with a "file" part.', {
      cause,
    });
  }
  const file = form.get('file');
  if (!(file instanceof File)) {
    throw new ApiError('validation_failed', 'Attach the PDF as the "file" part.', {
      field: 'file',
    });
  }
  const name = TemplateName.safeParse(String(form.get('name') ?? ''));
  if (!name.success) {
    throw new ApiError('validation_failed', `name: ${name.error.issues[0]?.message}`, {
      field: 'name',
    });
  }
  return {
    name: name.data,
    roles: parseJsonPart(form.get('roles'), 'roles', z.array(TemplateRole).min(1).max(20)),
    fields: parseJsonPart(
      form.get('fields'),
      'fields',
      z.array(TemplateFieldInput).max(fieldLimits.fieldsPerTemplate),
    ),
    initialsOnEveryPage: parseJsonPart(
      form.get('initialsOnEveryPage'),
      'initialsOnEveryPage',
      InitialsOnEveryPage,
    ),
    pdf: new Uint8Array(await file.arrayBuffer()),
  };
}

/** A multipart part holding JSON, checked by `schema`; absent or empty is undefined. */
function parseJsonPart<T>(raw: unknown, part: string, schema: z.ZodType<T>): T | undefined {
  if (raw === null || raw === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(String(raw));
  } catch (cause) {
    throw new ApiError('validation_failed', `${part} must be a JSON array.`, {
      field: part,
      cause,
    });
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = [part, ...(issue?.path ?? []).map(String)].join('.');
  throw new ApiError('validation_failed', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}

/** `/v1/templates`: PDF templates, their pages and their public web form. */
export function templateRoutes(context: AppContext): App {
  const app = createRouter();
  registerTemplateRoutes(app, context);
  registerTemplateFormRoutes(app, context);
  return app;
}
