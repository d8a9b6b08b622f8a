import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createApp } from '../src/app.js';
import { jobs } from '../src/platform/db/schema/index.js';
import { createJobHandlers } from '../src/create-job-handlers.js';
import { runDueJobs } from '../src/platform/jobs/run-due-jobs.js';
import { sendEmail } from '../src/platform/mail/send-email.js';
import { startSmtpServer } from './support/smtp-catcher.js';
import { manualClock, testConfig, testDatabase } from './support/test-server.js';

const message = {
  replyTo: 'betty@shoreline.test',
  to: ['client@example.com'],
  cc: ['assistant@shoreline.test'],
  subject: 'Please sign the listing agreement',
  text: 'Hello, your documents are ready.',
  html: '<p>Hello, <b>your documents</b> are ready.</p>',
};

test('with SMTP_URL an email is delivered to the SMTP server by the job worker', async (t) => {
  const smtp = await startSmtpServer(t);
  const db = await testDatabase(t);
  const time = manualClock();
  const config = testConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'Signport <no-reply@signport.test>' });
  await sendEmail({ db, clock: time.clock }, message);
  assert.equal(smtp.received.length, 0, 'queued, not sent inline');

  const result = await runDueJobs({
    db,
    handlers: createJobHandlers({ db, config, clock: time.clock }),
    clock: time.clock,
  });
  assert.equal(result.succeeded, 1);
  assert.equal(smtp.received.length, 1);
  const [mail] = smtp.received;
  assert.equal(mail?.mailFrom, 'no-reply@signport.test');
  assert.deepEqual(mail?.rcptTo.sort(), ['assistant@shoreline.test', 'client@example.com']);
  const raw = mail?.raw ?? '';
  assert.match(raw, /^From: Signport <no-reply@signport\.test>\r?$/m);
  assert.match(raw, /^Reply-To: betty@shoreline\.test\r?$/m);
  assert.match(raw, /^To: client@example\.com\r?$/m);
  assert.match(raw, /^Cc: assistant@shoreline\.test\r?$/m);
  assert.match(raw, /^Subject: Please sign the listing agreement\r?$/m);
  assert.ok(raw.includes('Hello, your documents are ready.'));
  assert.ok(raw.includes('<b>your documents</b>'));
});

test('an unreachable SMTP server leaves the email queued for a retry', async (t) => {
  const smtp = await startSmtpServer(t);
  const unreachable = smtp.url.replace(/:\d+$/, ':1');
  const db = await testDatabase(t);
  const time = manualClock();
  const { jobId } = await sendEmail({ db, clock: time.clock }, message);
  const handlers = createJobHandlers({
    db,
    config: testConfig({ SMTP_URL: unreachable }),
    clock: time.clock,
  });
  assert.equal((await runDueJobs({ db, handlers, clock: time.clock })).retried, 1);
  const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
  assert.equal(job?.status, 'pending');
  assert.ok(job?.lastError);
});

test('without SMTP_URL emails land in the outbox, listed by the dev mailbox newest first', async (t) => {
  const db = await testDatabase(t);
  const time = manualClock();
  const config = testConfig();
  const app = createApp({ db, config, clock: time.clock });
  await sendEmail({ db, clock: time.clock }, { ...message, subject: 'First' });
  await runDueJobs({
    db,
    handlers: createJobHandlers({ db, config, clock: time.clock }),
    clock: time.clock,
  });
  time.advance(1000);
  await sendEmail(
    { db, clock: time.clock },
    { ...message, subject: 'Second <script>alert(1)</script>' },
  );
  await runDueJobs({
    db,
    handlers: createJobHandlers({ db, config, clock: time.clock }),
    clock: time.clock,
  });

  const listing = await app.request('/dev/mailbox.json');
  assert.equal(listing.status, 200);
  const { messages } = (await listing.json()) as { messages: Record<string, unknown>[] };
  assert.deepEqual(
    messages.map((m) => m.subject),
    ['Second <script>alert(1)</script>', 'First'],
  );
  const [newest] = messages;
  assert.equal(newest?.from, config.mailFrom);
  assert.equal(newest?.replyTo, 'betty@shoreline.test');
  assert.deepEqual(newest?.to, ['client@example.com']);
  assert.deepEqual(newest?.cc, ['assistant@shoreline.test']);
  assert.equal(newest?.html, message.html);

  const page = await app.request('/dev/mailbox');
  const html = await page.text();
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  assert.ok(html.indexOf('Second') < html.indexOf('First'));
  assert.ok(!html.includes('<script>alert(1)</script>'), 'subjects are escaped');

  const one = await app.request(`/dev/mailbox/${String(newest?.id)}`);
  const detail = await one.text();
  assert.equal(one.status, 200);
  for (const text of [
    'Reply-To',
    'betty@shoreline.test',
    'assistant@shoreline.test',
    'Hello, your documents are ready.',
  ]) {
    assert.ok(detail.includes(text), text);
  }
  assert.match(
    detail,
    /<iframe sandbox title="HTML body" srcdoc="&lt;p&gt;Hello, &lt;b&gt;your documents/,
  );
  assert.equal((await app.request('/dev/mailbox/eml_missing')).status, 404);
});

test('the dev mailbox does not exist in production', async (t) => {
  const db = await testDatabase(t);
  const app = createApp({ db, config: testConfig({ NODE_ENV: 'production' }) });
  assert.equal((await app.request('/dev/mailbox')).status, 404);
  assert.equal((await app.request('/dev/mailbox.json')).status, 404);
});
