import type { OpenApiDocument } from '../../platform/api-reference/openapi-types.js';

const MUTATING = ['post', 'put', 'patch', 'delete'] as const;

export const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (a UUID) per intended change. A retry with the same key and request gets the ' +
    'first response again (`Idempotent-Replayed: true`) without a second effect; the same key with ' +
    'another request is 422 `idempotency_key_reused`; while the first still runs, 409 ' +
    '`idempotency_key_in_progress`. Keys are kept 24 hours per caller.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

/**
 * Adds the `Idempotency-Key` header, honoured by one middleware for every mutating `/v1` call, to
 * each such operation of the document, and as the shared `IdempotencyKey` parameter component.
 */
export function documentIdempotencyKey(document: OpenApiDocument): OpenApiDocument {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith('/v1/')) continue;
    for (const method of MUTATING) {
      const operation = item[method];
      if (operation)
        operation.parameters = [...(operation.parameters ?? []), idempotencyKeyParameter];
    }
  }
  const components = (document.components ??= {}) as NonNullable<OpenApiDocument['components']> & {
    parameters?: Record<string, unknown>;
  };
  components.parameters = { ...components.parameters, IdempotencyKey: idempotencyKeyParameter };
  return document;
}
