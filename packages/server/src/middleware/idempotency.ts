import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, CorsPolicy } from '../platform/http/app-env.js';
import type { Clock } from '../platform/clock.js';
import { deriveKey } from '../platform/crypto/derive-key.js';
import { openSealedText, sealText } from '../platform/crypto/sealed-text.js';
import type { Database } from '../platform/db/open-database.js';
import type { EmbedTokenSigner } from '../capabilities/embed-tokens/embed-token-claims.js';
import { ApiError } from '../platform/errors/api-error.js';
import { claimIdempotencyKey } from '../capabilities/idempotency/claim-idempotency-key.js';
import { readRequestBytes } from '../capabilities/idempotency/read-request-bytes.js';
import { releaseIdempotencyKey } from '../capabilities/idempotency/release-idempotency-key.js';
import { resolveIdempotencyScope } from '../capabilities/idempotency/resolve-idempotency-scope.js';
import { saveIdempotentResponse } from '../capabilities/idempotency/save-idempotent-response.js';

export interface IdempotencyOptions {
  db: Database;
  /** Verifies credentials (to scope keys) and gives the root key responses are sealed with. */
  signer: EmbedTokenSigner;
  clock: Clock;
  /** How long a key is remembered (default 24 h). */
  ttlMs?: number;
  /** How long a first request may run before a retry may take its key over (default 2 min). */
  lockMs?: number;
  /** Largest non-JSON body hashed (default 32 MB, above every upload limit). */
  maxBodyBytes?: number;
}

interface StoredResponse {
  status: number;
  headers: [string, string][];
  body: string;
  corsPolicy: CorsPolicy | undefined;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// Added per request by outer middleware (request id, CORS, security headers) or by the runtime.
const UNSTORED_HEADERS = /^(x-request-id|vary|date|content-length|access-control-.*)$/i;

/**
 * Honours `Idempotency-Key` on every mutating request of a caller with a valid credential: the
 * first request runs; a repeat with the same key, method, path, origin and body gets the stored
 * response again (`Idempotent-Replayed: true`) without running; the same key with another request
 * is 422 `idempotency_key_reused`; a repeat while the first still runs is 409
 * `idempotency_key_in_progress`. 5xx answers are not kept, so a retry runs again. Keys are scoped to
 * the verified account and principal, kept 24 hours, and responses are sealed with a key derived
 * from the idempotency key itself, which is never stored.
 *
 * @example
 * app.use('/v1/*', jsonBody(), idempotency({ db, signer, clock }));
 */
export function idempotency({
  db,
  signer,
  clock,
  ttlMs = 24 * 60 * 60_000,
  lockMs = 2 * 60_000,
  maxBodyBytes = 32 * 1024 * 1024,
}: IdempotencyOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (key === undefined || !MUTATING.has(c.req.method)) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new ApiError(
        'validation_failed',
        'Idempotency-Key: use 1 to 255 visible ASCII characters, e.g. a UUID.',
        { field: 'Idempotency-Key' },
      );
    }
    const scope = await resolveIdempotencyScope(c, { db, signer, clock });
    if (!scope) return next();

    const scopeName = `${scope.accountId ?? ''}:${scope.principal}`;
    const id = sha256(scopeName, key);
    const url = new URL(c.req.url);
    const requestHash = sha256(
      c.req.method,
      url.pathname + url.search,
      c.req.header('Origin') ?? '',
      withoutMultipartBoundary(
        await readRequestBytes(c, maxBodyBytes),
        c.req.header('Content-Type') ?? '',
      ),
    );
    const sealingKey = deriveKey(
      await signer.getKey(),
      'idempotent-responses',
      `${scopeName}\n${key}`,
    );

    const claim = await claimIdempotencyKey(db, {
      id,
      accountId: scope.accountId,
      requestHash,
      now: clock(),
      ttlMs,
      lockMs,
    });
    if (claim.outcome === 'reused') {
      throw new ApiError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used for another request. Use a new key for a new request.',
        { field: 'Idempotency-Key' },
      );
    }
    if (claim.outcome === 'in_progress') {
      throw new ApiError(
        'idempotency_key_in_progress',
        'A request with this Idempotency-Key is still being processed. Retry in a moment.',
        { field: 'Idempotency-Key' },
      );
    }
    if (claim.outcome === 'replay') {
      const stored = JSON.parse(openSealedText(sealingKey, claim.sealedResponse)) as StoredResponse;
      c.set('corsPolicy', stored.corsPolicy);
      const headers = new Headers(stored.headers);
      headers.set('Idempotent-Replayed', 'true');
      return new Response(stored.body === '' ? null : Buffer.from(stored.body, 'base64'), {
        status: stored.status,
        headers,
      });
    }

    try {
      await next();
    } catch (error) {
      await releaseIdempotencyKey(db, { id, requestHash });
      throw error;
    }
    const res = c.res;
    if (res.status >= 500) {
      await releaseIdempotencyKey(db, { id, requestHash });
      return;
    }
    const stored: StoredResponse = {
      status: res.status,
      headers: [...res.headers].filter(([name]) => !UNSTORED_HEADERS.test(name)),
      body: Buffer.from(await res.clone().arrayBuffer()).toString('base64'),
      corsPolicy: c.get('corsPolicy'),
    };
    await saveIdempotentResponse(db, {
      id,
      requestHash,
      sealedResponse: sealText(sealingKey, JSON.stringify(stored)),
    });
  });
}

// Clients draw a new multipart boundary for every send, a retry included: it is not part of the request.
function withoutMultipartBoundary(body: Uint8Array, contentType: string): Uint8Array | string {
  const boundary = /^multipart\/.*;\s*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  return boundary ? Buffer.from(body).toString('latin1').split(boundary).join('') : body;
}

function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\n');
  return hash.digest('hex');
}
