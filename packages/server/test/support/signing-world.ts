import { createApp } from '../../src/app.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { openDatabase } from '../../src/platform/db/open-database.js';
import type { SigningWorld } from './signing.js';
import { manualClock, seedAccount, testConfig, userWithToken } from './test-server.js';

/**
 * One app, database and account for a whole test file (uploading a template renders its pages,
 * which is too slow to repeat per test). Register `after(() => world.close())` at the top level.
 */
export async function signingWorld(env: Record<string, string> = {}): Promise<SigningWorld> {
  const { db, close } = await openDatabase({ url: ':memory:' });
  await migrate(db);
  const config = testConfig(env);
  const time = manualClock();
  const app = createApp({ db, config, clock: time.clock });
  const account = await seedAccount({ db, time });
  const betty = await userWithToken(app, account.secretKey, 'betty');
  return {
    app,
    db,
    config,
    time,
    secretKey: account.secretKey,
    accountId: account.accountId,
    token: betty.token,
    userId: betty.userId,
    close,
  };
}
