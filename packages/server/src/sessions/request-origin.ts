import type { Context } from 'hono';
import { clientAddress, type ClientAddressOptions } from '../http/client-address.js';
import type { RequestOrigin } from './record-event.js';

/** The address and user agent of a request, for the audit trail (user agents capped at 500 characters). */
export function requestOrigin(c: Context, options: ClientAddressOptions): RequestOrigin {
  return {
    ip: clientAddress(c, options),
    userAgent: (c.req.header('User-Agent') ?? '').slice(0, 500),
  };
}
