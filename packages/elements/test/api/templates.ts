// The template routes `<template-builder>` uses, in memory per test scope, merging a PATCH as the
// server does (fields replaced by id or appended, `removeFieldIds` dropped). Set up with `__templates`.
//   PUT  /__templates                 { templates, failure? }: `failure` ({ status, code, message, field? })
//                                     answers every PATCH until set again
//   GET  /v1/templates/<id>           the template, pages pointing at the SVG page images
//   PATCH /v1/templates/<id>          merges and answers the template
//   POST /v1/templates                a multipart upload: a two-page template, `processing` for one GET;
//                                     `uploadFailure` (a 400 `invalid_text_tags` body) refuses it
import type {
  Template,
  TemplatePage,
  TextTagsErrorBody,
  UpdateTemplateRequest,
} from '@signport/core/client';
import { answer, readJson, refuse } from './http.js';
import type { Context, Refusal } from './http.js';
import type { Scope } from './scope.js';

interface TemplatesState {
  items: Template[];
  /** Answers every PATCH until set again. */
  failure?: Refusal & { status: number };
  patches: UpdateTemplateRequest[];
  uploadFailure?: TextTagsErrorBody;
}

// Relative to the API, as the server hands them out.
const page = (number: number): TemplatePage => ({
  number,
  width: 612,
  height: 792,
  imageUrl: `/v1/party/pages/${number}`,
});

export async function templatesEndpoints(ctx: Context, scope: Scope, path: string) {
  if (ctx.method === 'PUT' && path === '/__templates') {
    const {
      templates = [],
      failure,
      uploadFailure,
    } = await readJson<
      Pick<TemplatesState, 'failure' | 'uploadFailure'> & { templates?: Template[] }
    >(ctx.req);
    scope.templates = {
      items: templates,
      failure,
      uploadFailure,
      patches: [],
    } satisfies TemplatesState;
    answer(ctx, 200, {});
    return true;
  }
  if (ctx.method === 'GET' && path === '/__templates') {
    answer(ctx, 200, scope.templates);
    return true;
  }
  const state = scope.templates as TemplatesState | undefined;
  if (!state || !path.startsWith('/v1/templates')) return false;
  if (ctx.method === 'POST' && path === '/v1/templates') {
    if (state.uploadFailure) {
      answer(ctx, 400, state.uploadFailure);
      return true;
    }
    const created: Template = {
      ...state.items[0]!,
      id: `tpl_upload_${state.items.length}`,
      name: 'Uploaded',
      fields: [],
      status: 'processing',
      progress: { pagesRendered: 1, pageCount: 2 },
    };
    state.items.push(created);
    answer(ctx, 201, { ...created, pages: [] });
    return true;
  }
  const id = /^\/v1\/templates\/([\w-]+)$/.exec(path)?.[1];
  const template = state.items.find((t) => t.id === id);
  if (!template) {
    refuse(ctx, 404, { code: 'not_found', message: 'No such template.' });
    return true;
  }
  if (ctx.method === 'GET') {
    const shown = { ...template, pages: [1, 2].map(page) };
    if (template.status === 'processing') {
      template.status = 'ready';
      template.progress = { pagesRendered: 2, pageCount: 2 };
    }
    answer(ctx, 200, shown);
    return true;
  }
  if (ctx.method === 'PATCH') {
    const body = await readJson<UpdateTemplateRequest>(ctx.req);
    state.patches.push(body);
    if (state.failure) {
      const { status, ...error } = state.failure;
      refuse(ctx, status, error);
      return true;
    }
    const removed = new Set(body.removeFieldIds ?? []);
    // The fake stores fields as sent; the server would fill `required` and friends in.
    const sent = new Map(
      (body.fields ?? []).map((field) => [field.id, field as Template['fields'][number]]),
    );
    const kept = template.fields.filter((field) => !removed.has(field.id));
    template.fields = [
      ...kept.map((field) => sent.get(field.id) ?? field),
      ...[...sent.values()].filter((field) => !kept.some((old) => old.id === field.id)),
    ];
    if (body.name) template.name = body.name;
    if (body.roles) template.roles = body.roles;
    if (body.signingOrder) template.signingOrder = body.signingOrder;
    answer(ctx, 200, { ...template, pages: [1, 2].map(page) });
    return true;
  }
  return false;
}
