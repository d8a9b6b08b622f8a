import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane).

/**
 * The form a password is hashed and checked in: NFKC, so that "é" typed as one character or as "e"
 * and a combining accent (as some keyboards and password managers send it) is the same password.
 */
export function normalizePortalPassword(password: string): string {
  return password.normalize('NFKC');
}

/** A password's argon2id hash (PHC string, salted), of its normalized form. */
export function hashPortalPassword(password: string): Promise<string> {
  return hash(normalizePortalPassword(password));
}

let decoyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown username, login not yet
 * activated) it checks against a decoy, so both answers take the time of one argon2id verify.
 */
export async function verifyPortalPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  decoyHash ??= hash('decoy password that matches nothing');
  const against = storedHash ?? (await decoyHash);
  const normalized = normalizePortalPassword(password);
  const matches = async (candidate: string) => verify(against, candidate).catch(() => false);
  // Hashes made before passwords were normalized hold the password as it was typed.
  const ok = (await matches(normalized)) || (normalized !== password && (await matches(password)));
  return Boolean(storedHash) && ok;
}
