import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase, type Database } from '../src/platform/db/open-database.js';
import { jobs } from '../src/platform/db/schema/index.js';
import { exponentialBackoff } from '../src/platform/jobs/backoff.js';
import { enqueueJob } from '../src/platform/jobs/enqueue-job.js';
import type { JobHandlers } from '../src/platform/jobs/job-handler.js';
import { runDueJobs } from '../src/platform/jobs/run-due-jobs.js';
import { manualClock, tempDir, testDatabase } from './support/test-server.js';

async function jobRow(db: Database, id: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  assert.ok(row);
  return row;
}

test('a due job runs once through the handler of its kind', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const seen: unknown[] = [];
  const handlers: JobHandlers = {
    greet: async (payload, context) => void seen.push({ payload, attempt: context.attempt }),
  };
  const { jobId } = await enqueueJob(
    { db, clock: time.clock },
    { kind: 'greet', payload: { name: 'Betty' } },
  );

  assert.deepEqual(await runDueJobs({ db, handlers, clock: time.clock }), {
    claimed: 1,
    succeeded: 1,
    retried: 0,
    failed: 0,
  });
  assert.deepEqual(seen, [{ payload: { name: 'Betty' }, attempt: 1 }]);
  assert.equal((await jobRow(db, jobId)).status, 'succeeded');
  assert.equal((await runDueJobs({ db, handlers, clock: time.clock })).claimed, 0);
});

test('a job scheduled for later waits until its time', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  let runs = 0;
  const handlers: JobHandlers = { remind: async () => void runs++ };
  await enqueueJob(
    { db, clock: time.clock },
    { kind: 'remind', payload: {}, runAt: new Date(time.clock().getTime() + 60_000) },
  );
  await runDueJobs({ db, handlers, clock: time.clock });
  assert.equal(runs, 0);
  time.advance(60_000);
  await runDueJobs({ db, handlers, clock: time.clock });
  assert.equal(runs, 1);
});

test('a failing job is retried with exponential backoff, then marked failed after max attempts', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  let runs = 0;
  const handlers: JobHandlers = {
    flaky: async () => {
      runs++;
      throw new Error(`SMTP said no (${runs})`);
    },
  };
  const backoff = exponentialBackoff({ baseMs: 1000 });
  const { jobId } = await enqueueJob(
    { db, clock: time.clock },
    { kind: 'flaky', payload: {}, maxAttempts: 3 },
  );
  const run = () => runDueJobs({ db, handlers, clock: time.clock, backoff });

  assert.deepEqual(await run(), { claimed: 1, succeeded: 0, retried: 1, failed: 0 });
  let row = await jobRow(db, jobId);
  assert.equal(row.status, 'pending');
  assert.equal(row.attempts, 1);
  assert.equal(row.lastError, 'SMTP said no (1)');
  assert.equal(row.runAt.getTime(), time.clock().getTime() + 1000);

  time.advance(999);
  assert.equal((await run()).claimed, 0, 'not before the backoff has passed');
  time.advance(1);
  assert.equal((await run()).retried, 1);
  row = await jobRow(db, jobId);
  assert.equal(row.runAt.getTime(), time.clock().getTime() + 2000, 'the wait doubles');

  time.advance(2000);
  assert.deepEqual(await run(), { claimed: 1, succeeded: 0, retried: 0, failed: 1 });
  row = await jobRow(db, jobId);
  assert.equal(row.status, 'failed');
  assert.equal(row.attempts, 3);
  assert.equal(row.lastError, 'SMTP said no (3)');
  time.advance(3_600_000);
  assert.equal((await run()).claimed, 0);
  assert.equal(runs, 3);
});

test('a job of an unknown kind fails like any other error', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const { jobId } = await enqueueJob(
    { db, clock: time.clock },
    { kind: 'nobody_handles_this', payload: {}, maxAttempts: 1 },
  );
  assert.equal((await runDueJobs({ db, handlers: {}, clock: time.clock })).failed, 1);
  assert.match(
    (await jobRow(db, jobId)).lastError ?? '',
    /No handler for job kind "nobody_handles_this"/,
  );
});

