// `POST /v1/party/attachments/<fieldId>?filename=` for `api-endpoints.ts`, on the scope's party
// view (set with `__party`), with a 64 KB cap. The body is the raw file;
// like the server, the type is read from its first bytes. Requests are recorded in `__requests`
// as `{ method, path, authorization, body: { filename, contentType, size } }`, and the scope's
// `hold` and `failure` scenario apply.

import type { IncomingMessage } from 'node:http';
import type { Attachment, ErrorCode } from '@signport/core/client';
import { answer, refuse } from './http.js';
import type { Context } from './http.js';
import type { Scope } from './scope.js';

const MAX_BYTES = 64 * 1024;

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sniff(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** Answers an attachment upload of one test scope; resolves true when it did. */
export async function attachmentEndpoints(ctx: Context, scope: Scope, path: string) {
  const match = /^\/v1\/party\/attachments\/([\w-]+)$/.exec(path);
  if (!match || ctx.method !== 'POST') return false;
  const fieldId = match[1]!;
  const bytes = await readBytes(ctx.req);
  const filename = String(ctx.query.filename ?? '');
  scope.requests.push({
    method: ctx.method,
    path,
    authorization: ctx.get('authorization') || null,
    body: { filename, contentType: ctx.get('content-type'), size: bytes.length },
  });
  if (scope.scenario.hold) await new Promise<void>((release) => scope.held.push(release));
  const refuseField = (status: number, code: ErrorCode, message: string) =>
    refuse(ctx, status, { code, message, field: fieldId });

  if (scope.scenario.failure) {
    const { status, ...error } = scope.scenario.failure;
    answer(ctx, status, { error });
  } else if (!/^Bearer .+$/.test(ctx.get('authorization')) || !scope.party) {
    refuse(ctx, 401, { code: 'unauthorized', message: 'Unknown signing link.' });
  } else {
    const field = scope.party.view.fields.find((candidate) => candidate.id === fieldId);
    const contentType = sniff(bytes);
    if (!field) refuseField(403, 'field_not_yours', 'This field belongs to another party');
    else if (field.locked || scope.party.lockedFieldIds.has(fieldId))
      refuseField(403, 'field_locked', 'This field is locked');
    else if (bytes.length > MAX_BYTES)
      refuseField(413, 'payload_too_large', 'The file is larger than the 0.1 MB limit.');
    else if (!contentType)
      refuseField(
        415,
        'unsupported_media_type',
        'This file type is not accepted: attach a PDF, PNG, JPEG, WebP or HEIC file.',
      );
    else {
      const attachment: Attachment = {
        id: `att_${fieldId}`,
        fieldId,
        filename,
        contentType,
        size: bytes.length,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        uploadedAt: new Date().toISOString(),
      };
      field.value = attachment.id;
      field.attachment = attachment;
      answer(ctx, 201, attachment);
    }
  }
  return true;
}
