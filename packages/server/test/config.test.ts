import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../src/platform/config.js';

test('defaults: port 8787, a file database under the starting folder, outbox mail, localhost URL', () => {
  const config = loadConfig({ INIT_CWD: '/srv/signport' });
  assert.equal(config.port, 8787);
  assert.equal(config.databaseUrl, 'file:/srv/signport/data/signport.db');
  assert.equal(config.publicUrl, 'http://localhost:8787');
  assert.equal(config.smtpUrl, undefined);
  assert.equal(config.mailFrom, 'Signport <no-reply@localhost>');
  assert.equal(config.nodeEnv, 'development');
  assert.equal(config.secret, undefined);
  assert.equal(config.trustProxy, false);
  assert.equal(config.busyTimeoutMs, 5000);
});

test('values from the environment; empty values count as unset', () => {
  const config = loadConfig({
    PORT: '9000',
    DATABASE_URL: 'libsql://signport-acme.turso.io',
    DATABASE_AUTH_TOKEN: 'token',
    PUBLIC_URL: 'https://sign.example.com/',
    SMTP_URL: 'smtps://user:pass@smtp.example.com:465',
    NODE_ENV: 'production',
    SIGNPORT_SECRET: 'x'.repeat(32),
    TRUST_PROXY: 'true',
    MAIL_FROM: '',
  });
  assert.equal(config.port, 9000);
  assert.equal(config.databaseUrl, 'libsql://signport-acme.turso.io');
  assert.equal(config.databaseAuthToken, 'token');
  assert.equal(config.publicUrl, 'https://sign.example.com');
  assert.equal(config.mailFrom, 'Signport <no-reply@sign.example.com>');
  assert.equal(config.trustProxy, true);
  assert.equal(loadConfig({ DATABASE_URL: 'file:/abs/x.db' }).databaseUrl, 'file:/abs/x.db');
  assert.equal(loadConfig({ DATABASE_URL: ':memory:' }).databaseUrl, ':memory:');
});

test('an invalid variable is refused with its name', () => {
  assert.throws(
    () => loadConfig({ PORT: 'eighty' }),
    (error: Error) => error instanceof ConfigError && /^PORT: /.test(error.message),
  );
  assert.throws(() => loadConfig({ PUBLIC_URL: 'sign.example.com' }), /^ConfigError: PUBLIC_URL: /);
  assert.throws(() => loadConfig({ SMTP_URL: 'http://mail' }), /SMTP_URL/);
  assert.throws(
    () => loadConfig({ SIGNPORT_SECRET: 'short' }),
    /SIGNPORT_SECRET: Use at least 32 characters/,
  );
});
