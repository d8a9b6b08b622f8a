import type { OpenApiDocument } from '../../platform/api-reference/openapi-types.js';
import { documentErrorResponse } from '../../platform/api-reference/document-error-response.js';

const MUTATING = ['post', 'put', 'patch', 'delete'] as const;

export const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (a UUID) per intended change. A retry with the same key and request gets the ' +
    'first response again (`Idempotent-Replayed: true`) without a second effect; the same key with ' +
    'another request is 422 `idempotency_key_reused`; while the first still runs, 409 ' +
    '`idempotency_key_in_progress`. Keys are kept 24 hours per caller; a public call (no ' +
    'credential) checks the key but does not replay.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
};

/**
 * Adds the `Idempotency-Key` header, honoured by one middleware for every mutating `/v1` call, to
 * each such operation of the document with the refusals it brings: 400 for a malformed key, and for
 * a caller with credentials (keys are scoped to them) 422 and 409 for a reused or busy key. Also the
 * shared `IdempotencyKey` parameter component.
 */
export function documentIdempotencyKey(document: OpenApiDocument): OpenApiDocument {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith('/v1/')) continue;
    for (const method of MUTATING) {
      const operation = item[method];
      if (!operation) continue;
      operation.parameters = [...(operation.parameters ?? []), idempotencyKeyParameter];
      documentErrorResponse(operation, 400, 'A malformed `Idempotency-Key` (`validation_failed`)');
      if (!operation.security?.length) continue;
      documentErrorResponse(
        operation,
        422,
        'The `Idempotency-Key` was used for another request (`idempotency_key_reused`)',
      );
      documentErrorResponse(
        operation,
        409,
        'A request with this `Idempotency-Key` still runs (`idempotency_key_in_progress`)',
      );
    }
  }
  const components = (document.components ??= {}) as NonNullable<OpenApiDocument['components']> & {
    parameters?: Record<string, unknown>;
  };
  components.parameters = { ...components.parameters, IdempotencyKey: idempotencyKeyParameter };
  return document;
}
