// Imports only types from the schemas: the elements bundle this file and must not pull in zod.
import type { TextTagsErrorBody } from '../schemas/template-preparation.js';
import type { Me } from '../schemas/me.js';
import type { OriginCheck } from '../schemas/origin-check.js';
import { SignportApiError } from './api-error.js';
import { retryAfterSeconds } from './retry-after.js';

/** Returns a current embed token; called before each request so the host can refresh it. */
export type TokenProvider = () => string | undefined | Promise<string | undefined>;

export interface ApiClientOptions {
  /** Base URL of the Signport server, e.g. `https://sign.example.com`. */
  baseUrl: string;
  /** A fixed token, or a function returning a fresh one. */
  token?: string | TokenProvider | undefined;
  fetch?: typeof fetch;
  /**
   * The language refusals should be written in (sent as `Accept-Language`), e.g. the element's
   * `lang`; the browser's own preference when unset.
   */
  language?: () => string | undefined;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Resolve with the response body as a `Blob` (a file download) instead of parsed JSON. */
  blob?: boolean;
  /** Let the request outlive the page, e.g. a last save sent as the page unloads. */
  keepalive?: boolean;
  /**
   * Resolve with the `Response` itself once it is not a refusal, to read its headers: e.g. the
   * `ETag` of a conditional read (`If-None-Match` in `headers`), which a 304 then answers.
   */
  raw?: boolean;
}

/**
 * The small typed client the elements and host pages use to call the API.
 *
 * @example
 * const api = new ApiClient({ baseUrl: 'https://sign.example.com', token: embedToken });
 * const { user } = await api.me();
 */
export class ApiClient {
  readonly baseUrl: string;
  readonly #token: ApiClientOptions['token'];
  readonly #fetch: typeof fetch;
  readonly #language: ApiClientOptions['language'];

  constructor(options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#language = options.language;
  }

  async #currentToken(): Promise<string | undefined> {
    return typeof this.#token === 'function' ? await this.#token() : this.#token;
  }

  /**
   * Why a request never got an answer. A browser shows a refused CORS preflight to the page as a
   * plain network failure, so ask the server (readable from any origin) whether this page's origin
   * is allowed, and name it if not.
   */
  async #unreachable(): Promise<SignportApiError> {
    const check = (await this.#fetch(`${this.baseUrl}/v1/origin-check`)
      .then((response) => response.json())
      .catch(() => 0)) as OriginCheck | 0;
    return new SignportApiError(0, {
      code: check && !check.allowed ? 'origin_not_allowed' : 'network_error',
      message:
        check && !check.allowed
          ? `Add this page’s origin (${check.origin}) to the Signport account’s allowed origins.`
          : 'Could not reach the signing service. Check your connection and try again.',
    });
  }

  /** Sends one request; resolves with the parsed JSON body or throws `SignportApiError`. */
  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const language = this.#language?.();
    const headers: Record<string, string> = {
      accept: 'application/json',
      // A language tag keeps the header CORS-safelisted: no preflight is added for it.
      ...(language && /^[a-z\d-]+$/i.test(language) ? { 'accept-language': language } : {}),
      ...options.headers,
    };
    const token = await this.#currentToken();
    if (token) headers.authorization = `Bearer ${token}`;
    let body: RequestInit['body'];
    if (options.body instanceof FormData || options.body instanceof Blob) {
      body = options.body;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }

    let response: Response;
    try {
      // An absolute URL (such as a download link the API returned) is used as it is.
      response = await this.#fetch(/^https?:/.test(path) ? path : `${this.baseUrl}${path}`, {
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        body,
        signal: options.signal,
        keepalive: options.keepalive,
      });
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      throw await this.#unreachable();
    }

    // A request with its own `If-None-Match` bypasses the browser's cache: a 304 is the server's.
    if (options.raw && response.status < 400) return response as T;
    if (response.status === 204) return undefined as T;
    if (response.ok && options.blob) return (await response.blob()) as T;
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (payload as Partial<TextTagsErrorBody> | undefined)?.error;
      throw new SignportApiError(
        response.status,
        {
          code: error?.code ?? 'http_error',
          message: error?.message ?? `The signing service answered ${response.status}.`,
          field: error?.field,
          ...(Array.isArray(error?.tags) && { tags: error.tags }),
        },
        retryAfterSeconds(response.headers.get('retry-after')),
      );
    }
    return payload as T;
  }

  /** The user the embed token belongs to, and their account. */
  me(signal?: AbortSignal): Promise<Me> {
    return this.request<Me>('/v1/me', { signal });
  }
}
