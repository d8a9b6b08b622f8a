import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { ConfigError } from '../src/platform/config.js';
import { jobs, outboxSms, smsMessages } from '../src/platform/db/schema/index.js';
import { exponentialBackoff } from '../src/platform/jobs/backoff.js';
import { runDueJobs } from '../src/platform/jobs/run-due-jobs.js';
import { deliverSms } from '../src/platform/sms/deliver-sms.js';
import { queueSms, SEND_SMS_JOB } from '../src/platform/sms/queue-sms.js';
import { smsProviderFromEnv } from '../src/platform/sms/sms-provider-from-env.js';
import type { SmsProvider } from '../src/platform/sms/sms-provider.js';
import { twilioSmsProvider } from '../src/platform/sms/twilio-sms-provider.js';
import { upsertUser } from '../src/capabilities/users/upsert-user.js';
import { manualClock, seedAccount, testDatabase } from './support/test-server.js';

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  form: Record<string, string>;
}

/** A real HTTP server standing in for the provider; `answer` decides each response. */
async function fakeProvider(
  t: TestContext,
  answer: (request: Received, res: ServerResponse, count: number) => void,
) {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString())),
      };
      received.push(request);
      answer(request, res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  t.after(close);
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, received, close };
}

function reply(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function setup(t: TestContext, provider: SmsProvider) {
  const db = await testDatabase(t);
  const time = manualClock();
  const { accountId } = await seedAccount({ db, time });
  const { user } = await upsertUser(
    { db, clock: time.clock },
    { accountId, externalId: 'ann', input: { name: 'Ann', email: 'ann@shoreline.test' } },
  );
  const { messageId } = await queueSms(
    { db, clock: time.clock },
    { accountId, agentId: user.id, from: '+15550000002', to: '+15551110001', body: 'Hi Carol!' },
  );
  const run = (options: { workerId?: string; leaseMs?: number } = {}) =>
    runDueJobs({
      db,
      clock: time.clock,
      handlers: { [SEND_SMS_JOB]: deliverSms({ db, clock: time.clock, provider }) },
      backoff: exponentialBackoff({ baseMs: 1000 }),
      ...options,
    });
  const message = async () =>
    (await db.select().from(smsMessages).where(eq(smsMessages.id, messageId)))[0]!;
  return { db, time, run, message, messageId };
}

const credentials = { accountSid: 'AC123', authToken: 'secret-token' };

test('the Twilio-compatible provider posts the message with Basic auth and records the provider’s id', async (t) => {
  const provider = await fakeProvider(t, (_req, res) =>
    reply(res, 201, { sid: 'SM0001', status: 'queued' }),
  );
  const { run, message } = await setup(
    t,
    twilioSmsProvider({ ...credentials, baseUrl: `${provider.baseUrl}/` }),
  );
  assert.deepEqual(await run(), { claimed: 1, succeeded: 1, retried: 0, failed: 0 });
  assert.equal(provider.received.length, 1);
  const [request] = provider.received;
  assert.equal(request?.method, 'POST');
  assert.equal(request?.url, '/2010-04-01/Accounts/AC123/Messages.json');
  assert.equal(
    request?.authorization,
    `Basic ${Buffer.from('AC123:secret-token').toString('base64')}`,
  );
  assert.deepEqual(request?.form, { From: '+15550000002', To: '+15551110001', Body: 'Hi Carol!' });
  const sent = await message();
  assert.equal(sent.status, 'sent');
  assert.equal(sent.provider, 'twilio');
  assert.equal(sent.providerMessageId, 'SM0001');
});

test('a 5xx answer is retried and sent once; a 4xx answer fails without retrying', async (t) => {
  const flaky = await fakeProvider(t, (_req, res, count) =>
    count === 1
      ? reply(res, 503, { message: 'Service unavailable' })
      : reply(res, 201, { sid: 'SM0002' }),
  );
  const first = await setup(t, twilioSmsProvider({ ...credentials, baseUrl: flaky.baseUrl }));
  assert.deepEqual(await first.run(), { claimed: 1, succeeded: 0, retried: 1, failed: 0 });
  assert.equal((await first.message()).status, 'queued');
  assert.match((await first.message()).lastError ?? '', /503: Service unavailable/);
  first.time.advance(1000);
  assert.deepEqual(await first.run(), { claimed: 1, succeeded: 1, retried: 0, failed: 0 });
  assert.equal(flaky.received.length, 2);
  assert.equal((await first.message()).status, 'sent');

  const refusing = await fakeProvider(t, (_req, res) =>
    reply(res, 400, { message: 'Invalid To number' }),
  );
  const second = await setup(t, twilioSmsProvider({ ...credentials, baseUrl: refusing.baseUrl }));
  assert.deepEqual(await second.run(), { claimed: 1, succeeded: 1, retried: 0, failed: 0 });
  second.time.advance(3_600_000);
  assert.equal((await second.run()).claimed, 0);
  assert.equal(refusing.received.length, 1);
  const failed = await second.message();
  assert.equal(failed.status, 'failed');
  assert.match(failed.lastError ?? '', /400: Invalid To number/);
});

test('a worker that dies while the provider holds the request does not text twice', async (t) => {
  // The provider takes the message and never answers: the worker is gone before it learns the outcome.
  const provider = await fakeProvider(t, () => {});
  const { run, time, message, db, messageId } = await setup(
    t,
    twilioSmsProvider({ ...credentials, baseUrl: provider.baseUrl, timeoutMs: 3_600_000 }),
  );
  const doomed = run({ workerId: 'doomed', leaseMs: 60_000 });
  for (let i = 0; i < 200 && provider.received.length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.equal(provider.received.length, 1);
  assert.equal((await message()).status, 'sending');

  time.advance(60_001);
  assert.deepEqual(await run({ workerId: 'next' }), {
    claimed: 1,
    succeeded: 1,
    retried: 0,
    failed: 0,
  });
  assert.equal(provider.received.length, 1, 'the text was not handed over again');
  const unconfirmed = await message();
  assert.equal(unconfirmed.status, 'unconfirmed');
  assert.match(unconfirmed.lastError ?? '', /not sent again/);
  const [job] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.idempotencyKey, `send-sms:${messageId}`));
  assert.equal(job?.status, 'succeeded');

  // When the dead worker's connection finally drops, its late failure changes nothing.
  provider.close();
  await doomed;
  assert.equal((await message()).status, 'unconfirmed');
  assert.equal((await db.select().from(jobs).where(eq(jobs.id, job!.id)))[0]?.status, 'succeeded');
});

