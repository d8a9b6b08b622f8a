import { hkdfSync } from 'node:crypto';

/**
 * A 256-bit key for one purpose, derived (HKDF-SHA256) from the server's root secret, so that no
 * two uses ever share a key.
 *
 * @example
 * const key = deriveKey(await signer.getKey(), 'webhook-secrets');
 */
export function deriveKey(rootKey: Uint8Array, purpose: string, salt: string = ''): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', rootKey, salt, `signport:${purpose}`, 32));
}
