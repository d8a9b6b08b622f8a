// A signing day over real HTTP: real server processes (src/main.ts) on one file database behind a
// round-robin proxy; parties view, autosave, poll the workroom and sign (the last signature seals)
// while senders list their dashboards, at increasing numbers of parties signing at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import { startServerCluster } from '../test/support/server-cluster.js';
import {
  createDaySessions,
  requestKinds,
  runSigningDay,
  signingDaySetup,
  type DayOutcome,
} from '../test/support/signing-day.js';
import { PUBLIC_URL, TEST_SECRET, testConfig } from '../test/support/test-server.js';
import { percentiles, progress, round } from './timings.js';

const PROCESS_COUNTS = [1, 3];
/** Sessions signed at once (two parties each). */
const LEVELS = [1, 2, 4, 8];
const LEVEL_MS = 15_000;
const SENDERS = 5;
const SAVE_P95_LIMIT_MS = 200;

export async function benchSigningDay() {
  const runs = [];
  for (const processes of PROCESS_COUNTS) runs.push(await signingDayOn(processes));
  return {
    levelSeconds: LEVEL_MS / 1000,
    senders: SENDERS,
    savesPerParty: 3,
    runs,
  };
}

async function signingDayOn(processes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'signport-day-'));
  const databaseUrl = `file:${join(dir, 'day.db')}`;
  const env = {
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'test',
    PUBLIC_URL,
    SIGNPORT_SECRET: TEST_SECRET,
  };
  const { db, close } = await openDatabase({ url: databaseUrl });
  try {
    await migrate(db);
    const world = await signingDaySetup(db, testConfig(env), { senderCount: SENDERS });
    const cluster = await startServerCluster(processes, env);
    try {
      progress(`signingDay: ${processes} process(es) listening; warming up`);
      // Unmeasured: each process's first sealing starts its PDF workers.
      await runSigningDay(cluster.url, world, await createDaySessions(world, processes, 'warm'), {
        concurrentSessions: processes,
      });
      const levels = [];
      for (const level of LEVELS) {
        const sessions = await createDaySessions(world, level * 6, `l${level}`);
        progress(`signingDay: ${processes} process(es), ${level * 2} parties at once`);
        const day = await runSigningDay(cluster.url, world, sessions, {
          concurrentSessions: level,
          durationMs: LEVEL_MS,
        });
        levels.push(summarize(level * 2, day));
      }
      return {
        processes,
        levels,
        saveP95Over200MsAtParties:
          levels.find((level) => (level.p95Ms.save ?? 0) > SAVE_P95_LIMIT_MS)?.parties ?? null,
      };
    } finally {
      await cluster.close();
    }
  } finally {
    await close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarize(parties: number, day: DayOutcome) {
  const minutes = day.durationMs / 60_000;
  const p95Ms = Object.fromEntries(
    requestKinds.map((kind) => [
      kind,
      percentiles(day.records.filter((record) => record.kind === kind).map((record) => record.ms))
        .p95Ms,
    ]),
  );
  const failed = day.records.filter((record) => record.status >= 400);
  return {
    parties,
    seconds: round(day.durationMs / 1000),
    requests: day.records.length,
    signaturesPerMinute: round(day.signatures / minutes),
    sessionsCompletedPerMinute: round(day.sessionsSigned / minutes),
    p95Ms,
    failed: failed.length,
    ...(failed[0] && { firstFailure: `${failed[0].status} ${failed[0].error ?? ''}` }),
  };
}
