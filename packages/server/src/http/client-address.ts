import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export interface ClientAddressOptions {
  /** Behind a proxy or load balancer, the client is the last address it appended to `X-Forwarded-For`. */
  trustProxy: boolean;
}

/** The caller's IP address, for rate limits and audit trails; `unknown` when there is no socket (tests). */
export function clientAddress(c: Context, { trustProxy }: ClientAddressOptions): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
