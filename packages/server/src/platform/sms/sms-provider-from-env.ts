import { z } from 'zod';
import type { Clock } from '../clock.js';
import { ConfigError } from '../config.js';
import type { Database } from '../db/open-database.js';
import { outboxSmsProvider } from './outbox-sms-provider.js';
import type { SmsProvider } from './sms-provider.js';
import { twilioSmsProvider } from './twilio-sms-provider.js';

const Env = z.object({
  TWILIO_ACCOUNT_SID: z.string().min(1).optional(),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  TWILIO_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://api.twilio.com'),
});

/**
 * The Twilio-compatible provider when `TWILIO_ACCOUNT_SID` and `TWILIO_AUTH_TOKEN` are set
 * (`TWILIO_BASE_URL` optional), otherwise the outbox. Empty values count as unset.
 *
 * @throws ConfigError when only one of the two credentials is set, or the base URL is invalid.
 */
export function smsProviderFromEnv(
  deps: { db: Database; clock: Clock },
  env: Record<string, string | undefined> = process.env,
): SmsProvider {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${String(issue?.path[0])}: ${issue?.message ?? 'invalid value'}`);
  }
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken } = parsed.data;
  if (!accountSid && !authToken) return outboxSmsProvider(deps);
  if (!accountSid || !authToken) {
    throw new ConfigError('Set both TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or neither.');
  }
  return twilioSmsProvider({ accountSid, authToken, baseUrl: parsed.data.TWILIO_BASE_URL });
}
