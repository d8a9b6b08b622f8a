// `npm run demo`: starts the Signport API and the Shoreline Realty site, prints where they are, and
// stops both on Ctrl-C.
import { relative } from 'node:path';
import { defaultDemoUser, personWithRole } from './demo-users.js';
import { repoRoot } from './paths.js';
import { portFromEnv } from './ports.js';
import { startDemo } from './start-demo.js';

try {
  const demo = await startDemo({
    demoPort: portFromEnv('DEMO_PORT', 5173),
    apiPort: portFromEnv('API_PORT', 8787),
    databaseUrl: process.env.DATABASE_URL || undefined,
  });

  console.log(`
  The Signport demo is running.

  Start here   ${demo.demoUrl}/sign
               You are ${personWithRole(defaultDemoUser)}: send the purchase agreement to a buyer,
               then open the buyer's invitation in the dev mailbox and sign as them.

  Shoreline Realty (demo site)  ${demo.demoUrl}
  Signport API                  ${demo.apiUrl}  (reference: ${demo.apiUrl}/docs)
  Dev mailbox                   ${demo.mailboxUrl}
  API request log               ${demo.apiLogPath ? relative(repoRoot, demo.apiLogPath) : 'off'}

  Press Ctrl-C to stop.
`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    demo.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(
    `\nThe demo could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
