import fc from 'fast-check';
import {
  fillPath,
  isMutating,
  pathParameterNames,
  pathValueKey,
  type JsonSchema,
  type Operation,
} from './openapi-operations.js';
import { exampleOf, type KnownValue } from './schema-example.js';

/** A request the fuzz suite sends; `describe()` of it is what a failure prints. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | FormData | Uint8Array;
  /** A short account of what was generated, for failure messages. */
  summary: string;
}

export interface FuzzInputs {
  /** A valid credential per security scheme (`embedToken`, `secretKey`, `partyToken`, `portalToken`). */
  credentials: Record<string, string>;
  /** Real path parameter values, keyed like `ApiWorld.pathValues`. */
  pathValues: Record<string, string>;
  known: KnownValue;
  /** A well-formed embed token of another key, reused to build malformed ones. */
  sampleJwt: string;
}

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});
const unicode = fc.string({ unit: 'grapheme', maxLength: 40 });
const hostileStrings = fc.constantFrom(
  '',
  ' ',
  '..',
  '../../etc/passwd',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '-1',
  '0',
  '1e309',
  'NaN',
  '99999999999999999999999999',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '\u0000',
  '🏠👩‍👩‍👧',
  'a'.repeat(5000),
);
const anyText = fc.oneof(printable, unicode, hostileStrings);

function pathArbitrary(operation: Operation, inputs: FuzzInputs) {
  const names = pathParameterNames(operation.path);
  const others = Object.values(inputs.pathValues);
  return fc
    .tuple(
      ...names.map((name) => {
        const real = inputs.pathValues[pathValueKey(operation.path, name)];
        return fc.oneof(
          { weight: 4, arbitrary: real === undefined ? anyText : fc.constant(real) },
          { weight: 1, arbitrary: fc.constantFrom(...others) },
          { weight: 2, arbitrary: anyText },
        );
      }),
      // Unencoded percent signs test the router's own decoding.
      fc.option(fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%2e%2e'), { freq: 6 }),
    )
    .map(([...values]) => {
      const raw = values.pop() as string | null;
      const filled = fillPath(
        operation.path,
        Object.fromEntries(names.map((name, index) => [name, values[index] as string])),
      );
      return raw && names.length > 0 ? filled.replace(/[^/]*$/, raw) : filled;
    });
}

function queryArbitrary(operation: Operation, inputs: FuzzInputs) {
  const documented = operation.parameters.filter((parameter) => parameter.in === 'query');
  const valueOf = (name: string, schema: JsonSchema | undefined) =>
    fc.oneof(
      fc.constant(String(inputs.known(name) ?? exampleOf(schema ?? {}, inputs.known))),
      anyText,
      fc.integer().map(String),
      fc.double().map(String),
    );
  const pairs = documented.map((parameter) =>
    fc.option(
      fc
        .array(valueOf(parameter.name, parameter.schema), { minLength: 1, maxLength: 2 })
        .map((values) => values.map((value) => [parameter.name, value] as [string, string])),
      { freq: 3 },
    ),
  );
  const extra = fc.option(
    fc.tuple(fc.constantFrom('__proto__', 'constructor[prototype][polluted]', 'x', ''), anyText),
    { freq: 4 },
  );
  return fc.tuple(fc.tuple(...pairs), extra).map(([chosen, more]) => {
    const params = new URLSearchParams();
    for (const entries of chosen)
      for (const [name, value] of entries ?? []) params.append(name, value);
    if (more) params.append(more[0], more[1]);
    const text = params.toString();
    return text ? `?${text}` : '';
  });
}

interface BodyChoice {
  contentType?: string;
  body?: string | FormData | Uint8Array;
  summary: string;
}

/** An example body of the schema with one property replaced, removed, or given a polluting key. */
function wrongShapedJson(schema: JsonSchema, inputs: FuzzInputs): fc.Arbitrary<BodyChoice> {
  const base = exampleOf(schema, inputs.known);
  const names = Object.keys(schema.properties ?? {});
  const property = names.length > 0 ? fc.constantFrom(...names) : fc.constant('name');
  const wrongValue = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    hostileStrings,
    fc.constantFrom(-1, 0, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, true, null, [], {}),
  );
  return fc
    .tuple(property, fc.constantFrom('replace', 'remove', 'pollute', 'huge-number'), wrongValue)
    .map(([name, how, value]) => {
      const record =
        base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as object) } : {};
      const target = record as Record<string, unknown>;
      if (how === 'replace') target[name] = value;
      if (how === 'remove') delete target[name];
      let text = JSON.stringify(record);
      if (how === 'pollute') {
        text = `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},${text.slice(1)}`;
      }
      if (how === 'huge-number') {
        // Out of every numeric range, written as JSON text (JSON.stringify cannot).
        target[name] = 0;
        text = JSON.stringify(record).replace(`"${name}":0`, `"${name}":1e999`);
      }
      return { contentType: 'application/json', body: text, summary: `${how} ${name}` };
    });
}

function multipartBody(schema: JsonSchema, inputs: FuzzInputs): fc.Arbitrary<BodyChoice> {
  const names = Object.keys(schema.properties ?? {});
  return fc
    .tuple(
      fc.subarray(names),
      fc.array(fc.tuple(fc.constantFrom(...names, 'extra'), anyText), { maxLength: 3 }),
      fc.uint8Array({ maxLength: 64 }),
      fc.constantFrom('application/pdf', 'image/png', 'text/plain', ''),
    )
    .map(([kept, strings, bytes, type]) => {
      const form = new FormData();
      for (const name of kept) {
        const property = schema.properties![name]!;
        if (property.format === 'binary' || property.type === undefined) {
          form.set(name, new File([bytes], 'fuzz.pdf', { type }));
        } else {
          form.set(name, JSON.stringify(inputs.known(name) ?? exampleOf(property, inputs.known)));
        }
      }
      for (const [name, value] of strings) form.append(name, value);
      return { body: form, summary: `multipart ${kept.join(',')} + ${strings.length} strings` };
    });
}

