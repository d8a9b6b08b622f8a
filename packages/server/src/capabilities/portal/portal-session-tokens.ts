import type { PortalTokens } from '@signport/core';

/** Tokens of a portal session as the routes hand them out: the body plus the cookie's lifetime. */
export interface PortalSessionTokens {
  tokens: PortalTokens & { refreshToken: string };
  sessionExpiresAt: Date;
}
