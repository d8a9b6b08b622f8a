import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { App } from '../../src/app-context.js';

// ajv-formats is CommonJS: its default export arrives wrapped under tsx.
const addFormats = ((addFormatsModule as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

const DOCUMENT_ID = 'https://signport.test/openapi.json';
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

interface DocumentResponse {
  content?: Record<string, { schema?: unknown }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, DocumentResponse> }>>;
  webhooks?: Record<string, unknown>;
}

/** One answer the app gave, as the validator saw it. */
export interface ObservedResponse {
  label: string;
  status: number;
}

/**
 * Checks real answers against the served OpenAPI document: the status must be declared for the
 * operation, and a JSON body must match the schema declared for that status (ajv, 2020-12 draft,
 * formats checked). Every answer also carries `X-Request-Id`.
 */
export class ResponseValidator {
  readonly problems: string[] = [];
  readonly observed: ObservedResponse[] = [];
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly templates: { path: string; pattern: RegExp }[];

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID } as object);
    // Literal segments win over parameters: `/v1/party/workroom` before `/v1/party/attachments/{x}`.
    this.templates = Object.keys(document.paths)
      .map((path) => ({
        path,
        pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`),
      }))
      .sort((a, b) => a.path.split('{').length - b.path.split('{').length);
  }

  /** Reads the document from the app itself. */
  static async of(app: App): Promise<ResponseValidator> {
    const res = await app.request('/v1/openapi.json');
    return new ResponseValidator((await res.json()) as OpenApiDocument);
  }

  /** Validates one answer; the response itself is left unread. */
  async check(method: string, url: string, res: Response): Promise<void> {
    const pathname = new URL(url, 'http://signport.test').pathname;
    const template = this.templates.find(({ pattern }) => pattern.test(pathname))?.path;
    const operation = template && this.document.paths[template]?.[method.toLowerCase()];
    const label = `${method} ${template ?? pathname} → ${res.status}`;
    if (!operation || !METHODS.includes(method.toLowerCase())) return; // pages and assets
    this.observed.push({ label: `${method} ${template}`, status: res.status });
    if (!res.headers.get('x-request-id')) this.problems.push(`${label}: no X-Request-Id`);
    const declared = operation.responses?.[String(res.status)];
    if (!declared) {
      this.problems.push(`${label}: status not documented`);
      return;
    }
    const contentType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    const body = await res.clone().arrayBuffer();
    if (body.byteLength === 0) return;
    const declaredType = [contentType, `${contentType.split('/')[0]}/*`, '*/*'].find(
      (type) => declared.content?.[type],
    );
    if (!declaredType) {
      this.problems.push(`${label}: ${contentType} not documented`);
      return;
    }
    if (contentType !== 'application/json') return;
    const pointer = `#/paths/${escape(template)}/${method.toLowerCase()}/responses/${res.status}/content/${escape(contentType)}/schema`;
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.getSchema(`${DOCUMENT_ID}${pointer}`);
      if (!validate) throw new Error(`no schema at ${pointer}`);
      this.validators.set(pointer, validate);
    }
    const json: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
    if (!validate(json)) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
        .join('; ');
      this.problems.push(`${label}: body does not match: ${errors}`);
    }
  }

  /** Checks the body of a webhook delivery against the document's `webhooks` entry for its type. */
  checkWebhookEvent(event: { type: string; timestamp: string; data: unknown }): void {
    const label = `webhook ${event.type}`;
    if (!this.document.webhooks?.[event.type]) {
      this.problems.push(`${label}: not documented`);
      return;
    }
    const pointer = `#/webhooks/${escape(event.type)}/post/requestBody/content/${escape('application/json')}/schema`;
    const validate = this.ajv.getSchema(`${DOCUMENT_ID}${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    if (!validate(event)) {
      const errors = (validate.errors ?? [])
        .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
        .join('; ');
      this.problems.push(`${label}: body does not match: ${errors}`);
    }
  }

  /** Makes the app check every answer it gives through `app.request`, until the test ends. */
  observe(app: App): void {
    const request = app.request.bind(app);
    const pending: Promise<void>[] = [];
    this.pending = pending;
    app.request = ((input: string | Request | URL, init?: RequestInit, ...rest: unknown[]) => {
      const method = (
        init?.method ?? (input instanceof Request ? input.method : 'GET')
      ).toUpperCase();
      const url = input instanceof Request ? input.url : String(input);
      const answer = Promise.resolve(
        (request as (...args: unknown[]) => Response | Promise<Response>)(input, init, ...rest),
      ).then(async (res) => {
        pending.push(this.check(method, url, res));
        return res;
      });
      return answer;
    }) as App['request'];
  }

  private pending: Promise<void>[] = [];

  /** Waits for the checks still running. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }
}

/** A JSON pointer segment, as a URI fragment. */
function escape(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}
