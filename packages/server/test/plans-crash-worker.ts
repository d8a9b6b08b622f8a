// A job worker in its own process, for the crash test: it polls the database named by DATABASE_URL
// and prints a line as it starts each job, so the test can kill it with SIGKILL mid-run.
import { systemClock } from '../src/platform/clock.js';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import { exponentialBackoff } from '../src/platform/jobs/backoff.js';
import { createJobHandlers } from '../src/create-job-handlers.js';
import type { JobHandlers } from '../src/platform/jobs/job-handler.js';
import { startJobWorker } from '../src/platform/jobs/start-job-worker.js';

const { db } = await openDatabase({ url: process.env.DATABASE_URL ?? '' });
const handlers: JobHandlers = Object.fromEntries(
  Object.entries(
    createJobHandlers({ db, config: loadConfig({ NODE_ENV: 'test' }), clock: systemClock }),
  ).map(([kind, handler]) => [
    kind,
    (payload: unknown, context: Parameters<typeof handler>[1]) => {
      process.stdout.write(`start ${kind}\n`);
      return handler(payload, context);
    },
  ]),
);
startJobWorker({
  db,
  handlers,
  workerId: process.env.WORKER_ID,
  leaseMs: Number(process.env.LEASE_MS),
  concurrency: 1,
  intervalMs: 10,
  backoff: exponentialBackoff({ baseMs: 20 }),
});
