/** Passwords a client sets: long passphrases welcome, pasting allowed, nothing trimmed. */
export const PORTAL_PASSWORD_MIN_LENGTH = 8;
export const PORTAL_PASSWORD_MAX_LENGTH = 256;
