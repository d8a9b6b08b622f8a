import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import type { PlanDefaultsElement } from '../plan-defaults.js';
import '../plan-defaults.js';

interface PlansRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

async function mount(token: string, { teamId = 'team_1', delayMs = 0 } = {}) {
  const api = createTestApi();
  await fetch(`${api.url}/__plans`, { method: 'PUT', body: JSON.stringify({ delayMs }) });
  const element = await fixture<PlanDefaultsElement>(
    html`<plan-defaults api=${api.url} token=${token} team-id=${teamId}></plan-defaults>`,
  );
  const requests = async () =>
    ((await (await fetch(`${api.url}/__plans`)).json()) as { requests: PlansRequest[] }).requests;
  return { api, element, requests };
}

const root = (element: PlanDefaultsElement) => element.shadowRoot!;
const select = (element: PlanDefaultsElement, type: string) =>
  root(element).querySelector<HTMLSelectElement>(`select[name=${type}]`)!;
const saveButton = (element: PlanDefaultsElement) =>
  root(element).querySelector<HTMLButtonElement>('[part~=save]')!;

async function loaded(element: PlanDefaultsElement) {
  await waitUntil(() => select(element, 'task'), 'the defaults never loaded');
  await element.updateComplete;
}

function choose(element: PlanDefaultsElement, type: string, value: string) {
  const control = select(element, type);
  control.value = value;
  control.dispatchEvent(new Event('change'));
}

describe('<plan-defaults>', () => {
  it('shows a labelled drop-down per step type with the team’s current defaults', async () => {
    const { element, requests } = await mount('enhanced-member');
    expect(root(element).querySelector('[part=status]')?.getAttribute('aria-busy')).to.equal(
      'true',
    );
    await loaded(element);
    const rows = [...root(element).querySelectorAll('select')].map((control) => [
      root(element).querySelector(`label[for=${control.id}]`)?.textContent?.trim(),
      control.value,
      [...control.options].map((option) => option.textContent?.trim()),
    ]);
    expect(rows).to.deep.equal([
      ['Tasks', 'contact_assignee', ['Rainmaker', 'Contact Assignee']],
      ['Email', 'contact_assignee', ['Rainmaker', 'Contact Assignee']],
      ['Text messages (SMS/MMS)', 'contact_assignee', ['Rainmaker', 'Contact Assignee']],
    ]);
    expect(saveButton(element).textContent?.trim()).to.equal('Save Changes');
    expect((await requests()).map((r) => [r.method, r.path, r.authorization])).to.deep.equal([
      ['GET', '/v1/teams/team_1/plan-defaults', 'Bearer enhanced-member'],
    ]);
    await expect(element).to.be.accessible();
  });

  it('saves for an enhanced member, from the keyboard, showing saving then saved', async () => {
    const { element, requests } = await mount('enhanced-member', { delayMs: 300 });
    await loaded(element);
    choose(element, 'email', 'rainmaker');
    select(element, 'sms').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(select(element, 'sms').value).to.equal('rainmaker');

    saveButton(element).focus();
    const saved = oneEvent(element, 'signport-plan-defaults-save');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(saveButton(element).disabled).to.equal(true);
    expect(saveButton(element).textContent?.trim()).to.equal('Saving…');
    expect(root(element).querySelector('form')?.getAttribute('aria-busy')).to.equal('true');

    const { detail } = await saved;
    const expected = { task: 'contact_assignee', email: 'rainmaker', sms: 'rainmaker' };
    expect(detail).to.deep.equal({ teamId: 'team_1', defaults: expected });
    await element.updateComplete;
    expect(root(element).querySelector('[role=status]')?.textContent?.trim()).to.equal(
      'Changes saved.',
    );
    expect(saveButton(element).disabled).to.equal(false);
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
    const put = (await requests()).find((r) => r.method === 'PUT');
    expect(put?.body).to.deep.equal(expected);
    expect(put?.authorization).to.equal('Bearer enhanced-member');

    // A fresh element reads back what the server stored.
    element.token = 'enhanced-member-again';
    await waitUntil(() => element.defaults.status === 'complete' && select(element, 'email'));
    await element.updateComplete;
    expect(select(element, 'email').value).to.equal('rainmaker');
    await expect(element).to.be.accessible();
  });

  it('shows the server’s refusal to a basic member and keeps their choice', async () => {
    const { element } = await mount('basic-member');
    await loaded(element);
    choose(element, 'task', 'rainmaker');
    const failed = oneEvent(element, 'signport-error');
    saveButton(element).click();
    const { detail } = await failed;
    expect(detail.code).to.equal('forbidden');
    await element.updateComplete;
    const alert = root(element).querySelector('[role=alert]');
    expect(alert?.textContent?.trim()).to.equal(
      'Only the rainmaker or team members with Enhanced or Unlimited permission can change the plan defaults.',
    );
    expect(root(element).querySelector('[role=status]')?.textContent?.trim()).to.equal('');
    expect(select(element, 'task').value).to.equal('rainmaker');
    expect(saveButton(element).disabled).to.equal(false);
    await expect(element).to.be.accessible();

    // Changing a drop-down again clears the old refusal.
    choose(element, 'task', 'contact_assignee');
    await element.updateComplete;
    expect(root(element).querySelector('[role=alert]')).to.equal(null);
  });

  it('shows the server’s message when the team cannot be loaded', async () => {
    const { element } = await mount('enhanced-member', { teamId: 'team_missing' });
    await waitUntil(() => root(element).querySelector('[role=alert]'), 'no error shown');
    expect(root(element).querySelector('[role=alert]')?.textContent?.trim()).to.equal(
      'No such team.',
    );
    expect(root(element).querySelector('select')).to.equal(null);
  });
});
