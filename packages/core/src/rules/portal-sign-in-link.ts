/**
 * Emailed sign-in links carry this before their random part, so a portal page that hands every
 * link token to `<client-portal-login>` gets sign-in links signed in rather than asking a password.
 */
export const PORTAL_SIGN_IN_LINK_PREFIX = 'signin_';

/** A sign-in link works for 15 minutes, once. */
export const PORTAL_SIGN_IN_LINK_LIFETIME_MS = 15 * 60 * 1000;
