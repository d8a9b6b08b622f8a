import { deriveKey } from '../../platform/crypto/derive-key.js';
import { openSealedText, sealText } from '../../platform/crypto/sealed-text.js';

export interface WebhookSecretCipher {
  seal(secret: string): Promise<string>;
  open(sealed: string): Promise<string>;
}

/**
 * Seals webhook secrets at rest with a key derived from the server's root secret (`SIGNPORT_SECRET`,
 * or the generated one), since the server must read them back to sign every delivery.
 *
 * @example
 * const cipher = webhookSecretCipher(signer.getKey);
 * const stored = await cipher.seal(generateWebhookSecret());
 */
export function webhookSecretCipher(getRootKey: () => Promise<Uint8Array>): WebhookSecretCipher {
  const key = async () => deriveKey(await getRootKey(), 'webhook-secrets');
  return {
    seal: async (secret) => sealText(await key(), secret),
    open: async (sealed) => openSealedText(await key(), sealed),
  };
}
