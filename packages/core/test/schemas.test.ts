import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateEmbedTokenRequest,
  EMBED_TOKEN_DEFAULT_TTL_SECONDS,
  UpsertUserRequest,
} from '../src/index.js';

test('an embed token request defaults its lifetime and refuses a long one', () => {
  const parsed = CreateEmbedTokenRequest.parse({ externalId: 'betty' });
  assert.equal(parsed.ttlSeconds, EMBED_TOKEN_DEFAULT_TTL_SECONDS);
  const tooLong = CreateEmbedTokenRequest.safeParse({ externalId: 'betty', ttlSeconds: 86_400 });
  assert.equal(tooLong.success, false);
  assert.deepEqual(tooLong.error?.issues[0]?.path, ['ttlSeconds']);
});

test('an external id refuses characters that would be unsafe in a URL path', () => {
  const result = CreateEmbedTokenRequest.safeParse({ externalId: '../admin' });
  assert.equal(result.success, false);
});

test('a user needs a name and a valid email; branding colour must be hex', () => {
  assert.equal(
    UpsertUserRequest.safeParse({ name: 'Betty Agent', email: 'betty@shoreline.test' }).success,
    true,
  );
  assert.equal(
    UpsertUserRequest.safeParse({ name: ' ', email: 'betty@shoreline.test' }).success,
    false,
  );
  assert.equal(
    UpsertUserRequest.safeParse({ name: 'Betty', email: 'not-an-email' }).success,
    false,
  );
  const badColour = UpsertUserRequest.safeParse({
    name: 'Betty',
    email: 'betty@shoreline.test',
    branding: { color: 'red' },
  });
  assert.deepEqual(badColour.error?.issues[0]?.path, ['branding', 'color']);
});
