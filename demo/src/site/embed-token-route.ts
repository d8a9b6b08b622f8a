import { Hono } from 'hono';
import { SignportApiError, type ApiClient } from '@signport/core/client';
import type { EmbedToken } from '@signport/core';
import { currentUser } from './current-user.js';

/**
 * `POST /api/embed-token`: the host backend's one Signport call. It asks Signport, with the secret
 * key that never leaves this server, for a short-lived token for whoever is logged in here.
 */
export function embedTokenRoute(hostApi: ApiClient) {
  return new Hono().post('/api/embed-token', async (c) => {
    const user = currentUser(c);
    try {
      const token = await hostApi.request<EmbedToken>('/v1/embed-tokens', {
        method: 'POST',
        body: { externalId: user.externalId },
      });
      c.header('cache-control', 'no-store');
      return c.json(token);
    } catch (error) {
      if (!(error instanceof SignportApiError)) throw error;
      const message = `Could not get a Signport token: ${error.message}`;
      return c.json({ error: { code: 'signport_unavailable', message } }, 502);
    }
  });
}
