import type { OpenApiDocument, Operation } from '../platform/api-reference/openapi-types.js';
import { documentErrorResponse } from '../platform/api-reference/document-error-response.js';
import { operationExamples, type OperationExample } from './operation-examples.js';
import { operationIds } from './operation-ids.js';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/**
 * What every route has in common, added once to the generated document rather than on each route:
 * its `operationId` and examples, `security: []` on public operations (no credential at all, as opposed to an
 * undocumented one), and the 400 the shared validation gives for a malformed path parameter.
 */
export function completeApiDocument(document: OpenApiDocument): OpenApiDocument {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const id = operationIds[`${method.toUpperCase()} ${path}`];
      if (id) operation.operationId = id;
      if (id) addExamples(operation, operationExamples[id]);
      operation.security ??= [];
      if (operation.parameters?.some((parameter) => parameter.in === 'path')) {
        documentErrorResponse(operation, 400, 'A malformed path parameter (`validation_failed`)');
      }
    }
  }
  return document;
}

function addExamples(operation: Operation, examples: OperationExample | undefined): void {
  const requestBody = operation.requestBody?.content?.['application/json'];
  if (requestBody && examples?.request !== undefined) requestBody.example = examples.request;
  for (const [status, example] of Object.entries(examples?.responses ?? {})) {
    const media = operation.responses?.[status]?.content?.['application/json'];
    if (!media) throw new Error(`${operation.operationId}: no JSON ${status} for its example`);
    media.example = example;
  }
}
