import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type {
  Client,
  ClientList,
  CommunicationList,
  CreatePlanRequest,
  EmbedToken,
  Plan,
  PlanList,
  PortalMessageList,
  PortalTokens,
  TaskList,
  TeamContact,
} from '@signport/core';
import type { DemoCredentials } from '../src/seed/credentials.js';
import type { RunningDemo } from '../src/start-demo.js';
import { olivia } from '../src/portal/shoreline-clients.js';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { waitForMessage } from './mailbox.js';
import { replyFromSmsOutbox } from './sms-outbox.js';

const password = 'Tide pools at sunset 27';
const question = 'Could we move Saturday’s open house to 2 pm?';
const answer = '2 pm works. I will update the listing.';

describe('the agent’s workspace on the demo site', () => {
  let harness: DemoUnderTest | undefined;
  let screenshots: string;
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  let credentials: DemoCredentials;
  let oliviaId = '';
  let oliviaToken = '';

  const running = (): RunningDemo => {
    assert.ok(demo, 'the demo is running');
    return demo;
  };
  /** Calls the API as a demo person, with an embed token minted by the secret key. */
  const as = async <T>(externalId: string, path: string, init: RequestInit = {}): Promise<T> => {
    const { apiUrl } = running();
    const minted = await fetch(`${apiUrl}/v1/embed-tokens`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${credentials.secretKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ externalId }),
    });
    const { token } = (await minted.json()) as EmbedToken;
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (typeof init.body === 'string') headers['content-type'] = 'application/json';
    const response = await fetch(`${apiUrl}${path}`, { ...init, headers });
    assert.ok(
      response.status < 300,
      `${path}: ${response.status} ${await response.clone().text()}`,
    );
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  const asOlivia = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${running().apiUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${oliviaToken}`, 'content-type': 'application/json' },
    });
    assert.ok(response.status < 300, `${path}: ${response.status}`);
    return (await response.json()) as T;
  };
  /** A page of the demo as `externalId`, in a browser profile of its own. */
  const openAs = async (externalId: string, path: string, width = 1280) => {
    assert.ok(browser, 'the browser is running');
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${running().demoUrl}${path}`);
    if (externalId !== 'betty') {
      await Promise.all([page.waitForNavigation(), page.selectOption('#demo-user', externalId)]);
      // Switching comes back to the page without its query (the client picked).
      if (path.includes('?')) await page.goto(`${running().demoUrl}${path}`);
    }
    const leave = async () => {
      await context.close();
      assert.deepEqual(errors, [], 'no script errors on the page');
    };
    return { page, leave };
  };
  /** Screenshots at 1280 px and 390 px wide; the page must not scroll sideways on a phone. */
  const shootBoth = async (page: Page, name: string) => {
    await page.screenshot({ path: join(screenshots, `${name}-1280.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(sideways <= 0, `${name} scrolls sideways by ${sideways}px at 390 px`);
    await page.screenshot({ path: join(screenshots, `${name}-390.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  /** The label of the tick box that has keyboard focus, inside shadow roots too. */
  const focusedLabel = (page: Page) =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active instanceof HTMLInputElement ? (active.labels?.[0]?.textContent ?? '') : '';
    });
  /** Presses Tab until the tick box of the task whose title includes `title` has focus. */
  const tabToTask = async (page: Page, title: string) => {
    for (let presses = 0; !(await focusedLabel(page)).includes(title); presses++) {
      assert.ok(presses < 40, `Tab never reached the task “${title}”`);
      await page.keyboard.press('Tab');
    }
  };
  /**
   * As Alice, creates a team plan and enrols Olivia in it: the seed makes her a team contact twice,
   * once with her email (the buyer plans) and once with her phone number (the texting plan).
   */
  const enrolOliviaInNewPlan = async (
    name: string,
    steps: CreatePlanRequest['steps'],
    reachedBy: 'email' | 'phone',
  ) => {
    const teamId = credentials.teamId!;
    const plan = await as<Plan>('alice', '/v1/plans', {
      method: 'POST',
      body: JSON.stringify({ teamId, name, steps }),
    });
    const contacts = await as<{ items: TeamContact[] }>('alice', `/v1/teams/${teamId}/contacts`);
    const contact = contacts.items.find(
      (item) => item.name === olivia.name && item[reachedBy] === olivia[reachedBy],
    )!;
    await as('alice', `/v1/plans/${plan.id}/enrollments`, {
      method: 'POST',
      body: JSON.stringify({ contactIds: [contact.id] }),
    });
  };
  /** Waits until the plan worker has given Alice a task that `found` picks out. */
  const waitForAliceTask = async (found: (task: TaskList['items'][number]) => boolean) => {
    const deadline = Date.now() + 20_000;
    while (!(await as<TaskList>('alice', '/v1/tasks')).items.some(found)) {
      assert.ok(Date.now() < deadline, 'the plan task never arrived');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  before(async () => {
    harness = await startDemoUnderTest('workspace');
    ({ screenshots, demo, credentials, browser } = harness);
  });

  after(async () => {
    await harness?.close();
  });

  test('Olivia gets a portal login and writes to Alice', async () => {
    const { items } = await as<ClientList>('alice', `/v1/clients?search=${olivia.email}`);
    oliviaId = items[0]!.id;
    await as('alice', `/v1/clients/${oliviaId}/portal-access`, {
      method: 'PUT',
      body: JSON.stringify({
        profile: { mode: 'new' },
        grants: ['documents', 'messages', 'activity'],
      }),
    });
    await as('alice', `/v1/clients/${oliviaId}/portal-access/invite`, { method: 'POST' });
    const invitation = await waitForMessage(running().apiUrl, 'Olivia’s login email', (email) =>
      email.to.includes(olivia.email),
    );
    const token = /activate=([^\s&]+)/.exec(invitation.text)?.[1];
    assert.ok(token, 'the invitation carries a set-password link');
    const activated = await fetch(`${running().apiUrl}/v1/portal/activate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: decodeURIComponent(token), password }),
    });
    assert.equal(activated.status, 200);
    oliviaToken = ((await activated.json()) as PortalTokens).accessToken;
    await asOlivia('/v1/portal/messages', {
      method: 'POST',
      body: JSON.stringify({ body: question }),
    });
    const client = await as<Client>('alice', `/v1/clients/${oliviaId}`);
    assert.equal(client.unreadMessages, 1);
  });

  test('Alice reads Olivia’s message on the Clients page and answers it; the unread count clears', async () => {
    const { page, leave } = await openAs('alice', '/clients');
    const list = page.locator('client-list');
    const row = list.locator('[part~=client]', { hasText: 'Olivia Owner' });
    await row.getByText('1 unread').waitFor();
    await row.getByRole('link', { name: 'Olivia Owner' }).click();
    await page.waitForURL(`**/clients?client=${oliviaId}`);

    const detail = page.locator('client-detail');
    await detail.getByRole('heading', { name: 'Olivia Owner', level: 2 }).waitFor();
    await detail.locator('[part~=header]').getByText('1 unread').waitFor();
    await detail.locator('[part~=message][data-from=client]').getByText(question).waitFor();
    await page.screenshot({ path: join(screenshots, 'workspace-client-unread-1280.png') });
    await detail.getByLabel('Reply to Olivia Owner').fill(answer);
    await detail.getByRole('button', { name: 'Send', exact: true }).click();
    await detail.getByText('Message sent.').waitFor();
    await detail.locator('[part~=message][data-from=agent]').getByText(answer).waitFor();
    // Answering read the thread: the badge is gone here and in the list beside it.
    await detail.locator('[part~=unread]').waitFor({ state: 'detached' });
    await row.locator('[part~=unread]').waitFor({ state: 'detached' });
    assert.equal((await as<Client>('alice', `/v1/clients/${oliviaId}`)).unreadMessages, 0);

    const thread = await asOlivia<PortalMessageList>('/v1/portal/messages');
    assert.ok(
      thread.items.some((message) => message.from === 'agent' && message.body === answer),
      'Olivia sees the answer in her portal',
    );
    await shootBoth(page, 'workspace-client-detail');
    await leave();
  });

  test('Alice logs a call with its date and summary', async () => {
    const { page, leave } = await openAs('alice', `/clients?client=${oliviaId}`);
    const detail = page.locator('client-detail');
    const form = detail.locator('.log-form');
    await form.getByLabel('What').selectOption('call');
    await form.getByLabel('Date').fill('2026-12-01');
    await form.getByLabel('Summary').fill('Called Olivia about the open house');
    await form.getByRole('button', { name: 'Add to log' }).click();
    await form.getByText('Added to the log.').waitFor();
    await detail
      .locator('[part~=log-entry][data-kind=call]')
      .getByText('Called Olivia about the open house')
      .waitFor();
    const log = await as<CommunicationList>('alice', `/v1/clients/${oliviaId}/communications`);
    const call = log.items.find((entry) => entry.summary === 'Called Olivia about the open house');
    assert.equal(call?.kind, 'call');
    assert.equal(call?.source, 'agent');
    assert.equal(call?.occurredAt.slice(0, 10), '2026-12-01');
    await leave();
  });

  test('Alice ticks a document for the portal, and Olivia then sees it there', async () => {
    const upload = new FormData();
    upload.append(
      'file',
      new Blob(['%PDF-1.4 comparable sales'], { type: 'application/pdf' }),
      'Comparable sales.pdf',
    );
    upload.append('accessible', 'false');
    await as('alice', `/v1/clients/${oliviaId}/documents`, { method: 'POST', body: upload });

    const { page, leave } = await openAs('alice', `/clients?client=${oliviaId}`);
    const tick = page
      .locator('client-detail')
      .getByRole('checkbox', { name: 'Show Comparable sales.pdf in the portal' });
    await tick.waitFor();
    assert.equal(await tick.isChecked(), false);
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' && response.url().includes('/documents/'),
    );
    await tick.check();
    assert.equal((await saved).status(), 200);
    await leave();

    // Olivia signs in on the portal page and finds it among her documents.
    assert.ok(browser);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const portalPage = await context.newPage();
    await portalPage.goto(`${running().demoUrl}/portal`);
    const login = portalPage.locator('client-portal-login');
    await login.getByLabel('Username').fill(olivia.email);
    await login.getByLabel('Password', { exact: true }).fill(password);
    await login.getByRole('button', { name: 'Sign in' }).click();
    const portal = portalPage.locator('client-portal');
    await portal.getByRole('link', { name: 'Comparable sales.pdf' }).waitFor();
    await context.close();
  });

  test('Alice completes a plan task from the keyboard alone on “My tasks”, and can undo it', async () => {
    await enrolOliviaInNewPlan(
      'Open house follow-up',
      [
        {
          type: 'task',
          delayMinutes: 0,
          title: 'Call {{contact.first_name}} after the open house',
        },
      ],
      'email',
    );
    await waitForAliceTask(() => true);

    const { page, leave } = await openAs('alice', '/tasks');
    const tasks = page.locator('task-list');
    const task = tasks.locator('[part~=task]', { hasText: 'Call Olivia after the open house' });
    await task.getByText('Contact: Olivia Owner').waitFor();
    await shootBoth(page, 'workspace-tasks');

    // Keyboard only: Tab to the task's tick box, Space, then Enter on Undo.
    await tabToTask(page, 'open house');
    await page.keyboard.press('Space');
    await tasks.getByText('“Call Olivia after the open house” is done.').waitFor();
    assert.equal(await task.count(), 0, 'the done task left the list');
    const done = await as<TaskList>('alice', '/v1/tasks?status=completed');
    assert.deepEqual(
      done.items.map((item) => [item.title, item.contactName]),
      [['Call Olivia after the open house', 'Olivia Owner']],
    );
    // The task left the list; focus went to Undo, so Enter undoes and focus returns to the task.
    await page.keyboard.press('Enter');
    await task.waitFor();
    assert.match(await focusedLabel(page), /open house/);
    assert.equal((await as<TaskList>('alice', '/v1/tasks')).items.length, 1);
    await leave();
  });

  test('Olivia texts STOP from the SMS outbox; the next plan text becomes a task Alice completes by keyboard', async () => {
    const { apiUrl } = running();
    assert.ok(browser, 'the browser is running');
    const outbox = await browser.newContext();
    const outboxPage = await outbox.newPage();
    const answered = await replyFromSmsOutbox(outboxPage, apiUrl, 'Hi Olivia, Alice here', 'STOP');
    assert.match(answered, /answered 200/);
    assert.match(answered, /You are unsubscribed/);

    const reminder = 'Hi Olivia, the open house starts at 2 pm on Saturday.';
    await enrolOliviaInNewPlan(
      'Open house reminder',
      [{ type: 'sms', delayMinutes: 0, assignee: 'contact_assignee', text: reminder }],
      'phone',
    );
    const title = 'Reach Olivia Owner another way: they opted out of texts';
    await waitForAliceTask((task) => task.title === title);
    await outboxPage.goto(`${apiUrl}/dev/mailbox/sms`);
    assert.equal(await outboxPage.getByText(reminder).count(), 0, 'the text was not sent');
    await outbox.close();

    const { page, leave } = await openAs('alice', '/tasks');
    const tasks = page.locator('task-list');
    const task = tasks.locator('[part~=task]', { hasText: title });
    await task.getByText('Contact: Olivia Owner').waitFor();
    await task
      .getByText('Not texted: the contact opted out of texts (STOP). Reach them another way.')
      .waitFor();
    await task.getByText(/Olivia Owner opted out of text messages \(replied STOP on/).waitFor();
    await task.getByText(reminder).waitFor();

    await tabToTask(page, 'opted out of texts');
    await page.keyboard.press('Space');
    await tasks.getByText(`“${title}” is done.`).waitFor();
    assert.equal(await task.count(), 0, 'the done task left the to-do list');
    await tasks.getByLabel('Show').selectOption('completed');
    await task.getByText(/Completed /).waitFor();
    await shootBoth(page, 'workspace-task-opted-out-done');
    await leave();
  });

  test('Alice overrides who carries a plan step in the plan editor on the team page', async () => {
    const { page, leave } = await openAs('alice', '/team-plans');
    // The plan's name in the list opens it in the editor.
    await page.getByRole('link', { name: 'New buyer lead' }).click();
    await page.waitForURL('**/team-plans?plan=*');
    const editor = page.locator('plan-editor');
    const carrier = editor.locator('#step-2-assignee');
    await carrier.waitFor();
    assert.equal(await carrier.inputValue(), '');
    assert.equal(
      (await carrier.locator('option').first().innerText()).trim(),
      'Team default (Contact Assignee)',
    );
    await carrier.selectOption('rainmaker');
    await editor.getByRole('button', { name: 'Save plan' }).click();
    await editor.getByText('Plan saved.').waitFor();
    const { items } = await as<PlanList>('alice', `/v1/plans?teamId=${credentials.teamId}`);
    const saved = items.find((plan) => plan.name === 'New buyer lead')!;
    assert.deepEqual(
      saved.steps.map((step) => [step.type, step.assignee]),
      [
        ['email', null],
        ['sms', null],
        ['task', 'rainmaker'],
      ],
    );
    await page.locator('usage-meter').getByRole('table').waitFor();
    await shootBoth(page, 'workspace-team-plans');
    await leave();
  });
});
