// `npm run demo`: starts the Signport API and the Shoreline Realty site, prints where they are, and
// stops both on Ctrl-C.
import { portFromEnv } from './ports.js';
import { startDemo } from './start-demo.js';

try {
  const demo = await startDemo({
    demoPort: portFromEnv('DEMO_PORT', 5173),
    apiPort: portFromEnv('API_PORT', 8787),
    databaseUrl: process.env.DATABASE_URL || undefined,
  });

  console.log(`
  Shoreline Realty (demo site)  ${demo.demoUrl}
  Signport API                  ${demo.apiUrl}
  Dev mailbox                   ${demo.mailboxUrl}

  Press Ctrl-C to stop both.
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
