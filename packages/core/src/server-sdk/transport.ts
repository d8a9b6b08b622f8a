import { errorCodes, type ApiErrorBody, type ErrorCode } from '../schemas/error.js';
import { retryAfterSeconds } from '../client/retry-after.js';
import { SignportConnectionError, SignportError } from './signport-error.js';

export interface TransportOptions {
  /** Base URL of the Signport server, e.g. `https://sign.example.com`. */
  baseUrl: string;
  /** Retries after a lost connection, a 429, a 5xx or a request still running; 2 unless set. */
  maxRetries?: number | undefined;
  /** First pause before a retry, doubled each time (a `Retry-After` header wins); 500 ms unless set. */
  retryDelayMs?: number | undefined;
  /** Gives up on one attempt after this long; 30 s unless set. */
  timeoutMs?: number | undefined;
  fetch?: typeof fetch | undefined;
}

/** Options every call takes. */
export interface CallOptions {
  /** Sent as `Idempotency-Key`; a random one is made for every mutating call when left out. */
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
}

export type Query = Record<string, unknown>;

export interface Call extends CallOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** A bearer credential: the secret key, or a function minting a user's embed token. */
  credential: () => string | Promise<string>;
  query?: Query | undefined;
  json?: unknown;
  form?: FormData | undefined;
  /** `bytes` for a file download; JSON otherwise (`undefined` on 204). */
  answer?: 'json' | 'bytes';
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const knownCodes: ReadonlySet<string> = new Set(errorCodes);

/**
 * Sends API calls with a bearer credential. Every mutating call carries an `Idempotency-Key`, and a
 * retry reuses it with the very same body bytes, so a call retried after a lost answer runs once.
 */
export class Transport {
  readonly baseUrl: string;
  readonly #maxRetries: number;
  readonly #retryDelayMs: number;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;

  constructor(options: TransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#maxRetries = options.maxRetries ?? 2;
    this.#retryDelayMs = options.retryDelayMs ?? 500;
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  async send<T>(call: Call): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (call.form) {
      // Encoded once: a multipart boundary is random, and a retry must send the same bytes.
      const encoded = new Response(call.form);
      headers['content-type'] = encoded.headers.get('content-type') ?? 'multipart/form-data';
      body = new Uint8Array(await encoded.arrayBuffer());
    } else if (call.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = new TextEncoder().encode(JSON.stringify(call.json));
    }
    if (MUTATING.has(call.method)) {
      headers['idempotency-key'] = call.idempotencyKey ?? globalThis.crypto.randomUUID();
    }
    const url = this.#url(call.path, call.query);

    for (let attempt = 0; ; attempt++) {
      headers.authorization = `Bearer ${await call.credential()}`;
      let response: Response;
      try {
        response = await this.#fetch(url, {
          method: call.method,
          headers,
          body,
          signal: this.#signal(call.signal),
        });
      } catch (cause) {
        if (call.signal?.aborted) throw cause;
        if (attempt < this.#maxRetries) {
          await pause(this.#delay(attempt));
          continue;
        }
        throw new SignportConnectionError(`Could not reach ${this.baseUrl}: ${String(cause)}`, {
          cause,
        });
      }
      if (response.ok) return (await read(response, call.answer)) as T;

      const error = await toError(response);
      if (attempt < this.#maxRetries && isRetryable(error)) {
        await pause(
          error.retryAfterSeconds !== undefined
            ? error.retryAfterSeconds * 1000
            : this.#delay(attempt),
        );
        continue;
      }
      throw error;
    }
  }

  #url(path: string, query: Query = {}): string {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) search.set(name, String(value));
    }
    const suffix = search.size > 0 ? `?${search}` : '';
    return `${this.baseUrl}${path}${suffix}`;
  }

  #signal(caller: AbortSignal | undefined): AbortSignal {
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    return caller ? AbortSignal.any([caller, timeout]) : timeout;
  }

  #delay(attempt: number): number {
    // Jitter keeps many clients that failed together from retrying together.
    return this.#retryDelayMs * 2 ** attempt * (0.75 + Math.random() / 2);
  }
}

async function read(response: Response, answer: Call['answer']): Promise<unknown> {
  if (answer === 'bytes') return new Uint8Array(await response.arrayBuffer());
  if (response.status === 204) return undefined;
  return response.json();
}

async function toError(response: Response): Promise<SignportError> {
  const payload = (await response.json().catch(() => undefined)) as ApiErrorBody | undefined;
  const error = payload?.error;
  const code: ErrorCode =
    error && knownCodes.has(error.code) ? (error.code as ErrorCode) : fallbackCode(response.status);
  return new SignportError(
    response.status,
    {
      code,
      message: error?.message ?? `The Signport server answered ${response.status}.`,
      field: error?.field,
    },
    {
      retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
      requestId: response.headers.get('x-request-id') ?? undefined,
    },
  );
}

/** A proxy's answer without the API's error body still gets a code. */
function fallbackCode(status: number): ErrorCode {
  if (status === 429) return 'rate_limited';
  if (status === 404) return 'not_found';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  return status >= 500 ? 'internal_error' : 'bad_request';
}

/** Worth trying again soon: a `Retry-After` of more than 30 s is the caller's to wait for. */
function isRetryable(error: SignportError): boolean {
  if ((error.retryAfterSeconds ?? 0) > 30) return false;
  return (
    error.status === 429 || error.status >= 500 || error.code === 'idempotency_key_in_progress'
  );
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
