import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createApp } from '../src/app.js';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import { runCommand } from '../src/cli/run-command.js';
import { UsageError } from '../src/cli/usage.js';
import {
  bearer,
  json,
  manualClock,
  tempDir,
  testConfig,
  testDatabase,
} from './support/test-server.js';

const run = promisify(execFile);
const cliEntry = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));

function cli(databaseUrl: string, args: string[]) {
  return run(process.execPath, ['--import', 'tsx', cliEntry, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

test('the CLI creates an account whose key and origin the API accepts, and refuses bad input', async (t) => {
  const databaseUrl = `file:${join(tempDir(t), 'cli', 'signport.db')}`;
  const [created, badOrigin] = await Promise.all([
    cli(databaseUrl, [
      'account',
      'create',
      '--name',
      'Shoreline Realty',
      '--origin',
      'https://www.shoreline.test/',
      '--origin',
      'http://localhost:5173',
    ]),
    cli(`file:${join(tempDir(t), 'other.db')}`, [
      'account',
      'origins',
      'add',
      '--account',
      'acc_missing',
      '--origin',
      'not a url',
    ]),
  ]);
  assert.equal(created.code, 0, created.stderr);
  const account = JSON.parse(created.stdout) as {
    accountId: string;
    name: string;
    origins: string[];
    secretKey: string;
  };
  assert.equal(account.name, 'Shoreline Realty');
  assert.deepEqual(account.origins, ['https://www.shoreline.test', 'http://localhost:5173']);
  assert.match(account.accountId, /^acc_/);
  assert.match(account.secretKey, /^sk_[A-Za-z0-9_-]{43}$/);

  assert.equal(badOrigin.code, 1);
  assert.equal(badOrigin.stdout, '');
  assert.match(badOrigin.stderr, /"not a url" is not an origin/);

  const { db, close } = await openDatabase({ url: databaseUrl });
  t.after(close);
  await migrate(db);
  const stored = await db.query.apiKeys.findMany();
  assert.equal(stored.length, 1);
  assert.notEqual(stored[0]?.keyHash, account.secretKey, 'the key is stored hashed');
  assert.ok(!JSON.stringify(stored).includes(account.secretKey.slice(3)));

  const app = createApp({ db, config: testConfig() });
  const user = await app.request(
    '/v1/users/betty',
    json(
      'PUT',
      { name: 'Betty Agent', email: 'betty@shoreline.test' },
      { ...bearer(account.secretKey), origin: 'http://localhost:5173' },
    ),
  );
  assert.equal(user.status, 201);
  const preflight = await app.request('/v1/me', {
    method: 'OPTIONS',
    headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
  });
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:5173');
});

test('CLI commands manage origins and rotate keys, naming what is wrong when they cannot', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const exec = (argv: string[]) => runCommand(argv, { db, clock: time.clock });
  const account = (await exec([
    'account',
    'create',
    '--name',
    'Harbor',
    '--origin',
    'https://harbor.test',
  ])) as {
    accountId: string;
    secretKey: string;
  };
  const id = account.accountId;

  assert.deepEqual(
    await exec([
      'account',
      'origins',
      'add',
      '--account',
      id,
      '--origin',
      'HTTP://LOCALHOST:5173/',
    ]),
    {
      accountId: id,
      origins: ['http://localhost:5173', 'https://harbor.test'],
    },
  );
  assert.deepEqual(
    await exec([
      'account',
      'origins',
      'remove',
      '--account',
      id,
      '--origin',
      'https://harbor.test',
    ]),
    {
      accountId: id,
      origins: ['http://localhost:5173'],
    },
  );

  const rotated = (await exec(['key', 'rotate', '--account', id])) as { secretKey: string };
  assert.notEqual(rotated.secretKey, account.secretKey);
  const { accounts } = (await exec(['account', 'list'])) as {
    accounts: {
      accountId: string;
      origins: string[];
      keys: { prefix: string; revokedAt: string | null }[];
    }[];
  };
  assert.equal(accounts.length, 1);
  assert.deepEqual(accounts[0]?.origins, ['http://localhost:5173']);
  assert.deepEqual(
    accounts[0]?.keys.map((key) => [key.prefix, key.revokedAt !== null]),
    [
      [account.secretKey.slice(0, 9), true],
      [rotated.secretKey.slice(0, 9), false],
    ],
  );
  assert.ok(!JSON.stringify(accounts).includes(rotated.secretKey));

  await assert.rejects(exec(['key', 'rotate', '--account', 'acc_nope']), {
    message: 'No account acc_nope.',
  });
  await assert.rejects(
    exec(['account', 'origins', 'remove', '--account', id, '--origin', 'https://never.test']),
    {
      message: `Account ${id} does not allow https://never.test.`,
    },
  );
  await assert.rejects(exec(['account', 'create', '--origin', 'https://x.test']), UsageError);
  await assert.rejects(exec(['account', 'create', '--name', 'X', '--colour', 'red']), UsageError);
  await assert.rejects(exec(['account', 'origins', 'add', '--account', id]), {
    message: 'Give exactly one --origin.',
  });
  await assert.rejects(exec(['account', 'delete']), {
    message: 'Unknown command "account delete".',
  });
  await assert.rejects(
    exec(['account', 'create', '--name', 'X', '--origin', 'https://x.test/path']),
    {
      message: /is not an origin/,
    },
  );
  assert.equal(
    ((await exec(['account', 'list'])) as { accounts: unknown[] }).accounts.length,
    1,
    'nothing half-created',
  );
});
