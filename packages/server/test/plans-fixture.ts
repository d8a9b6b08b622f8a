import type { TestContext } from 'node:test';
import type { AppDeps } from '../src/app.js';
import { createJobHandlers } from '../src/create-job-handlers.js';
import { runDueJobs } from '../src/platform/jobs/run-due-jobs.js';
import { embedTokenKey } from '../src/capabilities/embed-tokens/embed-token-key.js';
import { createPlanJobHandlers } from '../src/capabilities/plans/create-plan-job-handlers.js';
import { outboxSmsProvider } from '../src/platform/sms/outbox-sms-provider.js';
import type { SmsProvider } from '../src/platform/sms/sms-provider.js';
import { bearer, json, seedAccount, testApp, type TestApp } from './support/test-server.js';

/** A parsed response body; tests read the fields they assert on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Agent {
  id: string;
  externalId: string;
  name: string;
  email: string;
  token: string;
  auth: Record<string, string>;
}

export interface TeamFixture extends TestApp {
  accountId: string;
  secretKey: string;
  /** Secret-key authorization headers. */
  key: Record<string, string>;
  agent(externalId: string, name: string, branding?: object): Promise<Agent>;
  call(path: string, init?: RequestInit): Promise<{ status: number; body: Json }>;
  /** Moves the clock on and gives every agent a fresh embed token (they last an hour at most). */
  advance(ms: number): Promise<void>;
  /** Runs every due job (steps, emails, texts) until none is left. */
  drain(provider?: SmsProvider): Promise<void>;
}

/** An account with helpers to add agents and call the API; the clock starts 2030-01-15 10:00 UTC. */
export async function teamFixture(
  t: TestContext,
  deps: Partial<AppDeps> = {},
): Promise<TeamFixture> {
  const ctx = await testApp(t, deps);
  const { secretKey, accountId } = await seedAccount(ctx);
  const key = bearer(secretKey);
  const call = async (path: string, init?: RequestInit) => {
    const res = await ctx.app.request(path, init);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const agents: Agent[] = [];
  const mint = async (agent: Pick<Agent, 'externalId' | 'token' | 'auth'>) => {
    const minted = await call(
      '/v1/embed-tokens',
      json('POST', { externalId: agent.externalId }, key),
    );
    if (minted.status !== 201) throw new Error(`embed token for ${agent.externalId} failed`);
    agent.token = minted.body.token as string;
    agent.auth = bearer(agent.token);
  };
  return {
    ...ctx,
    accountId,
    secretKey,
    key,
    call,
    async agent(externalId, name, branding = {}) {
      const email = `${externalId}@shoreline.test`;
      const user = await call(
        `/v1/users/${externalId}`,
        json('PUT', { name, email, branding }, key),
      );
      if (user.status !== 201) throw new Error(`agent ${externalId} failed`);
      const agent: Agent = { id: user.body.id, externalId, name, email, token: '', auth: {} };
      await mint(agent);
      agents.push(agent);
      return agent;
    },
    async advance(ms) {
      ctx.time.advance(ms);
      for (const agent of agents) await mint(agent);
    },
    async drain(provider) {
      const handlers = {
        ...createJobHandlers({ db: ctx.db, config: ctx.config, clock: ctx.time.clock }),
        ...createPlanJobHandlers({
          db: ctx.db,
          clock: ctx.time.clock,
          publicUrl: ctx.config.publicUrl,
          getRootKey: embedTokenKey(ctx.db, ctx.config.secret),
          smsProvider: provider ?? outboxSmsProvider({ db: ctx.db, clock: ctx.time.clock }),
        }),
      };
      for (let round = 0; round < 100; round++) {
        const result = await runDueJobs({ db: ctx.db, handlers, clock: ctx.time.clock });
        if (result.failed > 0 || result.retried > 0)
          throw new Error(`a job failed: ${JSON.stringify(result)}`);
        if (result.claimed === 0) return;
      }
      throw new Error('jobs never ran out');
    },
  };
}

/** Creates a team through the API with the given members. */
export async function createTeam(
  fixture: Pick<TeamFixture, 'call' | 'key'>,
  members: {
    agent: Agent;
    teamRole: 'rainmaker' | 'member';
    permission: 'basic' | 'enhanced' | 'unlimited';
  }[],
  auth: Record<string, string> = fixture.key,
): Promise<string> {
  const created = await fixture.call(
    '/v1/teams',
    json(
      'POST',
      {
        name: 'Shoreline Team',
        members: members.map(({ agent, teamRole, permission }) => ({
          userId: agent.id,
          teamRole,
          permission,
        })),
      },
      auth,
    ),
  );
  if (created.status !== 201) throw new Error(`team failed: ${JSON.stringify(created.body)}`);
  return created.body.id as string;
}
