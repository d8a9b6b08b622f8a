// The client side of a portal session (`/v1/portal/*`): types only from the schemas, no zod.
import type {
  PortalActivateRequest,
  PortalLoginRequest,
  PortalPasswordResetConfirmRequest,
  PortalPasswordResetRequest,
  PortalSetPasswordLink,
  PortalSetPasswordLinkRequest,
  PortalSignInLinkRequest,
  PortalTokens,
} from '../schemas/client-portal.js';
import { ApiClient } from './api-client.js';
import type { RequestOptions } from './api-client.js';

export interface PortalClientOptions {
  /** Base URL of the Signport server. */
  baseUrl: string;
  /** The account (brokerage) whose clients sign in here. */
  accountId: string;
  /** The current access token of the portal session, if any. */
  accessToken?: () => string | undefined;
  fetch?: typeof fetch;
}

/**
 * Calls the client portal API. Every request sends cookies (`credentials: 'include'`) so the
 * HttpOnly refresh cookie works cross-site; the refresh token in the body is the fallback where
 * the browser blocks that cookie. Reads go through `request`, typed by the caller
 * (e.g. `request<PortalDocumentList>('documents')`), which keeps the sign-in page's bundle small.
 *
 * @example
 * const portal = new PortalClient({ baseUrl, accountId: 'acc_1', accessToken: () => tokens?.accessToken });
 * const tokens = await portal.login({ username, password });
 * const me = await portal.request<PortalMe>('me');
 */
export class PortalClient {
  readonly baseUrl: string;
  readonly accountId: string;
  private readonly api: ApiClient;

  constructor(options: PortalClientOptions) {
    const send = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.api = new ApiClient({
      baseUrl: options.baseUrl,
      token: options.accessToken,
      fetch: (input, init) => send(input, { ...init, credentials: 'include' }),
    });
    this.baseUrl = this.api.baseUrl;
    this.accountId = options.accountId;
  }

  /** Sends one request to `/v1/portal/<path>` with the session's access token. */
  request<T>(path: string, options?: RequestOptions): Promise<T> {
    return this.api.request<T>(`/v1/portal/${path}`, options);
  }

  /** Fetches a shared file (a document's `downloadUrl`), which needs the access token like any read. */
  download(url: string): Promise<Blob> {
    return this.api.request<Blob>(url, { blob: true });
  }

  login(request: PortalLoginRequest): Promise<PortalTokens> {
    return this.request('login', { body: { accountId: this.accountId, ...request } });
  }

  /** Sets the first password from the invitation link, and signs in. */
  activate(request: PortalActivateRequest): Promise<PortalTokens> {
    return this.request('activate', { body: request });
  }

  /** Whose password an emailed set-password link sets; refused like `activate` once unusable. */
  describeSetPasswordLink(request: PortalSetPasswordLinkRequest): Promise<PortalSetPasswordLink> {
    return this.request('set-password-link', { body: request });
  }

  /** Rotates the refresh token (cookie, else `refreshToken`) for new tokens. */
  refresh(refreshToken?: string): Promise<PortalTokens> {
    return this.request('refresh', { body: { refreshToken } });
  }

  logout(refreshToken?: string): Promise<unknown> {
    return this.request('logout', { body: { refreshToken } });
  }

  /** Asks for a reset link by username; the answer is the same whether or not the user exists. */
  requestPasswordReset(request: PortalPasswordResetRequest): Promise<unknown> {
    return this.request('password-reset', { body: { accountId: this.accountId, ...request } });
  }

  /** Asks for an emailed sign-in link; the answer is the same whether or not the user exists. */
  requestSignInLink(request: PortalPasswordResetRequest): Promise<unknown> {
    return this.request('sign-in-link', { body: { accountId: this.accountId, ...request } });
  }

  /** Signs in with an emailed sign-in link (single use, 15 minutes). */
  signInWithLink(request: PortalSignInLinkRequest): Promise<PortalTokens> {
    return this.request('sign-in-link/confirm', { body: request });
  }

  /** Sets a new password from a reset link, and signs in. */
  confirmPasswordReset(request: PortalPasswordResetConfirmRequest): Promise<PortalTokens> {
    return this.request('password-reset/confirm', { body: request });
  }
}
