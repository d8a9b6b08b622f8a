// A host backend in strict TypeScript: every package's types, as an integrating developer uses them.
import { errorCodes, type ErrorCode, type FieldValues } from '@signport/core';
import { ApiClient, SignportApiError } from '@signport/core/client';
import { isTerminalState } from '@signport/core/rules';
import {
  Signport,
  SignportError,
  verifyWebhook,
  type Session,
  type WebhookEvent,
} from '@signport/core/server-sdk';
import { createApp, loadConfig, migrate, openDatabase, type Config } from '@signport/server';

export const signport = new Signport({
  secretKey: process.env['SIGNPORT_SECRET_KEY'] ?? '',
  baseUrl: 'https://sign.example.com',
  maxRetries: 3,
});

export async function sendAgreement(
  agentId: string,
  templateId: string,
  values: FieldValues,
): Promise<Session> {
  await signport.users.upsert(agentId, { name: 'Dana Agent', email: 'dana@example.com' });
  const agent = signport.asUser(agentId);
  const session = await agent.sessions.create({
    templateId,
    parties: [{ role: 'buyer', name: 'Bob Buyer', email: 'bob@example.com' }],
    values,
    send: true,
  });
  for await (const other of agent.sessions.list({ status: 'sent', limit: 50 })) {
    if (isTerminalState(other.status)) throw new Error('a sent session is not finished');
  }
  return session;
}

/** What to tell the user; the compiler knows every code. */
export function explain(error: unknown): string {
  if (!(error instanceof SignportError)) return 'Unexpected error';
  const code: ErrorCode = error.code;
  switch (code) {
    case 'validation_failed':
      return `Check ${error.field ?? 'the form'}`;
    case 'rate_limited':
      return `Try again in ${error.retryAfterSeconds ?? 1} s`;
    default:
      return errorCodes.includes(code) ? error.message : 'Unknown';
  }
}

export async function onWebhook(
  headers: Record<string, string | string[] | undefined>,
  body: string,
): Promise<string> {
  const event: WebhookEvent = await verifyWebhook(
    headers,
    body,
    process.env['SIGNPORT_WEBHOOK_SECRET'] ?? '',
  );
  return event.type === 'session.completed' ? String(event.data['sessionId']) : event.type;
}

export function browserClient(token: string): Promise<unknown> {
  return new ApiClient({ baseUrl: 'https://sign.example.com', token })
    .me()
    .catch((error: unknown) => {
      if (error instanceof SignportApiError) return error.code;
      throw error;
    });
}

/** The API inside the host's own Node process, from the server package's library entry. */
export async function embeddedServer(
  env: Record<string, string>,
): Promise<(request: Request) => Response | Promise<Response>> {
  const config: Config = loadConfig(env);
  const { db } = await openDatabase({ url: config.databaseUrl });
  await migrate(db);
  const app = createApp({ db, config });
  return (request) => app.fetch(request);
}
