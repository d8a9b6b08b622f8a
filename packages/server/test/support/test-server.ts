import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { createApp, type AppDeps } from '../../src/app.js';
import type { App } from '../../src/app-context.js';
import {
  createAccount,
  type CreatedAccount,
} from '../../src/capabilities/accounts/create-account.js';
import type { Clock } from '../../src/platform/clock.js';
import { loadConfig, type Config } from '../../src/platform/config.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { openDatabase, type Database } from '../../src/platform/db/open-database.js';

export const PUBLIC_URL = 'http://signport.test';
export const TEST_SECRET = 'test-secret-that-is-at-least-32-characters-long';

/** A clock the test moves by hand. */
export interface ManualClock {
  clock: Clock;
  advance(ms: number): void;
}

export function manualClock(start = new Date('2030-01-15T10:00:00Z')): ManualClock {
  let now = start.getTime();
  return {
    clock: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', PUBLIC_URL, SIGNPORT_SECRET: TEST_SECRET, ...env });
}

/** A migrated database (`:memory:`, i.e. a private temp file) closed when the test ends. */
export async function testDatabase(t: TestContext, url = ':memory:'): Promise<Database> {
  const { db, close } = await openDatabase({ url });
  await migrate(db);
  t.after(close);
  return db;
}

/** A temp folder removed when the test ends, e.g. for a file database shared by two clients. */
export function tempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'signport-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestApp {
  app: App;
  db: Database;
  config: Config;
  time: ManualClock;
}

export async function testApp(t: TestContext, deps: Partial<AppDeps> = {}): Promise<TestApp> {
  const db = deps.db ?? (await testDatabase(t));
  const config = deps.config ?? testConfig();
  const time = manualClock();
  const app = createApp({ db, config, clock: time.clock, ...deps });
  return { app, db, config, time };
}

export function seedAccount(
  { db, time }: Pick<TestApp, 'db' | 'time'>,
  name = 'Shoreline Realty',
  origins = ['https://www.shoreline.test'],
): Promise<CreatedAccount> {
  return createAccount(db, { name, origins }, time.clock);
}

/** JSON request options for `app.request()`. */
export function json(
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Creates a user through the API and returns an embed token for it. */
export async function userWithToken(
  app: App,
  secretKey: string,
  externalId = 'betty',
): Promise<{ token: string; userId: string }> {
  const user = await app.request(
    `/v1/users/${externalId}`,
    json('PUT', { name: 'Betty Agent', email: `${externalId}@shoreline.test` }, bearer(secretKey)),
  );
  if (user.status >= 300)
    throw new Error(`user upsert failed: ${user.status} ${await user.text()}`);
  const minted = await app.request(
    '/v1/embed-tokens',
    json('POST', { externalId }, bearer(secretKey)),
  );
  if (minted.status !== 201)
    throw new Error(`embed token failed: ${minted.status} ${await minted.text()}`);
  const { id } = (await user.json()) as { id: string };
  const { token } = (await minted.json()) as { token: string };
  return { token, userId: id };
}
