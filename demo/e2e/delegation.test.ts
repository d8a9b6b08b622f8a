import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ApiClient } from '@signport/core/client';
import type { Page } from 'playwright-core';
import type {
  CreateSessionRequest,
  DelegationList,
  EmbedToken,
  Session,
  SessionList,
} from '@signport/core';
import {
  parseMail,
  startSmtpServer,
  type Received,
} from '../../packages/server/test/support/smtp-catcher.js';
import { startDemoUnderTest } from './demo-under-test.js';

const bernieEmail = 'bernie@shoreline-realty.example';
const bettyEmail = 'betty@shoreline-realty.example';

/** Waits for the SMTP server to receive a message `found` picks out: the API's job worker sends it. */
async function received(
  messages: Received[],
  description: string,
  found: (message: Received) => boolean,
): Promise<Received> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const message = messages.find(found);
    if (message) return message;
    if (Date.now() > deadline) throw new Error(`No email arrived: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('Betty sends on Bernie’s behalf, and sees only the sessions of those she still works for', async (t) => {
  const smtp = await startSmtpServer(t);
  const harness = await startDemoUnderTest('delegation', { apiEnv: { SMTP_URL: smtp.url } });
  t.after(() => harness.close());
  const { demo, credentials, browser, screenshots } = harness;

  const hostApi = new ApiClient({ baseUrl: demo.apiUrl, token: credentials.secretKey });
  /** Calls the API as one of the demo's people, with an embed token minted by the secret key. */
  const as = async (externalId: string) => {
    const { token } = await hostApi.request<EmbedToken>('/v1/embed-tokens', {
      method: 'POST',
      body: { externalId },
    });
    return new ApiClient({ baseUrl: demo.apiUrl, token });
  };
  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let sent: Session | undefined;

  await t.test(
    'Betty picks Bernie in the sender picker, composes with Add Myself and sends',
    async () => {
      await page.goto(`${demo.demoUrl}/send-on-behalf`);
      const composer = page.locator('session-composer');
      await composer.getByText('Sender: Betty Agent').waitFor();
      await composer.getByRole('button', { name: 'Change sender' }).click();
      const dialog = composer.getByRole('dialog');
      await dialog.getByRole('radio', { name: /Bernie OfficeManager/ }).check();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await composer.getByText('Sender: Bernie OfficeManager').waitFor();

      await composer
        .getByLabel('Document')
        .selectOption({ label: 'Residential purchase agreement' });
      // The seller is someone else: the agreement needs a party for each of its roles.
      await composer.getByRole('textbox', { name: 'Name', exact: true }).fill('Sam Seller');
      await composer.getByRole('textbox', { name: 'Email', exact: true }).fill('sam@example.com');
      await composer
        .getByRole('combobox', { name: 'Role', exact: true })
        .selectOption({ label: 'Seller' });
      await composer.getByRole('checkbox', { name: 'Add Myself' }).check();
      await composer.getByText('Bernie OfficeManager signs too.').waitFor();
      await composer.getByLabel('Role of Bernie OfficeManager').selectOption({ label: 'Buyer' });
      await composer.getByLabel('Message to the parties').fill('Please review before Friday.');
      await shoot(page, 'compose-on-behalf');

      await page.evaluate(() =>
        document.addEventListener(
          'signport-session-sent',
          (event) => {
            const { session } = (event as CustomEvent<{ session: Session }>).detail;
            Object.assign(window, { sentSession: session });
          },
          { once: true },
        ),
      );
      await composer.getByRole('button', { name: 'Send', exact: true }).click();
      await composer.getByText('Sent “Residential purchase agreement”.').waitFor();
      sent = await page.evaluate(() => (window as unknown as { sentSession: Session }).sentSession);

      assert.deepEqual(
        sent.parties.map((party) => [party.name, party.email, party.role]),
        [
          ['Sam Seller', 'sam@example.com', 'seller'],
          ['Bernie OfficeManager', bernieEmail, 'buyer'],
        ],
        'Add Myself made Bernie, the sender, a party; Betty, who sent it, is not one',
      );
      assert.equal(sent.sender.email, bernieEmail);
      assert.equal(sent.initiator.email, bettyEmail);
      assert.equal(sent.status, 'sent');
    },
  );

  await t.test(
    'the emails carry Reply-To Bernie and his branding, with a copy to Betty',
    async () => {
      assert.ok(sent, 'the session was sent');
      const invitation = parseMail(
        (
          await received(smtp.received, 'the invitation to Bernie', (message) =>
            message.rcptTo.includes(bernieEmail),
          )
        ).raw,
      );
      assert.match(invitation.headers.get('reply-to') ?? '', /bernie@shoreline-realty\.example/);
      assert.match(
        invitation.headers.get('subject') ?? '',
        /Bernie OfficeManager asks you to sign/,
      );
      assert.match(invitation.text, /Please review before Friday\./);
      assert.match(
        invitation.text,
        /Office Manager · Shoreline Realty/,
        'Bernie’s signature block',
      );
      assert.match(invitation.html, /#1e3a8a/, 'Bernie’s colour');
      assert.match(invitation.html, /\/assets\/logos\/bernie\.svg/, 'Bernie’s logo');

      const copy = parseMail(
        (
          await received(smtp.received, 'the copy to Betty', (message) =>
            message.rcptTo.includes(bettyEmail),
          )
        ).raw,
      );
      assert.match(
        copy.headers.get('subject') ?? '',
        /^Copy: .* was sent for Bernie OfficeManager/,
      );
      assert.match(copy.headers.get('reply-to') ?? '', /bernie@shoreline-realty\.example/);
      assert.match(copy.text, /nothing for you to sign/);
      assert.match(copy.html, /#1e3a8a/, 'the copy is in Bernie’s branding too');
      const toBetty = smtp.received.filter((message) => message.rcptTo.includes(bettyEmail));
      assert.ok(
        toBetty.every((message) =>
          /^Copy: /.test(parseMail(message.raw).headers.get('subject') ?? ''),
        ),
        'Betty gets copies only, never an invitation to sign',
      );
    },
  );

  await t.test('the dashboard shows Bernie as sender and Betty as initiator', async () => {
    await page.goto(`${demo.demoUrl}/dashboard`);
    const dashboard = page.locator('signing-dashboard');
    const row = dashboard.getByRole('row', { name: /Residential purchase agreement/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    assert.deepEqual(cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).slice(0, 3), [
      'Sam Seller Waiting Bernie OfficeManager Invited 0 of 2 signed',
      // The sender, and who started it on their behalf.
      'Bernie OfficeManager sent by Betty Agent',
      'Sent',
    ]);
    assert.deepEqual(
      (await dashboard.getByRole('columnheader').allTextContents()).map((h) => h.trim()),
      ['Document', 'Parties', 'Sender', 'Status', 'Actions'],
    );
    await shoot(page, 'dashboard');
  });

  await t.test('Alice’s sessions show for Betty only while Alice’s delegation lasts', async () => {
    assert.ok(credentials.purchaseAgreementTemplateId, 'the purchase agreement is seeded');
    const { items } = await hostApi.request<DelegationList>('/v1/delegations');
    const delegation = items.find(
      (d) => d.assistant.externalId === 'betty' && d.principal.externalId === 'alice',
    );
    assert.ok(delegation, 'Betty assists Alice');
    // A draft Betty starts for Alice: a session whose sender is Alice.
    const draft: CreateSessionRequest = {
      templateId: credentials.purchaseAgreementTemplateId,
      senderId: delegation.principal.id,
      parties: [{ role: 'seller', name: 'Sally Seller', email: 'sally@example.com' }],
    };
    const alices = await (await as('betty')).request<Session>('/v1/sessions', { body: draft });
    assert.equal(alices.sender.name, 'Alice Agent');

    const dashboard = page.locator('signing-dashboard');
    await dashboard.getByRole('button', { name: 'Refresh' }).click();
    const aliceRow = dashboard.getByRole('row', { name: /Alice Agent/ });
    await aliceRow.waitFor();
    assert.match((await aliceRow.textContent()) ?? '', /Alice Agent/);

    // Alice ends the delegation (here through the host's backend, with the secret key).
    await hostApi.request(`/v1/delegations/${delegation.id}`, { method: 'DELETE' });

    await dashboard.getByRole('button', { name: 'Refresh' }).click();
    await aliceRow.waitFor({ state: 'detached' });
    await dashboard.getByRole('row', { name: /Residential purchase agreement.*Bernie/ }).waitFor();
    const listed = await (await as('betty')).request<SessionList>('/v1/sessions?as=all');
    assert.deepEqual(
      listed.items.map((session) => session.sender.name),
      ['Bernie OfficeManager'],
      'the API agrees: only Bernie’s session is left',
    );
    await shoot(page, 'dashboard-after-revoke');
    assert.deepEqual(errors, [], 'no script errors on the pages');
  });
});
