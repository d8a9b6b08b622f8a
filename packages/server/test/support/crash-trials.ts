import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FieldValue, PartyLink, Session, Template, TemplateField } from '@signport/core';
import { createApp } from '../../src/app.js';
import { createAccount } from '../../src/capabilities/accounts/create-account.js';
import { systemClock } from '../../src/platform/clock.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { openDatabase, type Database } from '../../src/platform/db/open-database.js';
import {
  blobs,
  jobs,
  sessionParties,
  sessionValues,
  signingSessions,
} from '../../src/platform/db/schema/index.js';
import { createJobHandlers } from '../../src/create-job-handlers.js';
import { runDueJobs } from '../../src/platform/jobs/run-due-jobs.js';
import { FINALIZE_SESSION_JOB } from '../../src/capabilities/sealing/finalize-session-job.js';
import { makePurchaseAgreement } from '../fixtures/make-purchase-agreement.js';
import { makeSignaturePng } from '../fixtures/make-signature-png.js';
import { standbyServer, type StandbyServer } from './child-process.js';
import { PUBLIC_URL, TEST_SECRET, bearer, json, testConfig, userWithToken } from './test-server.js';

export interface CrashTrialsOptions {
  /** How many times the server is killed. */
  kills: number;
  /** Sessions (two parties each) signed concurrently while the server runs. */
  sessionsPerKill?: number;
  /** The latest moment of a kill after the signing starts (ms); each kill is uniform in [0, this]. */
  maxKillDelayMs?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface CrashTrialsReport {
  kills: number;
  /** Writes (saves and signatures) the server answered with a 2xx before it was killed. */
  acknowledgedWrites: number;
  /** Of which signatures. */
  acknowledgedCompletions: number;
  /** Sessions whose last signature was in, sealed by the job worker after the restart. */
  sealedAfterRestart: number;
  sessionsChecked: number;
  /** Each broken promise, described; empty when the server kept every one. */
  violations: string[];
  durationMs: number;
}

/** One request a party sent, and whether its 2xx answer arrived before the kill. */
interface Write {
  values: Record<string, FieldValue>;
  acknowledged: boolean;
}

interface Signer {
  sessionId: string;
  partyId: string;
  role: string;
  token: string;
  writes: Write[];
  completion?: { acknowledged: boolean; sessionCompleted: boolean };
}

/**
 * Kills the server (SIGKILL) at random moments while parties save values and sign concurrently
 * over HTTP, and after each kill checks what the design promises: the database passes
 * `PRAGMA integrity_check`, every acknowledged write is there, no session is half-completed, and
 * a session whose last signature was acknowledged is sealed once the job worker runs again.
 */
export async function runCrashTrials({
  kills,
  sessionsPerKill = 4,
  maxKillDelayMs = 3000,
  log = () => {},
}: CrashTrialsOptions): Promise<CrashTrialsReport> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'signport-crash-'));
  const databaseUrl = `file:${join(dir, 'crash.db')}`;
  const env = {
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'test',
    PUBLIC_URL,
    SIGNPORT_SECRET: TEST_SECRET,
  };
  const config = testConfig({ DATABASE_URL: databaseUrl });
  const setup = await openDatabase({ url: databaseUrl });
  const report: CrashTrialsReport = {
    kills: 0,
    acknowledgedWrites: 0,
    acknowledgedCompletions: 0,
    sealedAfterRestart: 0,
    sessionsChecked: 0,
    violations: [],
    durationMs: 0,
  };
  // The next server loads its code while the current one runs; it opens the database after the kill.
  let next: StandbyServer = standbyServer(env);
  try {
    await migrate(setup.db);
    const world = await signingSetup(setup.db, config);
    for (let round = 1; round <= kills; round++) {
      const signers = await createSigners(world, sessionsPerKill, round);
      const server = await next.start();
      next = standbyServer(env);
      const killAt = Math.random() * maxKillDelayMs;
      const signing = Promise.all(signers.map((signer) => sign(server.url, signer, world)));
      await Promise.race([signing, new Promise((resolve) => setTimeout(resolve, killAt))]);
      await server.kill();
      await signing;
      report.kills += 1;
      const before = report.violations.length;
      await checkAfterCrash(databaseUrl, config, world.template, signers, report);
      log(
        `kill ${round}/${kills} at ${Math.round(killAt)} ms: ` +
          `${signers.filter((signer) => signer.completion?.acknowledged).length} signatures acknowledged, ` +
          `${report.violations.length - before} violations`,
      );
    }
    // The database a crash left behind still starts a server.
    const server = await next.start();
    const health = await fetch(`${server.url}/healthz`);
    if (health.status !== 200)
      report.violations.push(`restart: /healthz answered ${health.status}`);
    await server.kill();
  } finally {
    await next.kill();
    await setup.close();
    rmSync(dir, { recursive: true, force: true });
  }
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

