/** One text to hand to a provider. */
export interface OutgoingSms {
  /** Our message id: providers that accept an idempotency key get it. */
  id: string;
  accountId: string;
  from: string;
  to: string;
  body: string;
}

/**
 * What the provider said. `rejected` means the provider answered and did not take the message, so it
 * is safe to try again when `retryable`. Anything thrown means the outcome is unknown.
 */
export type SmsSendResult =
  | { status: 'sent'; providerMessageId: string }
  | { status: 'rejected'; retryable: boolean; reason: string };

/** Where texts go: the outbox table by default, or a Twilio-compatible HTTP API. */
export interface SmsProvider {
  name: string;
  send(message: OutgoingSms): Promise<SmsSendResult>;
}