function bodyArbitrary(operation: Operation, inputs: FuzzInputs): fc.Arbitrary<BodyChoice> {
  if (!isMutating(operation.method)) return fc.constant({ summary: 'no body' });
  const jsonSchema = operation.body['application/json'];
  const multipartSchema = operation.body['multipart/form-data'];
  const choices: fc.Arbitrary<BodyChoice>[] = [
    fc.constant({ summary: 'no body' }),
    fc.jsonValue({ maxDepth: 3 }).map((value) => ({
      contentType: 'application/json',
      body: JSON.stringify(value),
      summary: 'arbitrary JSON',
    })),
    fc.oneof(printable, unicode).map((text) => ({
      contentType: 'application/json',
      body: `{${text}`,
      summary: 'malformed JSON',
    })),
    fc
      .tuple(
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          'multipart/form-data; boundary=zz',
          'application/octet-stream',
          'application/xml',
          'application/merge-patch+json',
          'application/json; charset=utf-16',
          '',
        ),
        fc.oneof(printable, fc.constant('a=1&b=%zz'), fc.constant('--zz\r\nbroken')),
      )
      .map(([contentType, body]) => ({
        contentType,
        body,
        summary: `content-type "${contentType}"`,
      })),
    fc.constantFrom(1024 * 1024 + 1, 200_000).map((size) => ({
      contentType: 'application/json',
      body: JSON.stringify({ name: 'x'.repeat(size), text: 'x', body: 'x', title: 'x' }),
      summary: `oversized ${size} bytes`,
    })),
  ];
  if (jsonSchema)
    choices.push(wrongShapedJson(jsonSchema, inputs), wrongShapedJson(jsonSchema, inputs));
  if (multipartSchema) choices.push(multipartBody(multipartSchema, inputs));
  if (operation.body['application/octet-stream']) {
    choices.push(
      fc.uint8Array({ maxLength: 256 }).map((bytes) => ({
        contentType: 'application/octet-stream',
        body: bytes,
        summary: `${bytes.length} raw bytes`,
      })),
    );
  }
  return fc.oneof(...choices);
}

function authorizationArbitrary(operation: Operation, inputs: FuzzInputs) {
  const valid = operation.schemes
    .map((scheme) => inputs.credentials[scheme])
    .filter((value): value is string => value !== undefined);
  const [header, payload] = inputs.sampleJwt.split('.');
  const odd = fc.oneof(
    fc.constantFrom(
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer ',
      'Token abc',
      'Bearer sk_',
      `Bearer sk_${'0'.repeat(64)}`,
      `Bearer ${'x'.repeat(16_000)}`,
      'Bearer a.b.c',
      'Bearer ...',
      `Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.${payload}.`,
      `Bearer ${header}.${payload}.AAAA`,
      `Bearer ${header}.e30.`,
      `Bearer ${inputs.sampleJwt}x`,
    ),
    printable.map((text) => `Bearer ${text}`),
    printable,
  );
  return fc.oneof(
    {
      weight: valid.length > 0 ? 4 : 0,
      arbitrary:
        valid.length > 0
          ? fc.constantFrom(...valid).map((token) => `Bearer ${token}`)
          : fc.constant(''),
    },
    { weight: 1, arbitrary: odd },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

const extraHeaders = fc.record(
  {
    'idempotency-key': fc.oneof(printable, fc.uuid()),
    origin: fc.constantFrom('https://www.shoreline.test', 'https://evil.test', 'null', 'not a url'),
    'if-none-match': printable,
    'x-forwarded-for': fc.constantFrom('1.2.3.4', 'garbage', '::1, 10.0.0.1', ''),
    accept: fc.constantFrom('*/*', 'text/html', 'application/xml', ''),
  },
  { requiredKeys: [] },
);

/** Hostile requests for one operation: bodies, path and query parameters, and headers. */
export function fuzzRequests(operation: Operation, inputs: FuzzInputs): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      path: pathArbitrary(operation, inputs),
      query: queryArbitrary(operation, inputs),
      body: bodyArbitrary(operation, inputs),
      authorization: authorizationArbitrary(operation, inputs),
      headers: extraHeaders,
    })
    .map(({ path, query, body, authorization, headers }) => {
      const all: Record<string, string> = { ...headers };
      if (authorization !== undefined) all.authorization = authorization;
      if (body.contentType !== undefined) all['content-type'] = body.contentType;
      const shownAuthorization =
        authorization === undefined
          ? 'none'
          : `${authorization.slice(0, 24)}…(${authorization.length})`;
      const summary = `${operation.method} ${path.slice(0, 200)}${query.slice(0, 200)} body: ${body.summary}; authorization: ${shownAuthorization}; headers: ${Object.keys(headers).join(',') || 'none'}`;
      // fast-check prints this instead of the whole request (bodies can be megabytes).
      return {
        method: operation.method,
        url: `${path}${query}`,
        headers: all,
        body: body.body,
        summary,
        [fc.toStringMethod]: () => summary,
      };
    });
}
