import { webcrypto } from 'node:crypto';

type CryptoKey = webcrypto.CryptoKey;

const importedKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/**
 * An HS256 verification key imported once per key's bytes: importing costs as much as verifying.
 * A WebCrypto key, because jose exports a secret `KeyObject` (or takes raw bytes) and imports it
 * again on every call. Keyed by the very bytes the signer holds, so another key (another
 * instance's) is never mistaken for it.
 *
 * @example
 * await jwtVerify(token, await hmacVerificationKey(await signer.getKey()), { algorithms: ['HS256'] });
 */
export function hmacVerificationKey(secret: Uint8Array): Promise<CryptoKey> {
  let key = importedKeys.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    importedKeys.set(secret, key);
  }
  return key;
}
