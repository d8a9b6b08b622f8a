import type { Context } from 'hono';
import { ApiError } from '../../platform/errors/api-error.js';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * The request body as bytes, read once without taking it from the route: a JSON body comes from
 * Hono's cache (parsed earlier by `jsonBody`), any other body (multipart uploads) is read up to
 * `maxBytes` and put back as a fresh request for the route's own limit and parser.
 */
export async function readRequestBytes(c: Context, maxBytes: number): Promise<Uint8Array> {
  if (JSON_MEDIA_TYPE.test(c.req.header('Content-Type') ?? '')) {
    return new TextEncoder().encode(await c.req.text());
  }
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ApiError('payload_too_large', `The request body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks);
  c.req.raw = new Request(c.req.raw, { body: bytes });
  return bytes;
}
