import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import type { App } from '../src/app-context.js';
import { createAccount } from '../src/capabilities/accounts/create-account.js';
import { systemClock, type Clock } from '../src/platform/clock.js';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase, type Database } from '../src/platform/db/open-database.js';
import type { Config } from '../src/platform/config.js';
import type { Session, Template } from '@signport/core';
import { makePurchaseAgreement } from '../test/fixtures/make-purchase-agreement.js';
import { PURCHASE_ROLES } from '../test/support/signing.js';
import { bearer, json, testConfig, userWithToken } from '../test/support/test-server.js';

export interface BenchApp {
  app: App;
  db: Database;
  /** The libSQL file database under `db`, for a second connection. */
  databaseUrl: string;
  config: Config;
  accountId: string;
  secretKey: string;
  /** The embed token of `betty`, a sender. */
  token: string;
  userId: string;
  close(): Promise<void>;
}

/** The app on a migrated libSQL file database in a temp folder, with one account and one sender. */
export async function benchApp(
  clock: Clock = systemClock,
  config: Config = testConfig(),
): Promise<BenchApp> {
  const dir = mkdtempSync(join(tmpdir(), 'signport-bench-'));
  const databaseUrl = `file:${join(dir, 'bench.db')}`;
  const { db, close } = await openDatabase({ url: databaseUrl });
  await migrate(db);
  const app = createApp({ db, config, clock });
  const account = await createAccount(
    db,
    { name: 'Bench Realty', origins: ['https://www.bench.test'] },
    clock,
  );
  const betty = await userWithToken(app, account.secretKey, 'betty');
  return {
    app,
    db,
    databaseUrl,
    config,
    accountId: account.accountId,
    secretKey: account.secretKey,
    token: betty.token,
    userId: betty.userId,
    async close() {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A sent two-party session on the purchase agreement, created through the API as `betty`. */
export async function createBenchSession({ app, token }: BenchApp): Promise<Session> {
  const form = new FormData();
  form.set(
    'file',
    new Blob([await makePurchaseAgreement()], { type: 'application/pdf' }),
    'agreement.pdf',
  );
  form.set('name', 'Residential Purchase Agreement');
  form.set('roles', JSON.stringify(PURCHASE_ROLES));
  const template = await expectOk<Template>(
    await app.request('/v1/templates', { method: 'POST', headers: bearer(token), body: form }),
  );
  return expectOk<Session>(
    await app.request(
      '/v1/sessions',
      json(
        'POST',
        {
          templateId: template.id,
          parties: [
            { role: 'buyer', name: 'Zoe Lukasz', email: 'zoe.buyer@example.com' },
            { role: 'seller', name: 'Samuel OConnor', email: 'sam.seller@example.com' },
          ],
          send: true,
        },
        bearer(token),
      ),
    ),
  );
}

async function expectOk<T>(res: Response): Promise<T> {
  if (res.status >= 300) throw new Error(`bench setup: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
