// Portal sign-in as a client does it: `POST /v1/portal/login`, argon2id verification included.
import { desc } from 'drizzle-orm';
import type { Clock } from '../src/platform/clock.js';
import { outboxEmails } from '../src/platform/db/schema/index.js';
import { createJobHandlers } from '../src/create-job-handlers.js';
import { runDueJobs } from '../src/platform/jobs/run-due-jobs.js';
import { bearer, json, manualClock } from '../test/support/test-server.js';
import { benchApp, type BenchApp } from './bench-app.js';
import { measure } from './timings.js';

const LOGINS = 30;
const WARMUP = 3;
const PASSWORD = 'correct horse battery staple';
const EMAIL = 'olive@example.com';

export async function benchPortalLogin() {
  // Time moves on between logins, so the production rate limit (30 a minute per address) stays as
  // it is and never refuses a measured login.
  const time = manualClock(new Date());
  const bench = await benchApp(time.clock);
  try {
    await activatedClientLogin(bench, time.clock);
    const timings = await measure(LOGINS, WARMUP, async () => {
      time.advance(16 * 60_000);
      const res = await bench.app.request(
        '/v1/portal/login',
        json('POST', { accountId: bench.accountId, username: EMAIL, password: PASSWORD }),
      );
      if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
    });
    return { logins: timings.runs, p50Ms: timings.p50Ms, p95Ms: timings.p95Ms };
  } finally {
    await bench.close();
  }
}

/** A client with portal access who set their password from the emailed invitation. */
async function activatedClientLogin(
  { app, db, config, secretKey, userId }: BenchApp,
  clock: Clock,
) {
  const host = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(
      path,
      body === undefined
        ? { method, headers: bearer(secretKey) }
        : json(method, body, bearer(secretKey)),
    );
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: string }>;
  };
  const client = await host('POST', '/v1/clients', {
    assignedAgentId: userId,
    name: 'Olive Owner',
    type: 'owner',
    email: EMAIL,
  });
  await host('PUT', `/v1/clients/${client.id}/portal-access`, {
    profile: { mode: 'new' },
    grants: ['documents'],
  });
  await host('POST', `/v1/clients/${client.id}/portal-access/invite`);
  // The invitation job queues its email job: two passes deliver it.
  const handlers = createJobHandlers({ db, config, clock });
  for (let pass = 0; pass < 2; pass++) await runDueJobs({ db, handlers, clock });
  const [invitation] = await db
    .select()
    .from(outboxEmails)
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  const token = /\/p\/activate\/([\w-]+)/.exec(invitation?.text ?? '')?.[1];
  if (!token) throw new Error('no invitation was emailed');
  const activated = await app.request(
    '/v1/portal/activate',
    json('POST', { token, password: PASSWORD }),
  );
  if (activated.status !== 200)
    throw new Error(`activate: ${activated.status} ${await activated.text()}`);
}
