import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { systemClock } from '../src/platform/clock.js';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import {
  agentSends,
  agentUsage,
  jobs,
  outboxEmails,
  outboxSms,
  planEvents,
  smsMessages,
  tasks,
} from '../src/platform/db/schema/index.js';
import { exited, spawnTsx, until } from './support/child-process.js';
import { json, tempDir } from './support/test-server.js';
import { createTeam, teamFixture } from './plans-fixture.js';

const CONTACTS = 8;
const LEASE_MS = 1500;
const worker = fileURLToPath(new URL('./plans-crash-worker.ts', import.meta.url));

function startWorker(
  databaseUrl: string,
  workerId: string,
): ChildProcess & { started: () => number } {
  const child = spawnTsx(worker, {
    DATABASE_URL: databaseUrl,
    WORKER_ID: workerId,
    LEASE_MS: String(LEASE_MS),
  });
  let started = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    started += chunk
      .toString()
      .split('\n')
      .filter((line) => line.startsWith('start')).length;
  });
  return Object.assign(child, { started: () => started });
}

test(
  'workers killed with SIGKILL mid-run and restarted send nothing twice',
  { timeout: 180_000 },
  async (t) => {
    const url = `file:${join(tempDir(t), 'plans.db')}`;
    const { db, close } = await openDatabase({ url });
    t.after(close);
    await migrate(db);
    // Real time: the workers in other processes read the system clock.
    const f = await teamFixture(t, { db, clock: systemClock });
    const call = async (path: string, init: RequestInit) => {
      const res = await f.call(path, init);
      assert.ok(res.status < 300, `${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string };
    };
    const rita = await f.agent('rita', 'Rita Rainmaker');
    const ann = await f.agent('ann', 'Ann Assignee');
    await call(
      '/v1/users/ann/subscriptions',
      json('PUT', { sms: { number: '+15550000002', monthlyCredits: 1000 } }, f.key),
    );
    const teamId = await createTeam(f, [
      { agent: rita, teamRole: 'rainmaker', permission: 'basic' },
      { agent: ann, teamRole: 'member', permission: 'basic' },
    ]);
    // Real time: texting hours would hold the texts whenever this runs at night.
    await call(
      `/v1/teams/${teamId}/sms-settings`,
      json('PUT', { timeZone: 'UTC', sendingWindow: null }, f.key),
    );
    const plan = await call(
      '/v1/plans',
      json(
        'POST',
        {
          teamId,
          name: 'Fast drip',
          steps: [
            { type: 'email', delayMinutes: 0, subject: 'Hello', body: 'Welcome.' },
            { type: 'sms', delayMinutes: 0, text: 'Hi there!' },
            { type: 'task', delayMinutes: 0, title: 'Call' },
          ],
        },
        f.key,
      ),
    );
    const contactIds: string[] = [];
    for (let i = 0; i < CONTACTS; i++) {
      const contact = await call(
        `/v1/teams/${teamId}/contacts`,
        json(
          'POST',
          {
            name: `Client ${i}`,
            email: `client${i}@clients.test`,
            phone: `+1555200${String(i).padStart(4, '0')}`,
            assigneeId: ann.id,
          },
          f.key,
        ),
      );
      contactIds.push(contact.id);
    }
    await call(`/v1/plans/${plan.id}/enrollments`, json('POST', { contactIds }, f.key));

    // Two workers share the queue; both are killed while jobs are still being handled.
    const one = startWorker(url, 'one');
    const two = startWorker(url, 'two');
    t.after(() => {
      one.kill('SIGKILL');
      two.kill('SIGKILL');
    });
    await until(() => one.started() + two.started() >= 12, 'the workers to get going');
    one.kill('SIGKILL');
    two.kill('SIGKILL');
    await Promise.all([exited(one), exited(two)]);
    const [{ open } = { open: 0 }] = await db
      .select({ open: sql<number>`count(*)` })
      .from(jobs)
      .where(sql`${jobs.status} in ('pending', 'running')`);
    assert.ok(open > 0, 'the workers were killed before the work was done');

    // A fresh worker takes over once the dead workers' leases run out.
    const three = startWorker(url, 'three');
    t.after(() => three.kill('SIGKILL'));
    await until(async () => {
      const [row] = await db
        .select({ open: sql<number>`count(*)` })
        .from(jobs)
        .where(sql`${jobs.status} in ('pending', 'running')`);
      return row?.open === 0;
    }, 'every job to finish');
    three.kill('SIGKILL');
    await exited(three);

    const failed = await db.select().from(jobs).where(eq(jobs.status, 'failed'));
    assert.deepEqual(
      failed.map((job) => job.lastError),
      [],
    );
    const count = async (
      table: typeof outboxEmails | typeof tasks | typeof agentSends | typeof smsMessages,
    ) => (await db.select({ n: sql<number>`count(*)` }).from(table))[0]?.n;
    assert.equal(await count(outboxEmails), CONTACTS, 'one email per contact');
    assert.equal(await count(tasks), CONTACTS, 'one task per contact');
    assert.equal(
      await count(agentSends),
      2 * CONTACTS,
      'one email and one text charged per contact',
    );
    assert.equal(await count(smsMessages), CONTACTS, 'one text per contact');
    const texts = await db.select().from(outboxSms);
    assert.equal(
      new Set(texts.map((text) => text.to)).size,
      texts.length,
      'no contact texted twice',
    );
    const statuses = await db.select({ status: smsMessages.status }).from(smsMessages);
    // A worker killed between marking a text `sending` and the provider's answer leaves it unconfirmed.
    assert.ok(statuses.every(({ status }) => status === 'sent' || status === 'unconfirmed'));
    assert.equal(texts.length, statuses.filter(({ status }) => status === 'sent').length);
    const [usage] = await db.select().from(agentUsage).where(eq(agentUsage.userId, ann.id));
    assert.deepEqual([usage?.emailsSent, usage?.smsSent], [CONTACTS, CONTACTS]);
    const stepEvents = await db
      .select({ enrollmentId: planEvents.enrollmentId, stepIndex: planEvents.stepIndex })
      .from(planEvents)
      .where(sql`${planEvents.stepIndex} is not null`);
    assert.equal(stepEvents.length, 3 * CONTACTS);
    assert.equal(
      new Set(stepEvents.map((e) => `${e.enrollmentId}:${e.stepIndex}`)).size,
      3 * CONTACTS,
    );
  },
);
