import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveApp } from './support/serve-app.js';
import { parseMail, startSmtpServer } from './support/smtp-catcher.js';
import { PUBLIC_URL, json, testConfig } from './support/test-server.js';
import { createTeam, teamFixture, type Json } from './plans-fixture.js';

test('plan emails: unsubscribe link and RFC 8058 headers, one-click POST, later email steps skipped and logged', async (t) => {
  const smtp = await startSmtpServer(t);
  const f = await teamFixture(t, { config: testConfig({ SMTP_URL: smtp.url }) });
  const rita = await f.agent('rita', 'Rita Rainmaker');
  const teamId = await createTeam(f, [{ agent: rita, teamRole: 'rainmaker', permission: 'basic' }]);
  const contactId = (
    await f.call(
      `/v1/teams/${teamId}/contacts`,
      json('POST', { name: 'Carol', email: 'carol@c.test' }, f.key),
    )
  ).body.id as string;
  const plan = await f.call(
    '/v1/plans',
    json(
      'POST',
      {
        teamId,
        name: 'Drip',
        steps: [
          { type: 'email', delayMinutes: 0, subject: 'Welcome', body: 'Hello Carol.' },
          { type: 'email', delayMinutes: 60, subject: 'Listings', body: 'New homes.' },
        ],
      },
      f.key,
    ),
  );
  await f.call(
    `/v1/plans/${plan.body.id}/enrollments`,
    json('POST', { contactIds: [contactId] }, f.key),
  );
  await f.drain();

  assert.equal(smtp.received.length, 1);
  const mail = parseMail(smtp.received[0]?.raw ?? '');
  const header = mail.headers.get('list-unsubscribe') ?? '';
  const url = /^<(.+)>$/.exec(header)?.[1] ?? '';
  assert.ok(url.startsWith(`${PUBLIC_URL}/unsubscribe/`), header);
  assert.equal(mail.headers.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
  assert.ok(mail.text.includes(`Unsubscribe: ${url}`));
  assert.ok(mail.html.includes('Unsubscribe from these emails'));

  // The link works without signing in, over real HTTP; GET only asks.
  const base = await serveApp(t, f.app);
  const path = new URL(url).pathname;
  const page = await fetch(`${base}${path}`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /Unsubscribe from these emails\?[\s\S]*<form method="post">/);
  const forgedPage = await fetch(`${base}${path.slice(0, -4)}AAAA`);
  assert.equal(forgedPage.status, 400);
  assert.match(await forgedPage.text(), /This link does not work/);
  const forged = await fetch(`${base}${path.slice(0, -4)}AAAA`, {
    method: 'POST',
    body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }),
  });
  assert.equal(forged.status, 400);
  assert.equal(((await forged.json()) as Json).error.code, 'unsubscribe_link_invalid');

  const oneClick = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  assert.equal(oneClick.status, 200);
  assert.match(await oneClick.text(), /You are unsubscribed/);
  assert.equal((await fetch(`${base}${path}`, { method: 'POST' })).status, 200, 'again: no change');

  await f.advance(60 * 60_000);
  await f.drain();
  assert.equal(smtp.received.length, 1, 'the second email step was not sent');
  const timeline = (
    await f.call(`/v1/teams/${teamId}/contacts/${contactId}/timeline`, { headers: f.key })
  ).body.items as Json[];
  const kinds = timeline.map((event) => event.kind);
  assert.equal(kinds.filter((kind) => kind === 'email_unsubscribed').length, 1);
  const skipped = timeline.find((event) => event.kind === 'email_skipped_unsubscribed');
  assert.equal(skipped?.note, 'Not sent: the contact unsubscribed from plan emails on 2030-01-15.');
});
