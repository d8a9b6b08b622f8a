import { deriveKey } from '../crypto/derive-key.js';

/**
 * The token inbound texts are signed with: the provider's `TWILIO_AUTH_TOKEN`, or outside production
 * a development token derived from the server secret, so the dev outbox can sign simulated replies.
 * Undefined in production without a token: every inbound request is refused.
 */
export function smsInboundAuthToken(
  { env, nodeEnv }: { env: Record<string, string | undefined>; nodeEnv: string },
  getRootKey: () => Promise<Uint8Array>,
): () => Promise<string | undefined> {
  return async () => {
    if (env.TWILIO_AUTH_TOKEN) return env.TWILIO_AUTH_TOKEN;
    if (nodeEnv === 'production') return undefined;
    return Buffer.from(deriveKey(await getRootKey(), 'dev-sms-inbound')).toString('hex');
  };
}
