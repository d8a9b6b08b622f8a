import type { Operation } from './openapi-types.js';

const ERROR_SCHEMA = { $ref: '#/components/schemas/Error' };

/**
 * Documents that an operation can answer `status` with the given error codes: a new response in
 * the one error shape, or, when the route already declares that status, its description extended.
 */
export function documentErrorResponse(
  operation: Operation,
  status: number,
  description: string,
): void {
  const responses = (operation.responses ??= {});
  const existing = responses[status];
  if (!existing) {
    responses[status] = {
      description,
      content: { 'application/json': { schema: ERROR_SCHEMA } },
    };
  } else if (!existing.description?.includes(description)) {
    existing.description = `${existing.description ?? ''}; ${description}`;
  }
}
