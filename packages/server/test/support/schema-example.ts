import type { JsonSchema } from './openapi-operations.js';

/** A real value for a property of this name (e.g. `templateId`), when the world has one. */
export type KnownValue = (name: string) => unknown;

const STRING_BY_FORMAT: Record<string, string> = {
  email: 'dana@example.test',
  uri: 'https://example.test/path',
  url: 'https://example.test/path',
  'date-time': '2030-02-01T12:00:00.000Z',
  date: '2030-02-01',
  uuid: '7a1f3c2e-0b5d-4e8f-9a6b-2c4d6e8f0a1b',
  binary: 'file',
};

function firstType(schema: JsonSchema): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type) return type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function exampleString(schema: JsonSchema): string {
  if (schema.format && STRING_BY_FORMAT[schema.format]) return STRING_BY_FORMAT[schema.format]!;
  if (schema.pattern === '^\\d{4}-\\d{2}$') return '2030-01';
  // Identifiers with a pattern (role keys, field ids) take a plain lower-case word.
  const text =
    schema.pattern && !new RegExp(schema.pattern).test('Sample text') ? 'sample' : 'Sample text';
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Infinity;
  return text.padEnd(min, 'x').slice(0, Math.max(min, Math.min(text.length, max)));
}

/**
 * A plausible valid value of a schema: documented examples and defaults first, then the first enum
 * member or variant, required properties only, and real ids of the world for names it knows.
 */
export function exampleOf(
  schema: JsonSchema,
  known: KnownValue = () => undefined,
  depth = 0,
): unknown {
  if (depth > 8) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum.find((value) => value !== null) ?? null;
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.find((s) => s.type !== 'null');
  if (variant) return exampleOf(variant, known, depth + 1);
  if (schema.allOf?.length) {
    return Object.assign({}, ...schema.allOf.map((part) => exampleOf(part, known, depth + 1)));
  }
  switch (firstType(schema)) {
    case 'object': {
      const result: Record<string, unknown> = {};
      const properties = Object.entries(schema.properties ?? {});
      // With nothing required (a PATCH body), one property makes a change worth validating.
      const wanted = schema.required?.length
        ? schema.required
        : properties.slice(0, 1).map(([name]) => name);
      for (const [name, property] of properties) {
        const real = known(name);
        if (real !== undefined) result[name] = real;
        else if (wanted.includes(name)) result[name] = exampleOf(property, known, depth + 1);
      }
      return result;
    }
    case 'array': {
      const item = exampleOf(schema.items ?? {}, known, depth + 1);
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
    }
    case 'string':
      return exampleString(schema);
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
    case 'boolean':
      return true;
    default:
      return 'Sample text';
  }
}
