import {
  fillPath,
  pathParameterNames,
  pathValueKey,
  type Operation,
} from './openapi-operations.js';
import { exampleOf, type KnownValue } from './schema-example.js';

export interface ExampleRequest {
  url: string;
  method: string;
  /** Headers besides Authorization. */
  headers: Record<string, string>;
  body?: string | FormData | Uint8Array;
  /** Every value the request carries (path, query, body), to tell whether it names another tenant's rows. */
  carried: string;
  /** Path parameters the world had no real value for. */
  unmapped: string[];
}

/**
 * A well-formed call of an operation with the world's real values: path parameters and `senderId`
 * from the world, required query parameters and the body from the schema's examples.
 */
export function exampleRequest(
  operation: Operation,
  pathValues: Record<string, string>,
  known: KnownValue,
): ExampleRequest {
  const unmapped: string[] = [];
  const values: Record<string, string> = {};
  for (const name of pathParameterNames(operation.path)) {
    const real = pathValues[pathValueKey(operation.path, name)];
    if (real === undefined) unmapped.push(name);
    values[name] = real ?? `${name}_00000000000000000000000000000000`;
  }
  const query = new URLSearchParams();
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query') continue;
    const value = known(parameter.name);
    if (value !== undefined) query.set(parameter.name, String(value));
    else if (parameter.required)
      query.set(parameter.name, String(exampleOf(parameter.schema ?? {}, known)));
  }
  const url = `${fillPath(operation.path, values)}${query.size > 0 ? `?${query}` : ''}`;
  const headers: Record<string, string> = {};
  let body: ExampleRequest['body'];
  let carriedBody = '';
  const jsonSchema = operation.body['application/json'];
  const multipartSchema = operation.body['multipart/form-data'];
  if (jsonSchema) {
    body = JSON.stringify(exampleOf(jsonSchema, known) ?? {});
    headers['content-type'] = 'application/json';
    carriedBody = body;
  } else if (multipartSchema) {
    const form = new FormData();
    for (const [name, property] of Object.entries(multipartSchema.properties ?? {})) {
      if (property.format === 'binary' || property.type === undefined) {
        form.set(name, new File(['%PDF-1.7\n%%EOF\n'], 'example.pdf', { type: 'application/pdf' }));
      } else {
        const value = known(name) ?? exampleOf(property, known);
        form.set(name, typeof value === 'string' ? value : JSON.stringify(value));
      }
      carriedBody += ` ${String(form.get(name))}`;
    }
    body = form;
  } else if (operation.body['application/octet-stream']) {
    body = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    headers['content-type'] = 'application/octet-stream';
  }
  return {
    url,
    method: operation.method,
    headers,
    body,
    carried: `${decodeURIComponent(url)} ${carriedBody}`,
    unmapped,
  };
}
