import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { count, eq, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { openDatabase, type Database } from '../src/platform/db/open-database.js';
import { tempDir } from './support/test-server.js';

const counters = sqliteTable('counters', {
  id: integer('id').primaryKey(),
  value: integer('value').notNull(),
});
const events = sqliteTable('events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  source: text('source').notNull(),
});

/** A file database (the driver used in production) with a counter at 0 and no events. */
async function counterDatabase(t: TestContext, busyTimeoutMs?: number) {
  const url = `file:${join(tempDir(t), 'concurrency.db')}`;
  const { db, close } = await openDatabase({ url, ...(busyTimeoutMs ? { busyTimeoutMs } : {}) });
  t.after(close);
  await db.run(sql`CREATE TABLE counters (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)`);
  await db.run(
    sql`CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL)`,
  );
  await db.insert(counters).values({ id: 1, value: 0 });
  return { db, url };
}

async function counterValue(db: Database): Promise<number> {
  const [row] = await db.select().from(counters).where(eq(counters.id, 1));
  return row?.value ?? Number.NaN;
}

async function eventCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(events);
  return row?.n ?? Number.NaN;
}

/** Drizzle wraps driver errors in its own query error; the driver's code is on the cause. */
function hasCode(error: unknown, code: string): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return (cause as { code?: unknown } | undefined)?.code === code;
}

/** Reads the counter, yields to the event loop mid-transaction, then writes what it read plus one. */
function incrementSlowly(db: Database, pauseMs: number): Promise<void> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(counters).where(eq(counters.id, 1));
    await sleep(pauseMs);
    await tx
      .update(counters)
      .set({ value: (row?.value ?? 0) + 1 })
      .where(eq(counters.id, 1));
    await tx.insert(events).values({ source: 'transaction' });
  });
}

test('interleaved write transactions and plain writes all succeed, without waiting for the busy timeout', async (t) => {
  const { db } = await counterDatabase(t);
  const started = performance.now();

  const transactions = Array.from({ length: 25 }, (_, i) => incrementSlowly(db, 1 + (i % 4)));
  const plainWrites = Array.from({ length: 25 }, async (_, i) => {
    await sleep(i % 5);
    await db.insert(events).values({ source: 'plain' });
  });
  const results = await Promise.allSettled([...transactions, ...plainWrites]);

  const elapsed = performance.now() - started;
  assert.deepEqual(
    results.filter((result) => result.status === 'rejected'),
    [],
    'no write failed',
  );
  assert.equal(await counterValue(db), 25, 'no increment was lost');
  assert.equal(await eventCount(db), 50);
  assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms, the busy timeout is 5000 ms`);
});

test('a transaction that throws rolls back and lets the next writer in at once', async (t) => {
  const { db } = await counterDatabase(t);

  const failing = db.transaction(async (tx) => {
    await tx.update(counters).set({ value: 100 }).where(eq(counters.id, 1));
    await tx.insert(events).values({ source: 'doomed' });
    await sleep(5);
    throw new Error('changed my mind');
  });
  const waitingWriter = (async () => {
    await sleep(1);
    const started = performance.now();
    await incrementSlowly(db, 1);
    await db.insert(events).values({ source: 'plain' });
    return performance.now() - started;
  })();

  await assert.rejects(failing, /changed my mind/);
  const waited = await waitingWriter;
  assert.ok(waited < 1000, `the next writer waited ${waited.toFixed(0)} ms`);
  assert.equal(await counterValue(db), 1, 'the thrown transaction’s update was rolled back');
  const sources = await db.select({ source: events.source }).from(events);
  assert.deepEqual(sources.map((row) => row.source).sort(), ['plain', 'transaction']);
});

test('reads are not blocked by an open write transaction and see only committed rows', async (t) => {
  const { db } = await counterDatabase(t);
  let finish!: () => void;
  const mayFinish = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let committed = false;
  const open = db
    .transaction(async (tx) => {
      await tx.update(counters).set({ value: 7 }).where(eq(counters.id, 1));
      await mayFinish;
    })
    .then(() => {
      committed = true;
    });

  await sleep(10);
  assert.equal(await counterValue(db), 0, 'the uncommitted update is invisible');
  assert.equal(committed, false, 'the read finished while the transaction was still open');

  finish();
  await open;
  assert.equal(await counterValue(db), 7);
});

test('a transaction holds the write lock from its start; another instance on the file waits, then writes durably', async (t) => {
  const { db, url } = await counterDatabase(t);
  const otherInstance = await openDatabase({ url, busyTimeoutMs: 50 });
  t.after(otherInstance.close);

  let finish!: () => void;
  const mayFinish = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const open = db.transaction(async () => {
    await mayFinish;
  });
  await sleep(5);

  await assert.rejects(otherInstance.db.insert(events).values({ source: 'too early' }), (error) =>
    hasCode(error, 'SQLITE_BUSY'),
  );
  finish();
  await open;
  await otherInstance.db.insert(events).values({ source: 'other instance' });
  await otherInstance.close();
  const sources = await db.select({ source: events.source }).from(events);
  assert.deepEqual(
    sources.map((row) => row.source),
    ['other instance'],
    'the write after the busy failure was committed, not left pending on the failed connection',
  );
});

test('a write through the database handle inside its own transaction fails with SQLITE_BUSY instead of hanging', async (t) => {
  const { db } = await counterDatabase(t, 200);

  await assert.rejects(
    db.transaction(async () => {
      await db.insert(events).values({ source: 'wrong handle' });
    }),
    (error) => hasCode(error, 'SQLITE_BUSY'),
  );
  await db.insert(events).values({ source: 'after' });
  assert.equal(await eventCount(db), 1, 'the lock was released and the rolled-back write is gone');
});
