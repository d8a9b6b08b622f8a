import { createContext } from '../base/context.js';
import { PortalClient, SignportApiError } from '@signport/core/client';
import type { PortalMe, PortalTokens } from '@signport/core/client';

/** Why a portal session ended: the client signed out, or the server stopped accepting it. */
export type PortalSessionEnd = 'signed_out' | 'expired';

// Refresh at 80% of the access token's life, but never sooner than this: a device clock far from
// the server's must not turn into a refresh loop.
const MIN_REFRESH_DELAY_MS = 5_000;

/**
 * A signed-in client's portal session: the access token in memory, its refresh before expiry, one
 * refresh-and-retry when the server answers 401, and the end of the session. The refresh token
 * normally lives only in the server's HttpOnly cookie; where the browser refuses that cookie the
 * server sends it in the body, and it stays in a true private field, out of reach of the page.
 */
export class PortalSession {
  readonly portal: PortalClient;
  /** Who signed in and which sections their grants open, once `start()` resolved. */
  me: PortalMe | undefined;
  ended = false;
  #tokens: PortalTokens | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<boolean> | undefined;
  /** Called once when the session ends; `<client-portal-login>` sets it. */
  onEnd?: (reason: PortalSessionEnd) => void;

  constructor(baseUrl: string, accountId: string) {
    this.portal = new PortalClient({
      baseUrl,
      accountId,
      accessToken: () => this.#tokens?.accessToken,
    });
  }

  /** Takes the tokens of a login or refresh and loads who signed in. */
  async start(tokens: PortalTokens): Promise<PortalMe> {
    this.use(tokens);
    return (this.me = await this.call((portal) => portal.request<PortalMe>('me')));
  }

  /** Runs a portal request; on 401 refreshes once and retries, then ends the session. */
  async call<T>(request: (portal: PortalClient) => Promise<T>): Promise<T> {
    for (let retried = false; ; retried = true) {
      try {
        return await request(this.portal);
      } catch (error) {
        if (!(error instanceof SignportApiError) || error.status !== 401) throw error;
        if (retried || !(await this.refresh())) {
          this.end('expired');
          throw error;
        }
      }
    }
  }

  /** Exchanges the refresh token for new tokens; concurrent callers share one request. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.portal
      .refresh(this.#tokens?.refreshToken)
      .then(
        (tokens) => (this.use(tokens), true),
        () => false,
      )
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    // Signing out locally must not depend on the server answering.
    await this.portal.logout(this.#tokens?.refreshToken).catch(() => undefined);
    this.end('signed_out');
  }

  /** Forgets the tokens and tells every listener, once. */
  end(reason: PortalSessionEnd): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    this.#tokens = undefined;
    this.onEnd?.(reason);
  }

  private use(tokens: PortalTokens): void {
    // Where the refresh cookie works the body carries no refresh token: keep the last one, if any.
    this.#tokens = { ...tokens, refreshToken: tokens.refreshToken ?? this.#tokens?.refreshToken };
    clearTimeout(this.timer);
    const lifetime = Date.parse(tokens.accessTokenExpiresAt) - Date.now();
    this.timer = setTimeout(
      () => void this.refresh().then((refreshed) => refreshed || this.end('expired')),
      Math.max(MIN_REFRESH_DELAY_MS, lifetime * 0.8 || 0),
    );
  }
}

/** The signed-in session, shared by `<client-portal-login>` with the elements inside it. */
export const portalSessionContext = createContext<PortalSession | undefined>(
  'signport-portal-session',
);
