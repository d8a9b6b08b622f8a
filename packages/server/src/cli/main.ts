import { systemClock } from '../platform/clock.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { migrate } from '../platform/db/migrate.js';
import { openDatabase } from '../platform/db/open-database.js';
import { ApiError } from '../platform/errors/api-error.js';
import { runCommand } from './run-command.js';
import { usage, UsageError } from './usage.js';

// Operator CLI (`npm run signport -- …`): stdout carries only the JSON result, so it can be piped;
// messages go to stderr with a non-zero exit code.
const argv = process.argv.slice(2);
if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
  process.stderr.write(`${usage}\n`);
  process.exit(argv.length === 0 ? 2 : 0);
}

try {
  const config = loadConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    authToken: config.databaseAuthToken,
    busyTimeoutMs: config.busyTimeoutMs,
  });
  try {
    await migrate(database.db);
    const result = await runCommand(argv, { db: database.db, clock: systemClock, config });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`signport: ${error.message}\n\n${usage}\n`);
    process.exit(2);
  }
  const known = error instanceof ApiError || error instanceof ConfigError;
  process.stderr.write(`signport: ${known ? (error as Error).message : String(error)}\n`);
  process.exit(1);
}