test('the same idempotency key enqueues one job', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const first = await enqueueJob(
    { db, clock: time.clock },
    { kind: 'invite', payload: { n: 1 }, idempotencyKey: 'invite:c1' },
  );
  const second = await enqueueJob(
    { db, clock: time.clock },
    { kind: 'invite', payload: { n: 2 }, idempotencyKey: 'invite:c1' },
  );
  assert.equal(first.created, true);
  assert.equal(second.created, false);
  assert.equal(second.jobId, first.jobId);
  assert.equal((await db.select().from(jobs)).length, 1);
});

test('a leased job is not taken by another worker until the lease runs out', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const { jobId } = await enqueueJob({ db, clock: time.clock }, { kind: 'slow', payload: {} });
  // Worker A claims the job and dies mid-way (its handler never returns).
  let claimedByA!: () => void;
  const aClaimed = new Promise<void>((resolve) => (claimedByA = resolve));
  void runDueJobs({
    db,
    clock: time.clock,
    workerId: 'a',
    leaseMs: 60_000,
    handlers: { slow: () => (claimedByA(), new Promise<void>(() => {})) },
  });
  await aClaimed;
  assert.equal((await jobRow(db, jobId)).leaseOwner, 'a');

  let ranOnB = 0;
  const b = () =>
    runDueJobs({
      db,
      clock: time.clock,
      workerId: 'b',
      handlers: { slow: async () => void ranOnB++ },
    });
  assert.equal((await b()).claimed, 0, 'the lease holds');
  time.advance(60_001);
  assert.deepEqual(await b(), { claimed: 1, succeeded: 1, retried: 0, failed: 0 });
  const row = await jobRow(db, jobId);
  assert.equal(row.status, 'succeeded');
  assert.equal(row.attempts, 2);
  assert.equal(ranOnB, 1);
});

test('a job whose lease ran out on its last attempt is marked failed, not run again', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const { jobId } = await enqueueJob(
    { db, clock: time.clock },
    { kind: 'crash', payload: {}, maxAttempts: 1 },
  );
  void runDueJobs({
    db,
    clock: time.clock,
    workerId: 'a',
    leaseMs: 1000,
    handlers: { crash: () => new Promise<void>(() => {}) },
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  time.advance(1001);
  let ran = false;
  const result = await runDueJobs({
    db,
    clock: time.clock,
    workerId: 'b',
    handlers: { crash: async () => void (ran = true) },
  });
  assert.deepEqual(result, { claimed: 0, succeeded: 0, retried: 0, failed: 1 });
  assert.equal(ran, false);
  assert.equal((await jobRow(db, jobId)).status, 'failed');
});

test('two instances polling one database run every job exactly once', async (t) => {
  const url = `file:${join(tempDir(t), 'shared.db')}`;
  const first = await openDatabase({ url });
  const second = await openDatabase({ url });
  t.after(async () => {
    await first.close();
    await second.close();
  });
  await migrate(first.db);
  const time = manualClock();
  for (let i = 0; i < 40; i++)
    await enqueueJob({ db: first.db, clock: time.clock }, { kind: 'count', payload: { i } });

  const runsByJob = new Map<number, number>();
  const handlers: JobHandlers = {
    count: async (payload) => {
      const { i } = payload as { i: number };
      runsByJob.set(i, (runsByJob.get(i) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 1));
    },
  };
  const drain = async (db: Database, workerId: string) => {
    for (;;) {
      const result = await runDueJobs({
        db,
        handlers,
        clock: time.clock,
        workerId,
        batchSize: 3,
      }).catch((error: Error) => {
        // Losing a write race to the other instance is expected; the next poll continues.
        if (/SQLITE_BUSY|database is locked/i.test(error.message)) return { claimed: -1 };
        throw error;
      });
      if (result.claimed === 0) return;
    }
  };
  await Promise.all([drain(first.db, 'one'), drain(second.db, 'two')]);
  assert.equal(runsByJob.size, 40);
  assert.ok(
    [...runsByJob.values()].every((runs) => runs === 1),
    JSON.stringify([...runsByJob]),
  );
  const owners = await first.db.select({ status: jobs.status }).from(jobs);
  assert.ok(owners.every((row) => row.status === 'succeeded'));
});
