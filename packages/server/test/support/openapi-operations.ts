import type { App } from '../../src/app-context.js';

/** The part of a JSON Schema (OpenAPI 3.1) the suites read. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

/** One operation of the served OpenAPI document, with `$ref`s of its request resolved. */
export interface Operation {
  method: string;
  /** The OpenAPI path template, e.g. `/v1/contacts/{id}`. */
  path: string;
  /** e.g. `POST /v1/contacts/{id}`: how the suites name an operation. */
  label: string;
  parameters: Parameter[];
  /** Security schemes any one of which authorizes the call; empty for a public operation. */
  schemes: string[];
  /** Whether an anonymous call is documented as allowed (`security` absent, `[]`, or containing `{}`). */
  anonymousAllowed: boolean;
  /** Request body media type → schema. */
  body: Record<string, JsonSchema>;
}

interface RawOperation {
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete']);

/** Inlines `#/components/schemas/*` references (cycles are cut to `{}`). */
function resolveSchema(
  schema: JsonSchema | undefined,
  components: Record<string, JsonSchema>,
  seen: string[] = [],
): JsonSchema {
  if (!schema || typeof schema !== 'object') return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.includes(name)) return {};
    return resolveSchema(components[name], components, [...seen, name]);
  }
  const resolved: JsonSchema = { ...schema };
  if (schema.properties) {
    resolved.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [
        key,
        resolveSchema(value, components, seen),
      ]),
    );
  }
  if (schema.items) resolved.items = resolveSchema(schema.items, components, seen);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (list) resolved[key] = list.map((item) => resolveSchema(item, components, seen));
  }
  return resolved;
}

/** Every operation of the app's own `GET /v1/openapi.json`, so routes added later are covered too. */
export async function listOperations(app: App): Promise<Operation[]> {
  const res = await app.request('/v1/openapi.json');
  if (res.status !== 200) throw new Error(`openapi.json answered ${res.status}`);
  const doc = (await res.json()) as OpenApiDocument;
  const components = doc.components?.schemas ?? {};
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const security = raw.security ?? [];
      const body: Record<string, JsonSchema> = {};
      for (const [type, media] of Object.entries(raw.requestBody?.content ?? {})) {
        body[type] = resolveSchema(media.schema, components);
      }
      operations.push({
        method: method.toUpperCase(),
        path,
        label: `${method.toUpperCase()} ${path}`,
        parameters: (raw.parameters ?? []).map((parameter) => ({
          ...parameter,
          schema: resolveSchema(parameter.schema, components),
        })),
        schemes: [...new Set(security.flatMap((requirement) => Object.keys(requirement)))],
        anonymousAllowed:
          security.length === 0 ||
          security.some((requirement) => Object.keys(requirement).length === 0),
        body,
      });
    }
  }
  return operations;
}

/** Fills an OpenAPI path template, URL-encoding each value. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** The path parameter names of a template, in order. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** The key a path parameter's real value is stored under, e.g. `teams/contacts` for `{contactId}`. */
export function pathValueKey(path: string, name: string): string {
  const segments = path.split('/').filter(Boolean).slice(1);
  const index = segments.indexOf(`{${name}}`);
  return segments
    .slice(0, index)
    .filter((segment) => !segment.startsWith('{'))
    .join('/');
}

export const isMutating = (method: string) => method !== 'GET' && method !== 'HEAD';

/**
 * Reads first, deletions (and voids) last, children before parents: a suite that lets some writes
 * through keeps the world's rows for the operations that come after.
 */
export function readsFirst(operations: Operation[]): Operation[] {
  const rank = ({ method, path }: Operation) =>
    method === 'GET' ? 0 : method === 'DELETE' || path.endsWith('/void') ? 2 : 1;
  // Within a rank, children before parents: a client's document is deleted before the client.
  const depth = ({ path }: Operation) => path.split('/').length;
  return [...operations].sort((x, y) => rank(x) - rank(y) || depth(y) - depth(x));
}
