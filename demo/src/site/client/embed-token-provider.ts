import type { TokenProvider } from '@signport/core/client';

/** Fetch a new token this long before the current one expires, so no request carries a stale one. */
const refreshMarginMs = 60_000;

interface IssuedToken {
  token: string;
  expiresAt: string;
}

/**
 * A `tokenProvider` for the Signport elements: gets an embed token from the host's own backend
 * (which holds the secret key), caches it, and fetches a fresh one shortly before it expires.
 */
export function createEmbedTokenProvider(endpoint: string): TokenProvider {
  let current: { token: string; expiresAtMs: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const response = await fetch(endpoint, { method: 'POST', credentials: 'same-origin' });
    const body = (await response.json().catch(() => undefined)) as
      IssuedToken | { error?: { message?: string } } | undefined;
    if (!response.ok || !body || !('token' in body)) {
      const reason = body && 'error' in body ? body.error?.message : undefined;
      throw new Error(reason ?? `The site could not get a Signport token (${response.status}).`);
    }
    current = { token: body.token, expiresAtMs: Date.parse(body.expiresAt) };
    return body.token;
  };

  return () => {
    if (current && current.expiresAtMs - Date.now() > refreshMarginMs) return current.token;
    pending ??= fetchToken().finally(() => (pending = undefined));
    return pending;
  };
}
