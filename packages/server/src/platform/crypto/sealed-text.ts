import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts text with AES-256-GCM for storage: `iv.tag.ciphertext`, each base64url. Used for values the
 * server must read back (webhook signing secrets, replayable responses), unlike tokens, which are hashed.
 *
 * @example
 * const stored = sealText(key, 'whsec_…');
 * openSealedText(key, stored); // 'whsec_…'
 */
export function sealText(key: Uint8Array, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.');
}

/** The text `sealText` sealed; throws when the key is wrong or the value was altered. */
export function openSealedText(key: Uint8Array, sealed: string): string {
  const [iv = '', tag = '', ciphertext = ''] = sealed.split('.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(ciphertext, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}
