import assert from 'node:assert/strict';
import type { Session, Template } from '@signport/core';
import type { App } from '../../src/app-context.js';
import type { Config } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/open-database.js';
import { createJobHandlers } from '../../src/create-job-handlers.js';
import { runDueJobs } from '../../src/platform/jobs/run-due-jobs.js';
import { listOutboxEmails, type OutboxEmail } from '../../src/platform/mail/list-outbox-emails.js';
import { bearer, json, type ManualClock } from './test-server.js';

export const PURCHASE_ROLES = [
  { key: 'buyer', name: 'Buyer', order: 1 },
  { key: 'seller', name: 'Seller', order: 2 },
];

/** `POST /v1/templates` with a multipart body. */
export function uploadTemplate(
  app: App,
  token: string,
  pdf: Uint8Array,
  {
    name = 'Residential Purchase Agreement',
    roles = PURCHASE_ROLES as unknown,
  }: { name?: string; roles?: unknown } = {},
): Promise<Response> {
  const form = new FormData();
  form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'agreement.pdf');
  form.set('name', name);
  if (roles !== undefined)
    form.set('roles', typeof roles === 'string' ? roles : JSON.stringify(roles));
  return Promise.resolve(
    app.request('/v1/templates', { method: 'POST', headers: bearer(token), body: form }),
  );
}

export async function uploadedTemplate(
  app: App,
  token: string,
  pdf: Uint8Array,
): Promise<Template> {
  const res = await uploadTemplate(app, token, pdf);
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Template;
}

export async function createSession(app: App, token: string, body: unknown): Promise<Session> {
  const res = await app.request('/v1/sessions', json('POST', body, bearer(token)));
  assert.equal(res.status, 201, await res.clone().text());
  return (await res.json()) as Session;
}

/** Runs every due job (email delivery, finalization) as the worker would, moving time past any delay. */
export async function runJobs(
  db: Database,
  config: Config,
  time: ManualClock,
  advanceMs = 0,
): Promise<void> {
  time.advance(advanceMs);
  const handlers = createJobHandlers({ db, config, clock: time.clock });
  for (;;) {
    const { claimed } = await runDueJobs({ db, handlers, clock: time.clock });
    if (claimed === 0) return;
  }
}

/** The outbox after delivering queued emails. */
export async function deliveredEmails(
  db: Database,
  config: Config,
  time: ManualClock,
): Promise<OutboxEmail[]> {
  await runJobs(db, config, time);
  return listOutboxEmails(db);
}

/** The party token of the newest signing link emailed to `email`. */
export function linkTokenFor(emails: OutboxEmail[], email: string): string {
  const message = emails.find(
    (candidate) => candidate.to.includes(email) && /\/s\/[\w-]+/.test(candidate.text),
  );
  const token = message && /\/s\/([\w-]+)/.exec(message.text)?.[1];
  assert.ok(token, `no signing link emailed to ${email}`);
  return token;
}

export const partyJson = (method: string, token: string, body: unknown) =>
  json(method, body, bearer(token));

export interface SigningWorld {
  app: App;
  db: Database;
  config: Config;
  time: ManualClock;
  secretKey: string;
  accountId: string;
  /** Betty, the sender. */
  token: string;
  userId: string;
  close(): Promise<void>;
}
