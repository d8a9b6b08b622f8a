import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { DemoCredentials } from '../src/seed/credentials.js';
import { startDemo, type RunningDemo } from '../src/start-demo.js';
import { launchChromium } from '../../packages/server/test/support/chromium.js';

export interface DemoUnderTest {
  workDir: string;
  /** `SIGNPORT_SCREENSHOTS` when set, so a person can look at them; else inside `workDir`. */
  screenshots: string;
  demo: RunningDemo;
  credentials: DemoCredentials;
  browser: Browser;
  /** Stops Chromium, the site and the API, and deletes the database. */
  close(): Promise<void>;
}

/**
 * Starts the whole demo (API and site, two origins) on free ports with a fresh database, as
 * `npm run demo` would, plus a Chromium to drive it.
 *
 * @example
 * const running = await startDemoUnderTest('signing');
 * await running.close();
 */
export async function startDemoUnderTest(
  name: string,
  options: { apiEnv?: Record<string, string> } = {},
): Promise<DemoUnderTest> {
  const workDir = await mkdtemp(join(tmpdir(), `signport-demo-${name}-`));
  const screenshots = process.env.SIGNPORT_SCREENSHOTS ?? join(workDir, 'screenshots');
  await mkdir(screenshots, { recursive: true });
  const credentialsPath = join(workDir, 'demo-credentials.json');
  const demo = await startDemo({
    demoPort: 0,
    apiPort: 0,
    databaseUrl: `file:${join(workDir, 'demo.db')}`,
    credentialsPath,
    quiet: true,
    apiEnv: options.apiEnv,
  });
  try {
    const credentials = JSON.parse(await readFile(credentialsPath, 'utf8')) as DemoCredentials;
    const browser = await launchChromium();
    return {
      workDir,
      screenshots,
      demo,
      credentials,
      browser,
      async close() {
        await browser.close();
        await demo.close();
        await rm(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await demo.close();
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}
