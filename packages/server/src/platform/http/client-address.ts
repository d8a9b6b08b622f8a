import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export interface ClientAddressOptions {
  /** Behind a proxy or load balancer, the client is the last address it appended to `X-Forwarded-For`. */
  trustProxy: boolean;
}

/**
 * The caller's IP address, for rate limits and audit trails; `unknown` when there is no socket (tests).
 * An IPv4 client of a dual-stack socket is written as plain IPv4 (`127.0.0.1`, not `::ffff:127.0.0.1`).
 */
export function clientAddress(c: Context, options: ClientAddressOptions): string {
  return withoutIpv4Mapping(rawClientAddress(c, options));
}

function rawClientAddress(c: Context, { trustProxy }: ClientAddressOptions): string {
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

function withoutIpv4Mapping(address: string): string {
  return /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1] ?? address;
}
