import type { JsonSchema } from './openapi-operations.js';
import { exampleOf, type KnownValue } from './schema-example.js';

/** Where a string sits in a request body: its path, and the schemas of the objects around it. */
export interface StringLocation {
  path: (string | number)[];
  /** The schema of each container on the way, outermost first, to fill what they require. */
  containers: JsonSchema[];
}

const isString = (schema: JsonSchema) =>
  schema.type === 'string' ||
  (Array.isArray(schema.type) && schema.type.includes('string')) ||
  (schema.anyOf ?? []).some((variant) => variant.type === 'string');

/** Every string property of a body schema, optional ones included (array items at index 0). */
export function stringLocations(schema: JsonSchema, depth = 0): StringLocation[] {
  if (depth > 6) return [];
  if (isString(schema) && schema.format !== 'binary') return [{ path: [], containers: [] }];
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.find((s) => s.type !== 'null');
  if (variant && !schema.properties) return stringLocations(variant, depth + 1);
  const nested = (key: string | number, child: JsonSchema) =>
    stringLocations(child, depth + 1).map((location) => ({
      path: [key, ...location.path],
      containers: [schema, ...location.containers],
    }));
  if (schema.items) return nested(0, schema.items);
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]) => nested(name, child));
}

/**
 * The example body with `value` at `location`; containers missing from the example are filled with
 * their own example first, so the value is the only thing wrong with the request.
 */
export function withValueAt(
  example: unknown,
  location: StringLocation,
  value: string,
  known: KnownValue,
): unknown {
  const root: unknown = structuredClone(example ?? {});
  let container = root as Record<string | number, unknown>;
  location.path.forEach((key, index) => {
    if (index === location.path.length - 1) {
      container[key] = value;
      return;
    }
    const childSchema = location.containers[index + 1]!;
    if (container[key] === undefined || container[key] === null) {
      // A copy: a documented example is the schema's own object.
      const filled =
        exampleOf(childSchema, known) ?? (typeof location.path[index + 1] === 'number' ? [] : {});
      container[key] = structuredClone(filled);
    }
    container = container[key] as Record<string | number, unknown>;
  });
  return root;
}
