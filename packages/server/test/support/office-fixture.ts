import type { TestContext } from 'node:test';
import type { DelegationScope } from '@signport/core';
import type { AppDeps } from '../../src/app.js';
import { bearer, json, seedAccount, testApp, type TestApp } from './test-server.js';

/** A user of an account with an embed token, for calls made "as" them. */
export interface OfficeUser {
  id: string;
  name: string;
  email: string;
  token: string;
  headers: Record<string, string>;
}

export interface Office extends TestApp {
  secretKey: string;
  /** Assistant to Bernie and Alice once delegations are granted. */
  betty: OfficeUser;
  /** Office manager. */
  bernie: OfficeUser;
  /** Agent. */
  alice: OfficeUser;
  /** A colleague nobody delegated to. */
  carl: OfficeUser;
  /** A user of another account (Harbor Homes). */
  hank: OfficeUser;
  harborSecretKey: string;
  /** Grants through the API with the account's secret key; returns the delegation id. */
  grant(principal: OfficeUser, assistant: OfficeUser, scopes: DelegationScope[]): Promise<string>;
  /** `app.request` as a user, with a JSON body when one is given. */
  as(user: OfficeUser, method: string, path: string, body?: unknown): Promise<Response>;
}

async function addUser(
  ctx: TestApp,
  secretKey: string,
  externalId: string,
  name: string,
): Promise<OfficeUser> {
  const email = `${externalId}@shoreline.test`;
  const put = await ctx.app.request(
    `/v1/users/${externalId}`,
    json('PUT', { name, email }, bearer(secretKey)),
  );
  if (put.status !== 201) throw new Error(`user ${externalId}: ${put.status} ${await put.text()}`);
  const minted = await ctx.app.request(
    '/v1/embed-tokens',
    json('POST', { externalId }, bearer(secretKey)),
  );
  if (minted.status !== 201) throw new Error(`token ${externalId}: ${minted.status}`);
  const { id } = (await put.json()) as { id: string };
  const { token } = (await minted.json()) as { token: string };
  return { id, name, email, token, headers: bearer(token) };
}

/**
 * Shoreline Realty (Betty, Bernie, Alice, Carl) and Harbor Homes (Hank), with no delegations yet;
 * `deps` replaces parts of the app (e.g. a config with `SMTP_URL`).
 */
export async function office(t: TestContext, deps: Partial<AppDeps> = {}): Promise<Office> {
  const ctx = await testApp(t, deps);
  const { secretKey } = await seedAccount(ctx);
  const harbor = await seedAccount(ctx, 'Harbor Homes', ['https://harbor.test']);
  const betty = await addUser(ctx, secretKey, 'betty', 'Betty Agent');
  const bernie = await addUser(ctx, secretKey, 'bernie', 'Bernie OfficeManager');
  const alice = await addUser(ctx, secretKey, 'alice', 'Alice Agent');
  const carl = await addUser(ctx, secretKey, 'carl', 'Carl Colleague');
  const hank = await addUser(ctx, harbor.secretKey, 'hank', 'Hank Harbor');
  return {
    ...ctx,
    secretKey,
    harborSecretKey: harbor.secretKey,
    betty,
    bernie,
    alice,
    carl,
    hank,
    async grant(principal, assistant, scopes) {
      const res = await ctx.app.request(
        '/v1/delegations',
        json(
          'POST',
          { principalId: principal.id, assistantId: assistant.id, scopes },
          bearer(secretKey),
        ),
      );
      if (res.status !== 201) throw new Error(`grant: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    async as(user, method, path, body) {
      return ctx.app.request(
        path,
        body === undefined ? { method, headers: user.headers } : json(method, body, user.headers),
      );
    },
  };
}

export async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string; field?: string } }).error;
}