interface SigningSetup {
  app: ReturnType<typeof createApp>;
  token: string;
  template: Template;
  signature: string;
}

async function signingSetup(db: Database, config: ReturnType<typeof testConfig>) {
  const app = createApp({ db, config, clock: systemClock });
  const { secretKey } = await createAccount(
    db,
    { name: 'Crash Realty', origins: ['https://www.crash.test'] },
    systemClock,
  );
  const { token } = await userWithToken(app, secretKey, 'betty');
  const form = new FormData();
  form.set(
    'file',
    new Blob([await makePurchaseAgreement()], { type: 'application/pdf' }),
    'agreement.pdf',
  );
  form.set('name', 'Residential Purchase Agreement');
  form.set(
    'roles',
    JSON.stringify([
      { key: 'buyer', name: 'Buyer', order: 1 },
      { key: 'seller', name: 'Seller', order: 1 },
    ]),
  );
  const template = (await expectOk(
    await app.request('/v1/templates', { method: 'POST', headers: bearer(token), body: form }),
  )) as Template;
  const png = await makeSignaturePng(600, 200);
  const signature = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return { app, token, template, signature } satisfies SigningSetup;
}

/** New sent sessions, each with a buyer and a seller who may sign at once, and their signing links. */
async function createSigners(
  { app, token, template }: SigningSetup,
  sessions: number,
  round: number,
): Promise<Signer[]> {
  const signers: Signer[] = [];
  for (let index = 0; index < sessions; index++) {
    const session = (await expectOk(
      await app.request(
        '/v1/sessions',
        json(
          'POST',
          {
            templateId: template.id,
            parties: ['buyer', 'seller'].map((role) => ({
              role,
              name: `${role} ${round}.${index}`,
              email: `${role}.${round}.${index}@example.com`,
            })),
            send: true,
          },
          bearer(token),
        ),
      ),
    )) as Session;
    for (const party of session.parties) {
      const link = (await expectOk(
        await app.request(`/v1/sessions/${session.id}/parties/${party.id}/link`, {
          method: 'POST',
          headers: bearer(token),
        }),
      )) as PartyLink;
      signers.push({
        sessionId: session.id,
        partyId: party.id,
        role: party.role,
        token: link.token,
        writes: [],
      });
    }
  }
  return signers;
}

