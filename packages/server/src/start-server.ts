import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { systemClock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import { migrate } from './platform/db/migrate.js';
import { openDatabase } from './platform/db/open-database.js';
import { createJobHandlers } from './create-job-handlers.js';
import { startJobWorker } from './platform/jobs/start-job-worker.js';
import { silentLogger, type Logger } from './platform/logger.js';
import { loadSealingKey } from './capabilities/sealing/load-sealing-key.js';
import { configuredS3Bucket } from './platform/blobs/blob-store-factory.js';
import { checkS3Bucket } from './platform/blobs/s3-bucket.js';
import { warmPdfWorker } from './platform/pdf/warm-pdf-worker.js';

export interface RunningServer {
  /** Where the server listens, e.g. `http://localhost:8787` (the real port when `port` was 0). */
  url: string;
  /** Stops accepting requests, lets the job worker finish, closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database, applies migrations, warms a PDF worker, starts the job worker and listens: the whole server,
 * in-process. Pass `port: 0` for a free port.
 *
 * @example
 * const server = await startServer({ ...loadConfig(), port: 0, databaseUrl: ':memory:' });
 * await fetch(`${server.url}/healthz`);
 * await server.close();
 */
export async function startServer(
  config: Config,
  { logger = silentLogger }: { logger?: Logger } = {},
): Promise<RunningServer> {
  const clock = systemClock;
  // A bucket that cannot be reached stops the start, not the first upload.
  const bucket = configuredS3Bucket(config.blobStore);
  if (bucket) await checkS3Bucket(bucket);
  const database = await openDatabase({
    url: config.databaseUrl,
    authToken: config.databaseAuthToken,
    busyTimeoutMs: config.busyTimeoutMs,
  });
  await migrate(database.db);
  // Creates the sealing certificate on first start (or fails fast on a bad SIGNING_P12_PATH).
  await loadSealingKey(database.db, config);
  // Healthy means ready to complete a session at full speed: the worker thread, pdf.js and the
  // fonts are loaded before the server listens, not by the first completion.
  await warmPdfWorker();
  const { db } = database;
  const worker = startJobWorker({
    db,
    handlers: createJobHandlers({ db, config, clock }),
    clock,
    logger,
  });
  const app = createApp({ db, config, logger, clock });

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const listening = serve({ fetch: app.fetch, port: config.port }, () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://localhost:${port}`,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold the server open until they time out.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await worker.stop();
      await database.close();
    },
  };
}
