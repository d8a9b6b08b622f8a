// Imports only types from the schemas: the elements bundle this file and must not pull in zod.
import type { ApiErrorBody } from '../schemas/error.js';
import type { Me } from '../schemas/me.js';
import { SignportApiError } from './api-error.js';

/** Returns a current embed token; called before each request so the host can refresh it. */
export type TokenProvider = () => string | undefined | Promise<string | undefined>;

export interface ApiClientOptions {
  /** Base URL of the Signport server, e.g. `https://sign.example.com`. */
  baseUrl: string;
  /** A fixed token, or a function returning a fresh one. */
  token?: string | TokenProvider | undefined;
  fetch?: typeof fetch;
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
}

/** A representation the server tagged with an `ETag`, to send back with `requestIfChanged`. */
export interface Tagged<T> {
  value: T;
  etag: string;
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

  constructor(options: ApiClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  async #currentToken(): Promise<string | undefined> {
    return typeof this.#token === 'function' ? await this.#token() : this.#token;
  }

  /** Sends one request; resolves with the parsed JSON body or throws `SignportApiError`. */
  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.#send(path, options);
    if (response.status === 204) return undefined as T;
    if (options.blob) return (await response.blob()) as T;
    return (await response.json().catch(() => undefined)) as T;
  }

  /**
   * Reads `path` again only if it changed since `etag` (`If-None-Match`): resolves `undefined` when
   * the server answers 304 Not Modified, else the new body with its ETag. The browser's HTTP cache
   * is bypassed, so the server is the one that decides.
   */
  async requestIfChanged<T>(
    path: string,
    etag: string,
    options: RequestOptions = {},
  ): Promise<Tagged<T> | undefined> {
    const response = await this.#send(
      path,
      {
        ...options,
        headers: { ...options.headers, ...(etag && { 'if-none-match': etag }) },
      },
      'no-store',
    );
    if (response.status === 304) return undefined;
    return { value: (await response.json()) as T, etag: response.headers.get('etag') ?? '' };
  }

  /** The response to one request, or a `SignportApiError` for a refusal or a failed connection. */
  async #send(path: string, options: RequestOptions, cache?: RequestCache): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const token = await this.#currentToken();
    if (token) headers.authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
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
        ...(options.keepalive && { keepalive: true }),
        ...(cache && { cache }),
      });
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      throw new SignportApiError(0, {
        code: 'network_error',
        message: 'Could not reach the signing service. Check your connection and try again.',
      });
    }

    if (response.ok || response.status === 304) return response;
    const payload: unknown = await response.json().catch(() => undefined);
    const error = (payload as ApiErrorBody | undefined)?.error;
    throw new SignportApiError(
      response.status,
      {
        code: error?.code ?? 'http_error',
        message: error?.message ?? `The signing service answered ${response.status}.`,
        field: error?.field,
      },
      retryAfterSeconds(response.headers.get('retry-after')),
    );
  }

  /** The user the embed token belongs to, and their account. */
  me(signal?: AbortSignal): Promise<Me> {
    return this.request<Me>('/v1/me', { signal });
  }
}

/** `Retry-After` is either a number of seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim())
    ? Number(header)
    : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}