test('the outbox provider stores a text once even when handed it twice', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const provider = smsProviderFromEnv({ db, clock: time.clock }, {});
  assert.equal(provider.name, 'outbox');
  const { accountId } = await seedAccount({ db, time });
  const { user } = await upsertUser(
    { db, clock: time.clock },
    { accountId, externalId: 'ann', input: { name: 'Ann', email: 'ann@shoreline.test' } },
  );
  const { messageId } = await queueSms(
    { db, clock: time.clock },
    { accountId, agentId: user.id, from: '+15550000002', to: '+15551110001', body: 'Hello' },
  );
  const text = {
    id: messageId,
    accountId,
    from: '+15550000002',
    to: '+15551110001',
    body: 'Hello',
  };
  assert.equal((await provider.send(text)).status, 'sent');
  assert.equal((await provider.send(text)).status, 'sent');
  assert.equal((await db.select().from(outboxSms)).length, 1);
});

test('the provider comes from the environment: both Twilio credentials, or the outbox', async (t) => {
  const db = await testDatabase(t);
  const deps = { db, clock: manualClock().clock };
  assert.equal(
    smsProviderFromEnv(deps, { TWILIO_ACCOUNT_SID: '', TWILIO_AUTH_TOKEN: '' }).name,
    'outbox',
  );
  assert.equal(
    smsProviderFromEnv(deps, { TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 'token' }).name,
    'twilio',
  );
  assert.throws(() => smsProviderFromEnv(deps, { TWILIO_ACCOUNT_SID: 'AC1' }), ConfigError);
  assert.throws(
    () =>
      smsProviderFromEnv(deps, {
        TWILIO_ACCOUNT_SID: 'AC1',
        TWILIO_AUTH_TOKEN: 't',
        TWILIO_BASE_URL: 'ftp://x',
      }),
    /TWILIO_BASE_URL/,
  );
});
