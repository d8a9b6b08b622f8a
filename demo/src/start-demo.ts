import { ApiClient } from '@signport/core/client';
import { ensureElementsBuilt } from './ensure-elements-built.js';
import { defaultApiLogPath, defaultCredentialsPath, defaultDatabaseUrl } from './paths.js';
import { assertPortFree, findFreePort } from './ports.js';
import { seedDemo } from './seed/seed-demo.js';
import { buildPageScript } from './site/build-page-script.js';
import { createSiteApp } from './site/create-site-app.js';
import { serveSite } from './site/serve-site.js';
import { startApiProcess } from './start-api-process.js';

export interface StartDemoOptions {
  /** Port of the demo site; 0 picks a free one. Default 5173. */
  demoPort?: number;
  /** Port of the Signport API; 0 picks a free one. Default 8787. */
  apiPort?: number;
  /** Database of the API. Default `file:<repo>/data/demo.db`. */
  databaseUrl?: string;
  /** Where the demo keeps its account's secret key. Default `<repo>/data/demo-credentials.json`. */
  credentialsPath?: string;
  /** No progress messages, and no API log file (its last lines show only if it fails to start). */
  quiet?: boolean;
  /** Where the API's request log goes. Default `<repo>/data/demo-api.log`; none when `quiet`. */
  apiLogPath?: string;
  /** More environment for the API process, e.g. `SMTP_URL`. */
  apiEnv?: Record<string, string>;
}

export interface RunningDemo {
  demoUrl: string;
  apiUrl: string;
  mailboxUrl: string;
  /** The file the API's request log goes to, if any. */
  apiLogPath: string | undefined;
  /** Stops the demo site and the API process. */
  close(): Promise<void>;
}

/**
 * Starts the whole demo: builds the elements if needed, starts the API as its own process, seeds
 * the Shoreline Realty account and its people, then serves the demo site on another origin.
 *
 * @example
 * const demo = await startDemo({ demoPort: 0, apiPort: 0, databaseUrl: 'file:/tmp/x.db' });
 * console.log(demo.demoUrl);
 * await demo.close();
 */
export async function startDemo(options: StartDemoOptions = {}): Promise<RunningDemo> {
  const quiet = options.quiet ?? false;
  const log = quiet ? () => {} : (message: string) => console.log(message);
  const databaseUrl = options.databaseUrl ?? defaultDatabaseUrl;
  const credentialsPath = options.credentialsPath ?? defaultCredentialsPath;
  const demoPort = options.demoPort === 0 ? await findFreePort() : (options.demoPort ?? 5173);
  const apiPort = options.apiPort === 0 ? await findFreePort() : (options.apiPort ?? 8787);
  await assertPortFree(demoPort, 'DEMO_PORT');
  await assertPortFree(apiPort, 'API_PORT');
  const demoUrl = `http://localhost:${demoPort}`;

  await ensureElementsBuilt({ quiet });
  log(`Starting the Signport API on port ${apiPort}…`);
  const apiLogPath = quiet ? undefined : (options.apiLogPath ?? defaultApiLogPath);
  const api = await startApiProcess({
    port: apiPort,
    databaseUrl,
    logPath: apiLogPath,
    // The server's home page links back to the demo.
    env: { DEMO_URL: demoUrl, ...options.apiEnv },
  });
  try {
    const credentials = await seedDemo({
      apiUrl: api.url,
      demoUrl,
      databaseUrl,
      credentialsPath,
      log,
    });
    const hostApi = new ApiClient({ baseUrl: api.url, token: credentials.secretKey });
    const pageScript = await buildPageScript();
    const site = await serveSite(
      createSiteApp({
        apiUrl: api.url,
        hostApi,
        pageScript,
        purchaseAgreementTemplateId: credentials.purchaseAgreementTemplateId,
        accountId: credentials.accountId,
        portalClientId: credentials.ownerClientId,
        teamId: credentials.teamId,
        rentalFormSlug: credentials.rentalFormSlug,
      }),
      demoPort,
    );
    return {
      demoUrl,
      apiUrl: api.url,
      mailboxUrl: `${api.url}/dev/mailbox`,
      apiLogPath,
      close: async () => {
        await site.close();
        await api.close();
      },
    };
  } catch (error) {
    await api.close();
    throw error;
  }
}
