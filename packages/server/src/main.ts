import { loadConfig } from './platform/config.js';
import { createJsonLogger } from './platform/logger.js';
import { startServer } from './start-server.js';

// Entry point of `npm run server`: configuration from the environment, JSON logs on stdout.
const logger = createJsonLogger();
try {
  const config = loadConfig();
  const server = await startServer(config, { logger });
  logger.info('listening', {
    url: server.url,
    publicUrl: config.publicUrl,
    mail: config.smtpUrl ? 'smtp' : 'outbox',
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info('shutting down', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  logger.error('failed to start', {
    error: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
}
