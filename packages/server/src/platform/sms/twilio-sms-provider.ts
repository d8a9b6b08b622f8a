import type { SmsProvider } from './sms-provider.js';

export interface TwilioSmsProviderOptions {
  accountSid: string;
  authToken: string;
  /** `https://api.twilio.com`, or any service speaking the same Messages API. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Gives up waiting for an answer after this long; the outcome is then unknown. */
  timeoutMs?: number;
}

/**
 * Sends through a Twilio-compatible Messages API: a form POST to
 * `/2010-04-01/Accounts/{sid}/Messages.json` with HTTP Basic auth.
 *
 * @example
 * const provider = twilioSmsProvider({ accountSid, authToken, baseUrl: 'https://api.twilio.com' });
 */
export function twilioSmsProvider({
  accountSid,
  authToken,
  baseUrl,
  fetch: fetchImpl = globalThis.fetch,
  timeoutMs = 30_000,
}: TwilioSmsProviderOptions): SmsProvider {
  const url = `${baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  return {
    name: 'twilio',
    async send(message) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            'idempotency-key': message.id,
          },
          body: new URLSearchParams({ From: message.from, To: message.to, Body: message.body }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        // Nothing was sent when the connection was refused; any other failure may have reached them.
        if (connectionRefused(error)) {
          return {
            status: 'rejected',
            retryable: true,
            reason: 'The SMS provider refused the connection.',
          };
        }
        throw error;
      }
      const payload = (await response.json().catch(() => ({}))) as {
        sid?: unknown;
        message?: unknown;
      };
      if (response.ok && typeof payload.sid === 'string') {
        return { status: 'sent', providerMessageId: payload.sid };
      }
      const reason = `The SMS provider answered ${response.status}${typeof payload.message === 'string' ? `: ${payload.message}` : ''}.`;
      return {
        status: 'rejected',
        retryable: response.status === 429 || response.status >= 500,
        reason,
      };
    },
  };
}

function connectionRefused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return cause?.code === 'ECONNREFUSED';
}
