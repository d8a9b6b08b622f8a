import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import { workspaceApi } from '../../../test/test-workspace.js';
import type { SignportPlanSaveDetail } from '../../events/signport-plan-save.js';
import type { PlanEditor } from '../plan-editor.js';
import '../plan-editor.js';

async function mount({ planId = '', token = 'enhanced-member' } = {}) {
  const api = createTestApi();
  const workspace = workspaceApi(api);
  const element = await fixture<PlanEditor>(
    html`<plan-editor api=${api.url} token=${token} team-id="team_1" plan-id=${planId}></plan-editor>`,
  );
  await waitUntil(() => root(element).querySelector('[part~=form]'), 'the editor never loaded');
  await waitUntil(() => root(element).querySelectorAll('[part~=status]').length === 0);
  return { api, workspace, element };
}

const root = (element: PlanEditor) => element.shadowRoot!;
const $ = <E extends Element = HTMLElement>(element: PlanEditor, selector: string) =>
  root(element).querySelector(selector) as E;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const steps = (element: PlanEditor) =>
  [...root(element).querySelectorAll('[part~=step]')].map((step) =>
    text(step.querySelector('legend')),
  );
function type(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input'));
}
function choose(control: HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('change'));
}

describe('<plan-editor>', () => {
  it('loads a plan’s steps with their waits, texts and the team default per step', async () => {
    const { element } = await mount({ planId: 'plan_1' });
    expect(text($(element, 'h2'))).to.equal('Edit plan');
    expect($<HTMLInputElement>(element, '#plan-name').value).to.equal('New buyer lead');
    expect(steps(element)).to.deep.equal(['Step 1: Email', 'Step 2: Task']);
    expect($<HTMLInputElement>(element, '#step-0-subject').value).to.equal(
      'Welcome, {{contact.first_name}}',
    );
    expect($<HTMLInputElement>(element, '#step-1-delayMinutes').value).to.equal('2');
    expect($<HTMLSelectElement>(element, '#step-1-delayMinutes + select').value).to.equal('days');
    const carrier = $<HTMLSelectElement>(element, '#step-0-assignee');
    expect(carrier.value).to.equal('');
    expect([...carrier.options].map((o) => o.textContent?.trim())).to.deep.equal([
      'Team default (Contact Assignee)',
      'Rainmaker',
      'Contact Assignee',
    ]);
    expect(
      [...root(element).querySelectorAll('[part~=merge-fields] code')].map((c) => c.textContent),
    ).to.deep.equal([
      '{{contact.name}}',
      '{{contact.first_name}}',
      '{{agent.name}}',
      '{{agent.email}}',
    ]);
    await expect(element).to.be.accessible();
  });

  it('overrides a step’s agent from the keyboard and saves the plan', async () => {
    const { element, workspace } = await mount({ planId: 'plan_1' });
    $<HTMLSelectElement>(element, '#step-1-assignee').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect($<HTMLSelectElement>(element, '#step-1-assignee').value).to.equal('rainmaker');
    $<HTMLButtonElement>(element, '[part~=save]').focus();
    const saved = oneEvent(element, 'signport-plan-save');
    await sendKeys({ press: 'Enter' });
    const { plan } = (await saved).detail as SignportPlanSaveDetail;
    expect(plan.steps.map((step) => [step.type, step.delayMinutes, step.assignee])).to.deep.equal([
      ['email', 0, null],
      ['task', 2880, 'rainmaker'],
    ]);
    await element.updateComplete;
    expect(text($(element, '[part~=form] [role=status]'))).to.equal('Plan saved.');
    const put = (await workspace.state()).requests.find((r) => r.method === 'PUT');
    expect(put?.url).to.equal('/v1/plans/plan_1');
    expect(put?.body).to.deep.equal({
      name: 'New buyer lead',
      steps: [
        {
          type: 'email',
          delayMinutes: 0,
          assignee: null,
          subject: 'Welcome, {{contact.first_name}}',
          body: 'Hello from {{agent.name}}.',
        },
        { type: 'task', delayMinutes: 2880, assignee: 'rainmaker', title: 'Call {{contact.name}}' },
      ],
    });
  });

  it('creates a plan step by step, then enrols contacts', async () => {
    const { element, workspace } = await mount();
    expect(text($(element, 'h2'))).to.equal('New plan');
    expect(text($(element, '[part~=enrol]'))).to.equal(
      'Save the plan first, then enrol the team’s contacts.',
    );
    type($(element, '#plan-name'), 'Seller follow-up');
    type($(element, '#step-0-subject'), 'Hi {{contact.first_name}}');
    type($(element, '#step-0-body'), 'Thanks for listing with us.');
    const addText = [...root(element).querySelectorAll('button')].find(
      (b) => text(b) === 'Add a text',
    )!;
    addText.click();
    await element.updateComplete;
    type($(element, '#step-1-text'), 'Any questions? {{agent.name}}');
    type($(element, '#step-1-delayMinutes'), '3');
    choose($(element, '#step-1-delayMinutes + select'), 'hours');
    // Move the text first: its wait goes with it.
    $<HTMLButtonElement>(element, '[part~=step][data-type=sms] button').click();
    await element.updateComplete;
    expect(steps(element)).to.deep.equal(['Step 1: Text message', 'Step 2: Email']);
    const saved = oneEvent(element, 'signport-plan-save');
    $<HTMLFormElement>(element, '[part~=form]').requestSubmit();
    const { plan } = (await saved).detail as SignportPlanSaveDetail;
    expect(plan.steps.map((s) => [s.type, s.delayMinutes])).to.deep.equal([
      ['sms', 180],
      ['email', 0],
    ]);
    await element.updateComplete;
    expect(element.planId).to.equal(plan.id);
    expect(text($(element, 'h2'))).to.equal('Edit plan');

    await waitUntil(() => $(element, '[part~=enrol] input'), 'no contacts to enrol');
    const boxes = root(element).querySelectorAll<HTMLInputElement>('[part~=enrol] input');
    expect([...boxes].map((b) => text(b.parentElement))).to.deep.equal([
      'Olivia Owner',
      'Ben Buyer',
    ]);
    boxes[1]!.click();
    $<HTMLFormElement>(element, '[part~=enrol]').requestSubmit();
    await waitUntil(() => text($(element, '[part~=enrol] [role=status]')), 'not enrolled');
    expect(text($(element, '[part~=enrol] [role=status]'))).to.equal('Enrolled 1 contact(s).');
    expect((await workspace.state()).enrollments.map((e) => [e.planId, e.contactId])).to.deep.equal(
      [[plan.id, 'con_ben']],
    );
    await expect(element).to.be.accessible();
  });

  it('shows the server’s refusal next to the step field it concerns', async () => {
    const { element } = await mount({ planId: 'plan_1', token: 'basic-member' });
    choose($(element, '#step-0-assignee'), 'rainmaker');
    $<HTMLFormElement>(element, '[part~=form]').requestSubmit();
    await waitUntil(() => $(element, '#step-0-assignee-error'), 'no field error');
    expect(text($(element, '#step-0-assignee-error'))).to.equal(
      'Only the rainmaker or team members with Enhanced or Unlimited permission can change the plan defaults.',
    );
    expect($(element, '#step-0-assignee').getAttribute('aria-describedby')).to.equal(
      'step-0-assignee-error',
    );
    expect(root(element).querySelectorAll('[role=alert]')).to.have.length(1);
    await expect(element).to.be.accessible();

    type($(element, '#step-0-subject'), '   ');
    choose($(element, '#step-0-assignee'), '');
    $<HTMLFormElement>(element, '[part~=form]').requestSubmit();
    await waitUntil(() => $(element, '#step-0-subject-error'), 'no subject error');
    expect(text($(element, '#step-0-subject-error'))).to.equal('steps.0.subject: Too small');
  });

  it('shows the server’s message when the plan cannot be loaded', async () => {
    const api = createTestApi();
    const element = await fixture<PlanEditor>(
      html`<plan-editor api=${api.url} token="t" team-id="team_1" plan-id="plan_gone"></plan-editor>`,
    );
    await waitUntil(() => root(element).querySelector('[role=alert]'), 'no error shown');
    expect(text($(element, '[role=alert]'))).to.equal('No such plan.');
    expect($(element, 'form')).to.equal(null);
  });
});
