import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type {
  ClientList,
  EmbedToken,
  EnrollmentList,
  PlanDefaults,
  PlanList,
} from '@signport/core';
import type { DemoCredentials } from '../src/seed/credentials.js';
import type { RunningDemo } from '../src/start-demo.js';
import type { TeamResponse } from '../src/team/shoreline-team.js';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { replyFromSmsOutbox } from './sms-outbox.js';

describe('team plans on the demo site', () => {
  let screenshots: string;
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  let credentials: DemoCredentials;
  let teamId = '';

  const running = (): RunningDemo => {
    assert.ok(demo, 'the demo is running');
    return demo;
  };
  /** Calls the API as one of the demo's people, with an embed token minted by the secret key. */
  const as = async <T>(externalId: string, path: string): Promise<T> => {
    const { apiUrl } = running();
    const minted = await fetch(`${apiUrl}/v1/embed-tokens`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${credentials.secretKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ externalId }),
    });
    assert.equal(minted.status, 201);
    const { token } = (await minted.json()) as EmbedToken;
    const response = await fetch(`${apiUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 200, path);
    return (await response.json()) as T;
  };
  /** The "Team plans" page as `externalId`, in a browser profile of its own. */
  const openTeamPlans = async (externalId: string, width = 1280) => {
    assert.ok(browser, 'the browser is running');
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${running().demoUrl}/team-plans`);
    if (externalId !== 'betty') {
      await Promise.all([page.waitForNavigation(), page.selectOption('#demo-user', externalId)]);
    }
    await page.locator('plan-defaults').getByRole('button', { name: 'Save Changes' }).waitFor();
    const leave = async () => {
      await context.close();
      assert.deepEqual(errors, [], 'no script errors on the page');
    };
    return { page, leave };
  };
  const shoot = (page: Page, name: string) =>
    page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });

  let harness: DemoUnderTest | undefined;
  before(async () => {
    harness = await startDemoUnderTest('team-plans');
    ({ screenshots, demo, credentials, browser } = harness);
  });

  after(async () => {
    await harness?.close();
  });

  test('the seed makes the Shoreline Team and its plan with an email, a text and a task', async () => {
    assert.ok(credentials.teamId, 'the team id is stored');
    teamId = credentials.teamId;
    const team = await as<TeamResponse>('bernie', `/v1/teams/${teamId}`);
    assert.equal(team.name, 'Shoreline Team');
    assert.deepEqual(
      team.members
        .map(({ user, teamRole, permission }) => [user.name, teamRole, permission])
        .sort(),
      [
        ['Alice Agent', 'member', 'enhanced'],
        ['Bernie OfficeManager', 'rainmaker', 'unlimited'],
        ['Betty Agent', 'member', 'basic'],
      ],
    );
    assert.deepEqual(team.planDefaults, {
      task: 'contact_assignee',
      email: 'rainmaker',
      sms: 'rainmaker',
    });
    const { items } = await as<PlanList>('betty', `/v1/plans?teamId=${teamId}`);
    assert.deepEqual(
      items
        .map((plan) => [plan.name, plan.steps.map((step) => step.type)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
      [
        ['Listing check-in', ['sms', 'sms', 'task']],
        ['New buyer lead', ['email', 'sms', 'task']],
      ],
    );
  });

  test('Alice (enhanced) makes Contact Assignee send the emails and saves', async () => {
    const { page, leave } = await openTeamPlans('alice');
    const defaults = page.locator('plan-defaults');
    const email = defaults.getByLabel('Email', { exact: true });
    assert.equal(await email.inputValue(), 'rainmaker');
    assert.match(
      await page.locator('[data-permission-note]').innerText(),
      /enhanced member: you may change the defaults/,
    );
    await email.selectOption('contact_assignee');
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/v1/teams/${teamId}/plan-defaults`) &&
        response.request().method() === 'PUT',
    );
    await defaults.getByRole('button', { name: 'Save Changes' }).click();
    assert.equal((await saved).status(), 200);
    await defaults.getByText('Changes saved.').waitFor();
    // The plan list below follows the saved default.
    assert.equal(await page.locator('[data-step-default="email"]').innerText(), 'Contact Assignee');
    await shoot(page, 'team-plans-alice-desktop');
    await page.setViewportSize({ width: 375, height: 812 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `no sideways scrolling at 375 px (page is ${width} px wide)`);
    await shoot(page, 'team-plans-alice-mobile');
    await leave();

    assert.deepEqual(await as<PlanDefaults>('alice', `/v1/teams/${teamId}/plan-defaults`), {
      task: 'contact_assignee',
      email: 'contact_assignee',
      sms: 'rainmaker',
    });
  });

  test('Betty (basic) is shown the refusal and nothing changes', async () => {
    const { page, leave } = await openTeamPlans('betty', 375);
    const defaults = page.locator('plan-defaults');
    assert.equal(
      await defaults.getByLabel('Email', { exact: true }).inputValue(),
      'contact_assignee',
    );
    assert.match(await page.locator('[data-permission-note]').innerText(), /basic member/);
    await defaults.getByLabel('Text messages (SMS/MMS)').selectOption('contact_assignee');
    const refused = page.waitForResponse(
      (response) =>
        response.url().endsWith(`/v1/teams/${teamId}/plan-defaults`) &&
        response.request().method() === 'PUT',
    );
    await defaults.getByRole('button', { name: 'Save Changes' }).click();
    assert.equal((await refused).status(), 403);
    const alert = defaults.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /enhanced or unlimited/i);
    assert.equal(await defaults.getByText('Changes saved.').count(), 0);
    assert.equal(await page.locator('[data-step-default="sms"]').innerText(), 'Rainmaker');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `no sideways scrolling at 375 px (page is ${width} px wide)`);
    await shoot(page, 'team-plans-betty-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shoot(page, 'team-plans-betty-desktop');
    await leave();

    assert.deepEqual(await as<PlanDefaults>('betty', `/v1/teams/${teamId}/plan-defaults`), {
      task: 'contact_assignee',
      email: 'contact_assignee',
      sms: 'rainmaker',
    });
  });

  test('the page links to the SMS outbox, which loads', async () => {
    const { apiUrl } = running();
    const { page, leave } = await openTeamPlans('bernie');
    const link = page.getByRole('link', { name: 'dev SMS outbox' });
    assert.equal(await link.getAttribute('href'), `${apiUrl}/dev/mailbox/sms`);
    const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
    assert.equal(response?.status(), 200);
    await leave();
  });

  test('Olivia answers Alice’s check-in text from the SMS outbox: the plan pauses and Alice has it unread', async () => {
    const { apiUrl } = running();
    assert.ok(browser, 'the browser is running');
    const context = await browser.newContext();
    const page = await context.newPage();
    const unread = async () =>
      (await as<ClientList>('alice', '/v1/clients?search=Olivia')).items[0]?.unreadMessages;
    const unreadBefore = (await unread()) ?? 0;
    const answered = await replyFromSmsOutbox(
      page,
      apiUrl,
      'Hi Olivia, Alice here',
      'Could we move the Saturday showing to Sunday?',
    );
    assert.match(answered, /answered 200/);
    await shoot(page, 'team-plans-sms-reply');
    await context.close();

    const { items: plans } = await as<PlanList>('alice', `/v1/plans?teamId=${teamId}`);
    const checkIn = plans.find((plan) => plan.name === 'Listing check-in');
    assert.ok(checkIn, 'the check-in plan is seeded');
    const { items: enrollments } = await as<EnrollmentList>(
      'alice',
      `/v1/plans/${checkIn.id}/enrollments`,
    );
    assert.deepEqual(
      enrollments.map((enrollment) => enrollment.status),
      ['paused'],
    );
    assert.equal(await unread(), unreadBefore + 1);
  });
});
