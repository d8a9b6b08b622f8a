import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Session } from '@signport/core';
import { databaseBlobStore } from '../src/platform/blobs/database-blob-store.js';
import { jobs } from '../src/platform/db/schema/index.js';
import { createJobHandlers } from '../src/create-job-handlers.js';
import { startJobWorker } from '../src/platform/jobs/start-job-worker.js';
import { sendEmail } from '../src/platform/mail/send-email.js';
import { completedEmail } from '../src/capabilities/sessions/session-emails.js';
import { makePurchaseAgreement } from './fixtures/make-purchase-agreement.js';
import { createSession, uploadedTemplate } from './support/signing.js';
import { signingWorld } from './support/signing-world.js';
import { parseMail, startSmtpServer } from './support/smtp-catcher.js';
import { bearer, json } from './support/test-server.js';

const SLOW_RELAY_MS = 150;

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test('an invitation queued behind ten completion emails goes out before they are all delivered', async (t) => {
  const smtp = await startSmtpServer(t, { delayMs: SLOW_RELAY_MS });
  const world = await signingWorld({ SMTP_URL: smtp.url });
  t.after(() => world.close());
  const { app, db, config, time, accountId } = world;
  const pdf = await makePurchaseAgreement();
  const template = await uploadedTemplate(app, world.token, pdf);
  const session: Session = await createSession(app, world.token, {
    templateId: template.id,
    parties: [
      { role: 'buyer', name: 'Zoe Lukasz', email: 'zoe.buyer@example.com' },
      { role: 'seller', name: 'Samuel OConnor', email: 'sam.seller@example.com' },
    ],
  });

  // Ten completion emails, each with its sealed PDF attached, queued first.
  const sealed = await databaseBlobStore({ db, clock: time.clock }).putBlob(accountId, {
    bytes: pdf,
    contentType: 'application/pdf',
  });
  const sender = { ...session.sender, branding: {}, locale: 'en' as const };
  for (let i = 0; i < 10; i++) {
    await sendEmail(
      { db, clock: time.clock },
      completedEmail({
        recipient: { name: `Party ${i}`, email: `party${i}@example.com` },
        sender,
        documentName: `Agreement ${i}`,
        finalSha256: 'a'.repeat(64),
        pdfBlobId: sealed.id,
        verifyUrl: `${config.publicUrl}/verify`,
      }),
      { accountId },
    );
  }
  const worker = startJobWorker({
    db,
    handlers: createJobHandlers({ db, config, clock: time.clock }),
    clock: time.clock,
    intervalMs: 20,
  });
  t.after(() => worker.stop());
  await until(
    async () => (await db.select().from(jobs).where(eq(jobs.status, 'running'))).length > 0,
    'the completion emails to be on their way',
  );

  // Then the session is sent: its invitation joins the queue while the relay is busy.
  const sent = await app.request(
    `/v1/sessions/${session.id}/send`,
    json('POST', {}, bearer(world.token)),
  );
  assert.equal(sent.status, 200, await sent.clone().text());
  await until(() => smtp.received.length === 12, 'all twelve emails');

  const order = smtp.received.map((mail) => parseMail(mail.raw).headers.get('subject') ?? '');
  const invitation = order.findIndex((subject) => subject.includes('asks you to sign'));
  assert.ok(invitation >= 0, order.join('\n'));
  // Both parties are invited at once (parallel signing); the first of them is what we measure.
  // It takes the first slot that frees up: at most the deliveries already under way finish first.
  assert.ok(
    invitation <= 4,
    `the invitation was delivered as number ${invitation + 1} of 12:\n${order.join('\n')}`,
  );
  assert.equal(
    order.filter((subject) => subject.startsWith('Completed')).length,
    10,
    'every completion email is still delivered',
  );
});
