import type { Context } from 'hono';
import { clientAddress, type ClientAddressOptions } from './client-address.js';

/** The client address and user agent of the request that caused an event. */
export interface RequestOrigin {
  ip: string;
  userAgent: string;
}

/** A request's address and user agent, for the audit trail (user agents capped at 500 characters). */
export function requestOrigin(c: Context, options: ClientAddressOptions): RequestOrigin {
  return {
    ip: clientAddress(c, options),
    userAgent: (c.req.header('User-Agent') ?? '').slice(0, 500),
  };
}