/** A party saves its text fields a few times, then signs; stops at the first failed request. */
async function sign(url: string, signer: Signer, { template, signature }: SigningSetup) {
  const fields = template.fields.filter((field) => field.role === signer.role && !field.locked);
  const texts = fields.filter((field) => field.type === 'text');
  const saves = 1 + Math.floor(Math.random() * 3);
  try {
    for (let save = 1; save <= saves; save++) {
      const values = Object.fromEntries(texts.map((field) => [field.id, `${field.id} ${save}`]));
      const write: Write = { values, acknowledged: false };
      signer.writes.push(write);
      const res = await fetch(
        `${url}/v1/party/values`,
        json('PATCH', { values }, bearer(signer.token)),
      );
      if (res.status !== 200) throw new Error(`save answered ${res.status}: ${await res.text()}`);
      write.acknowledged = true;
    }
    const values = Object.fromEntries(
      fields
        .filter((field) => field.type !== 'signature' && field.type !== 'initials')
        .flatMap((field) => {
          const value = finalValue(field);
          return value === undefined ? [] : [[field.id, value]];
        }),
    );
    const signatures = Object.fromEntries(
      fields
        .filter((field) => field.type === 'signature' || field.type === 'initials')
        .map((field) => [field.id, signature]),
    );
    const write: Write = { values: { ...values, ...signatures }, acknowledged: false };
    signer.writes.push(write);
    signer.completion = { acknowledged: false, sessionCompleted: false };
    const viewed = await fetch(`${url}/v1/party`, { headers: bearer(signer.token) });
    const { consent } = (await viewed.json()) as { consent: { version: string } };
    const res = await fetch(
      `${url}/v1/party/complete`,
      json(
        'POST',
        { consent: { accepted: true, disclosureVersion: consent.version }, signatures, values },
        bearer(signer.token),
      ),
    );
    if (res.status !== 200) throw new Error(`signing answered ${res.status}: ${await res.text()}`);
    write.acknowledged = true;
    signer.completion.acknowledged = true;
    const outcome = (await res.json()) as { status: string };
    signer.completion.sessionCompleted = outcome.status === 'completed';
  } catch (error) {
    // A request cut off by the kill is expected; any other refusal breaks the test.
    const message = error instanceof Error ? error.message : String(error);
    if (/answered/.test(message))
      throw new Error(`${signer.role} of ${signer.sessionId}: ${message}`);
  }
}

/** What the party's last request writes to a field it does not save along the way. */
export function finalValue(field: TemplateField): FieldValue | undefined {
  switch (field.type) {
    case 'text':
      return `${field.id} final`;
    case 'date':
      return '2030-07-15';
    case 'checkbox':
      return true;
    case 'radio':
    case 'select':
      return field.options?.[0];
    default:
      return undefined;
  }
}

