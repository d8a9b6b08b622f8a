import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/open-database.js';
import { outboxSms } from '../../platform/db/schema/index.js';
import { newId } from '../../platform/ids.js';
import { twilioSignature } from '../../platform/sms/twilio-signature.js';

/**
 * Development only: answers an outbox text as its recipient would, by posting a correctly signed
 * request to the inbound webhook (`inbound`, mounted at `/`). Returns the webhook's TwiML, or
 * undefined when there is no such outbox text.
 */
export async function simulateSmsReply(
  {
    db,
    inbound,
    authToken,
    publicUrl,
  }: {
    db: Database;
    /** The inbound webhook's router (Hono's `request`), mounted at `/`. */
    inbound: { request(path: string, init: RequestInit): Response | Promise<Response> };
    authToken: string;
    publicUrl: string;
  },
  { outboxId, body }: { outboxId: string; body: string },
): Promise<{ status: number; answer: string } | undefined> {
  const [text] = await db.select().from(outboxSms).where(eq(outboxSms.id, outboxId));
  if (!text) return undefined;
  const params = { MessageSid: newId('SMdev'), From: text.to, To: text.from, Body: body };
  const response = await inbound.request('/', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilioSignature(authToken, `${publicUrl}/v1/sms/inbound`, params),
    },
    body: new URLSearchParams(params),
  });
  return { status: response.status, answer: await response.text() };
}
