import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { desc, sql } from 'drizzle-orm';
import type { Client, PortalSection, PortalTokens } from '@signport/core';
import { outboxEmails } from '../../src/platform/db/schema/index.js';
import { createJobHandlers } from '../../src/create-job-handlers.js';
import { runDueJobs } from '../../src/platform/jobs/run-due-jobs.js';
import type { AppDeps } from '../../src/app.js';
import { bearer, json, seedAccount, testApp, userWithToken, type TestApp } from './test-server.js';

export const SHORELINE = 'https://www.shoreline.test';
export const PASSWORD = 'correct horse battery staple';

export interface PortalWorld extends TestApp {
  accountId: string;
  secretKey: string;
  /** The agent's embed token and user id. */
  agent: { token: string; userId: string };
  /** `app.request` with the secret key (and a JSON body when given). */
  host(method: string, path: string, body?: unknown): Promise<Response>;
  /** `app.request` as the agent. */
  asAgent(method: string, path: string, body?: unknown): Promise<Response>;
  /** `app.request` with a portal access token (and a JSON body when given). */
  asClient(accessToken: string, method: string, path: string, body?: unknown): Promise<Response>;
  /** Runs due jobs (email delivery to the outbox, reset links). */
  runJobs(): Promise<void>;
  /** The newest outbox email to an address, after running jobs. */
  lastEmailTo(
    address: string,
  ): Promise<{ subject: string; text: string; html: string | null } | undefined>;
  /** The set-password token in the newest email to an address. */
  linkTokenFor(address: string): Promise<string>;
  /** Adds a client through the API as the host, assigned to the agent. */
  addClient(input: Record<string, unknown>): Promise<Client>;
  /** Sets up access (new profile) and sends the invite; returns the activation token. */
  invite(
    clientId: string,
    email: string,
    grants: PortalSection[],
    extra?: Record<string, unknown>,
  ): Promise<string>;
  /** Activates with a password and returns the tokens. */
  activate(token: string, password?: string): Promise<PortalTokens>;
  login(username: string, password?: string, headers?: Record<string, string>): Promise<Response>;
}

export async function portalWorld(
  t: TestContext,
  deps: Partial<AppDeps> = {},
): Promise<PortalWorld> {
  const ctx = await testApp(t, deps);
  const account = await seedAccount(ctx, 'Shoreline Realty', [SHORELINE]);
  const agent = await userWithToken(ctx.app, account.secretKey, 'alice');
  const request = async (
    headers: Record<string, string>,
    method: string,
    path: string,
    body?: unknown,
  ) =>
    ctx.app.request(path, body === undefined ? { method, headers } : json(method, body, headers));
  const handlers = createJobHandlers({ db: ctx.db, config: ctx.config, clock: ctx.time.clock });
  const runJobs = async () => {
    // Two passes: a reset job queues its email job.
    for (let pass = 0; pass < 2; pass += 1) {
      await runDueJobs({ db: ctx.db, handlers, clock: ctx.time.clock });
    }
  };
  const lastEmailTo = async (address: string) => {
    await runJobs();
    // Emails queued at one instant keep their delivery order in the rowid.
    const emails = await ctx.db
      .select()
      .from(outboxEmails)
      .orderBy(desc(outboxEmails.createdAt), desc(sql`rowid`));
    return emails.find((email) => email.to.includes(address));
  };

  const world: PortalWorld = {
    ...ctx,
    accountId: account.accountId,
    secretKey: account.secretKey,
    agent,
    host: (method, path, body) => request(bearer(account.secretKey), method, path, body),
    asAgent: (method, path, body) => request(bearer(agent.token), method, path, body),
    asClient: (accessToken, method, path, body) => request(bearer(accessToken), method, path, body),
    runJobs,
    lastEmailTo,
    async linkTokenFor(address) {
      const email = await lastEmailTo(address);
      const token = /\/p\/activate\/([\w-]+)/.exec(email?.text ?? '')?.[1];
      assert.ok(token, `a set-password link was emailed to ${address}`);
      return token;
    },
    async addClient(input) {
      const res = await world.host('POST', '/v1/clients', {
        assignedAgentId: agent.userId,
        ...input,
      });
      assert.equal(res.status, 201, await res.clone().text());
      return (await res.json()) as Client;
    },
    async invite(clientId, email, grants, extra = {}) {
      const setup = await world.host('PUT', `/v1/clients/${clientId}/portal-access`, {
        profile: { mode: 'new' },
        grants,
        ...extra,
      });
      assert.equal(setup.status, 200, await setup.clone().text());
      const invite = await world.host('POST', `/v1/clients/${clientId}/portal-access/invite`);
      assert.equal(invite.status, 200, await invite.clone().text());
      return world.linkTokenFor(email);
    },
    async activate(token, password = PASSWORD) {
      const res = await ctx.app.request('/v1/portal/activate', json('POST', { token, password }));
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as PortalTokens;
    },
    login: async (username, password = PASSWORD, headers = {}) =>
      ctx.app.request(
        '/v1/portal/login',
        json('POST', { accountId: account.accountId, username, password }, headers),
      ),
  };
  return world;
}

/** Reads a JSON body with its type. */
export async function body<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