async function checkAfterCrash(
  databaseUrl: string,
  config: ReturnType<typeof testConfig>,
  template: Template,
  signers: Signer[],
  report: CrashTrialsReport,
): Promise<void> {
  const { db, close } = await openDatabase({ url: databaseUrl });
  const violations = report.violations;
  try {
    const integrity = await db.all<{ integrity_check: string }>(sql`PRAGMA integrity_check`);
    const verdict = integrity.map((row) => row.integrity_check).join('; ');
    if (verdict !== 'ok') violations.push(`integrity_check: ${verdict}`);

    const sessionIds = [...new Set(signers.map((signer) => signer.sessionId))];
    const parties = await db
      .select()
      .from(sessionParties)
      .where(inArray(sessionParties.sessionId, sessionIds));
    const values = await db
      .select()
      .from(sessionValues)
      .where(inArray(sessionValues.sessionId, sessionIds));
    for (const signer of signers) {
      const party = parties.find((row) => row.id === signer.partyId);
      const stored = (fieldId: string) =>
        values.find(
          (row) =>
            row.sessionId === signer.sessionId &&
            row.fieldId === fieldId &&
            (row.partyId === '' || row.partyId === signer.partyId),
        )?.value;
      report.acknowledgedWrites += signer.writes.filter((write) => write.acknowledged).length;
      for (const fieldId of new Set(signer.writes.flatMap((write) => Object.keys(write.values)))) {
        const touching = signer.writes.filter((write) => fieldId in write.values);
        const lastAcknowledged = touching.findLastIndex((write) => write.acknowledged);
        // The last acknowledged value, or one sent after it whose answer the kill cut off.
        const allowed = touching
          .slice(Math.max(0, lastAcknowledged))
          .map((write) => write.values[fieldId]);
        const value = stored(fieldId);
        if (lastAcknowledged === -1 && value === undefined) continue;
        if (!allowed.some((candidate) => JSON.stringify(candidate) === JSON.stringify(value))) {
          violations.push(
            `${signer.sessionId} ${signer.role}: ${fieldId} is ${JSON.stringify(value)}, expected one of ${JSON.stringify(allowed)}`,
          );
        }
      }
      if (signer.completion?.acknowledged) {
        report.acknowledgedCompletions += 1;
        if (party?.status !== 'completed' || !party.consentedAt)
          violations.push(`${signer.sessionId} ${signer.role}: signed (2xx) but ${party?.status}`);
      }
    }

    // Every session whose last signature is in must have its finalization queued.
    const sessions = await db
      .select()
      .from(signingSessions)
      .where(inArray(signingSessions.id, sessionIds));
    const allSigned = (sessionId: string) =>
      parties
        .filter((party) => party.sessionId === sessionId)
        .every((party) => party.status === 'completed');
    const waiting = sessions.filter(
      (session) => allSigned(session.id) && session.status !== 'completed',
    );
    const queued = waiting.length
      ? await db
          .select({ key: jobs.idempotencyKey })
          .from(jobs)
          .where(
            and(
              eq(jobs.kind, FINALIZE_SESSION_JOB),
              inArray(
                jobs.idempotencyKey,
                waiting.map((session) => `finalize:${session.id}`),
              ),
            ),
          )
      : [];
    for (const session of waiting) {
      if (!queued.some((job) => job.key === `finalize:${session.id}`))
        violations.push(`${session.id}: every party signed but no finalization is queued`);
    }

    // The restarted worker: past the finalization's head start and any lease the kill left behind.
    const later = () => new Date(Date.now() + 10 * 60_000);
    const handlers = createJobHandlers({ db, config, clock: later });
    while ((await runDueJobs({ db, handlers, clock: later })).claimed > 0);

    const after = await db
      .select()
      .from(signingSessions)
      .where(inArray(signingSessions.id, sessionIds));
    const finalParties = await db
      .select()
      .from(sessionParties)
      .where(inArray(sessionParties.sessionId, sessionIds));
    const finalValues = await db
      .select()
      .from(sessionValues)
      .where(inArray(sessionValues.sessionId, sessionIds));
    for (const session of after) {
      report.sessionsChecked += 1;
      const own = finalParties.filter((party) => party.sessionId === session.id);
      const signed = own.every((party) => party.status === 'completed');
      if (signed && session.status !== 'completed')
        violations.push(
          `${session.id}: every party signed, still ${session.status} after the jobs ran`,
        );
      if (waiting.some((w) => w.id === session.id) && session.status === 'completed')
        report.sealedAfterRestart += 1;
      if (session.status === 'completed') await checkSealed(db, session, violations);
      for (const party of own.filter((row) => row.status === 'completed')) {
        const missing = signatureFieldsOf(template, party.role).filter(
          (fieldId) =>
            !finalValues.some(
              (row) =>
                row.sessionId === session.id &&
                row.fieldId === fieldId &&
                row.partyId === party.id &&
                typeof row.value === 'string' &&
                row.value.startsWith('data:image/png'),
            ),
        );
        if (missing.length)
          violations.push(`${session.id} ${party.role}: signed without ${missing.join(', ')}`);
      }
    }
  } finally {
    await close();
  }
}

const signatureFieldsOf = (template: Template, role: string) =>
  template.fields
    .filter(
      (field) => field.role === role && (field.type === 'signature' || field.type === 'initials'),
    )
    .map((field) => field.id);

/** A completed session has its sealed PDF, stored whole, and the hashes of both documents. */
async function checkSealed(
  db: Database,
  session: typeof signingSessions.$inferSelect,
  violations: string[],
): Promise<void> {
  const [pdf] = session.finalBlobId
    ? await db.select().from(blobs).where(eq(blobs.id, session.finalBlobId))
    : [];
  const sha256 = pdf && createHash('sha256').update(pdf.data).digest('hex');
  if (!pdf || !session.originalSha256 || sha256 !== session.finalSha256 || sha256 !== pdf.sha256)
    violations.push(`${session.id}: completed without its sealed PDF and matching hash`);
}

/** The JSON body of a 2xx answer to a setup request; anything else stops the run. */
async function expectOk(res: Response): Promise<unknown> {
  if (res.status >= 300)
    throw new Error(`setup request answered ${res.status}: ${await res.text()}`);
  return res.json();
}
