import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { and, eq, inArray, lte } from 'drizzle-orm';
import { migrate } from '../src/platform/db/migrate.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import {
  jobs,
  sessionEvents,
  sessionValues,
  signingSessions,
  webhookEvents,
} from '../src/platform/db/schema/index.js';
import { SEND_EMAIL_JOB } from '../src/platform/mail/send-email.js';
import { until } from './support/child-process.js';
import { startHttpServer } from './support/http-server.js';
import { startServerCluster } from './support/server-cluster.js';
import { createDaySessions, runSigningDay, signingDaySetup } from './support/signing-day.js';
import { parseMail, startSmtpServer } from './support/smtp-catcher.js';
import { PUBLIC_URL, TEST_SECRET, tempDir, testConfig } from './support/test-server.js';

const PROCESSES = 3;
const SESSIONS = 8;

test(
  `${PROCESSES} server processes on one file database sign ${SESSIONS} sessions at once: every job runs once, no request fails, every acknowledged write is kept`,
  { timeout: 240_000 },
  async (t) => {
    const databaseUrl = `file:${join(tempDir(t), 'shared.db')}`;
    const smtp = await startSmtpServer(t);
    const receiver = await startHttpServer(t);
    const webhookIds: string[] = [];
    receiver.handle((request) => {
      webhookIds.push(request.headers.get('webhook-id') ?? '');
      return new Response(null, { status: 204 });
    });
    const env = {
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'test',
      PUBLIC_URL,
      SIGNPORT_SECRET: TEST_SECRET,
      SMTP_URL: smtp.url,
      WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
    };
    const { db, close } = await openDatabase({ url: databaseUrl });
    t.after(close);
    await migrate(db);
    const world = await signingDaySetup(db, testConfig(env), {
      senderCount: 2,
      webhookUrl: `${receiver.url}/hooks`,
    });
    const sessions = await createDaySessions(world, SESSIONS, 'mp');

    const cluster = await startServerCluster(PROCESSES, env);
    t.after(() => cluster.close());
    const day = await runSigningDay(cluster.url, world, sessions, {
      concurrentSessions: 4,
      dashboardEveryMs: 250,
    });

    // No request failed, database-busy or otherwise, and every process took its share.
    assert.deepEqual(
      day.records.filter((record) => record.status >= 400),
      [],
    );
    assert.equal(day.sessionsSigned, SESSIONS);
    assert.ok(day.records.filter((record) => record.kind === 'dashboard').length >= PROCESSES);
    const total = cluster.served.reduce((sum, served) => sum + served, 0);
    for (const served of cluster.served) assert.ok(served >= total / PROCESSES - 1, `${served}`);

    // The workers of the three processes seal every session and drain every due job.
    const ids = sessions.map(([party]) => party?.sessionId ?? '');
    const dueJobs = () => db.select().from(jobs).where(lte(jobs.runAt, new Date()));
    await until(async () => {
      const due = await dueJobs();
      return due.every((job) => job.status === 'succeeded' || job.status === 'failed');
    }, 'every due job to finish');
    const sealed = await db.select().from(signingSessions).where(inArray(signingSessions.id, ids));
    assert.deepEqual(
      sealed.map((session) => [session.status, Boolean(session.finalBlobId)]),
      ids.map(() => ['completed', true]),
    );

    // Each job ran exactly once: succeeded at its first attempt, one finalization per session.
    const due = await dueJobs();
    assert.deepEqual(
      due.filter((job) => job.status !== 'succeeded' || job.attempts !== 1),
      [],
    );
    const completedEvents = await db
      .select({ sessionId: sessionEvents.sessionId })
      .from(sessionEvents)
      .where(and(inArray(sessionEvents.sessionId, ids), eq(sessionEvents.type, 'completed')));
    assert.deepEqual(completedEvents.map((event) => event.sessionId).sort(), [...ids].sort());

    // Each email job reached the SMTP server once; each webhook event reached the receiver once.
    const emailJobs = due.filter((job) => job.kind === SEND_EMAIL_JOB);
    assert.ok(emailJobs.length >= SESSIONS * 2 * 2, 'invitations and completion emails');
    await until(() => smtp.received.length >= emailJobs.length, 'the emails to arrive');
    assert.equal(smtp.received.length, emailJobs.length);
    const deliveries = smtp.received.map((message) => {
      const mail = parseMail(message.raw);
      return `${message.rcptTo.join(',')} ${mail.headers.get('subject') ?? ''}\n${mail.text}`;
    });
    assert.equal(new Set(deliveries).size, deliveries.length, 'no email was sent twice');
    const events = await db.select({ id: webhookEvents.id }).from(webhookEvents);
    assert.ok(events.length >= SESSIONS * 3, 'sent, signed and completed events');
    assert.deepEqual([...webhookIds].sort(), events.map((event) => event.id).sort());

    // Every acknowledged save and signature is in the database, whichever process answered it.
    const stored = await db
      .select()
      .from(sessionValues)
      .where(inArray(sessionValues.sessionId, ids));
    for (const party of sessions.flat()) {
      assert.ok(Object.keys(party.saved).length > 0);
      for (const [fieldId, value] of Object.entries(party.saved)) {
        const row = stored.find(
          (candidate) =>
            candidate.sessionId === party.sessionId &&
            candidate.fieldId === fieldId &&
            (candidate.partyId === '' || candidate.partyId === party.partyId),
        );
        assert.deepEqual(row?.value, value, `${party.role} of ${party.sessionId}: ${fieldId}`);
      }
    }
  },
);
