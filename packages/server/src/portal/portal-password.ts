import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane).

/** A password's argon2id hash (PHC string, salted). */
export function hashPortalPassword(password: string): Promise<string> {
  return hash(password);
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
  const matches = await verify(storedHash ?? (await decoyHash), password).catch(() => false);
  return Boolean(storedHash) && matches;
}
