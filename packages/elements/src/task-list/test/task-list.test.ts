import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import { workspaceApi } from '../../../test/test-workspace.js';
import type { TaskListElement } from '../task-list.js';
import '../task-list.js';

async function mount(attributes: { pageSize?: number } = {}) {
  const api = createTestApi();
  const workspace = workspaceApi(api);
  const element = await fixture<TaskListElement>(
    html`<task-list api=${api.url} token="betty" page-size=${attributes.pageSize ?? 25}></task-list>`,
  );
  return { api, workspace, element };
}

const root = (element: TaskListElement) => element.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const tasks = (element: TaskListElement) =>
  [...root(element).querySelectorAll('[part~=task]')].map((task) => text(task));
const loaded = (element: TaskListElement) =>
  waitUntil(
    () => element.tasks.status === 'complete' && root(element).querySelector('ul, [part~=empty]'),
    'the tasks never loaded',
  );
const box = (element: TaskListElement, title: string) =>
  root(element).querySelector<HTMLInputElement>(
    `#${[...root(element).querySelectorAll('label')].find((l) => text(l) === title)?.htmlFor}`,
  )!;

describe('<task-list>', () => {
  it('lists the open tasks with their contact, due date and why a text is a task', async () => {
    const { element } = await mount();
    await loaded(element);
    const shown = tasks(element);
    expect(shown).to.have.length(2);
    expect(shown[0]).to.match(
      /^Call Olivia about the price Contact: Olivia Owner · Overdue since /,
    );
    expect(shown[1]).to.match(
      /^Text Ben: Checking in! Contact: Ben Buyer · Due .* Send this text yourself: your SMS credits are used up\.$/,
    );
    expect(root(element).querySelector('.overdue')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('completes a task from the keyboard, says so, and undoes it', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    box(element, 'Call Olivia about the price').focus();
    const changed = oneEvent(element, 'signport-task-change');
    await sendKeys({ press: 'Space' });
    const { detail } = await changed;
    expect(detail.task.id).to.equal('tsk_1');
    expect(detail.task.completedAt).to.be.a('string');
    await element.updateComplete;
    expect(text(root(element).querySelector('[part~=notice]'))).to.equal(
      '“Call Olivia about the price” is done. Undo',
    );
    expect(tasks(element)).to.have.length(1);
    expect((await workspace.state()).tasks.find((t) => t.id === 'tsk_1')?.completedAt).to.be.a(
      'string',
    );
    await expect(element).to.be.accessible();

    // The ticked task left the list: focus is on Undo, not lost to the page.
    await waitUntil(
      () => root(element).activeElement?.matches('[part~=undo-button]'),
      'Undo not focused',
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => tasks(element).length === 2, 'the task did not come back');
    await waitUntil(
      () => root(element).activeElement === box(element, 'Call Olivia about the price'),
      'focus not back on the task',
    );
    expect((await workspace.state()).tasks.find((t) => t.id === 'tsk_1')?.completedAt).to.equal(
      null,
    );
    expect(text(root(element).querySelector('[part~=notice]'))).to.equal('');
  });

  it('filters by kind and shows completed tasks, which can be reopened', async () => {
    const { element } = await mount();
    await loaded(element);
    const kind = root(element).querySelector<HTMLSelectElement>('select[name=kind]')!;
    kind.value = 'text';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(tasks(element).map((t) => t?.split(' Contact')[0])).to.deep.equal([
      'Text Ben: Checking in!',
    ]);
    kind.value = '';
    const status = root(element).querySelector<HTMLSelectElement>('select[name=status]')!;
    status.value = 'completed';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    await loaded(element);
    expect(tasks(element)).to.have.length(1);
    expect(tasks(element)[0]).to.match(/^Send the CMA Completed /);
    expect(box(element, 'Send the CMA').checked).to.equal(true);
    box(element, 'Send the CMA').click();
    await waitUntil(() => tasks(element).length === 0, 'the reopened task stayed');
    expect(text(root(element).querySelector('[part~=notice]'))).to.equal(
      '“Send the CMA” is open again. Undo',
    );
    expect(text(root(element).querySelector('[part~=empty]'))).to.equal('No completed tasks yet.');
  });

  it('pages with Show more, and shows the server’s refusal next to the task', async () => {
    const { element, workspace } = await mount({ pageSize: 1 });
    await loaded(element);
    expect(tasks(element)).to.have.length(1);
    root(element).querySelector<HTMLButtonElement>('[part~=more-button]')!.click();
    await waitUntil(() => tasks(element).length === 2, 'the second page never came');
    expect(root(element).querySelector('[part~=more-button]')).to.equal(null);

    await workspace.failNext({
      route: 'POST /v1/tasks/tsk_2/complete',
      status: 404,
      code: 'not_found',
      message: 'No such task.',
      field: 'id',
    });
    box(element, 'Text Ben: Checking in!').click();
    await waitUntil(() => root(element).querySelector('[role=alert]'), 'no error shown');
    expect(text(root(element).querySelector('[part~=task]:last-child [role=alert]'))).to.equal(
      'No such task.',
    );
    expect(tasks(element)).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('says when there is nothing to do, and shows the server’s message when loading fails', async () => {
    const api = createTestApi();
    await workspaceApi(api).failNext({
      route: 'GET /v1/tasks',
      status: 401,
      code: 'token_expired',
      message: 'The embed token has expired.',
    });
    const element = await fixture<TaskListElement>(
      html`<task-list api=${api.url} token="betty"></task-list>`,
    );
    await waitUntil(() => root(element).querySelector('[role=alert]'), 'no error shown');
    expect(text(root(element).querySelector('[role=alert]'))).to.equal(
      'The embed token has expired.',
    );
    await element.refresh();
    await element.updateComplete;
    expect(tasks(element)).to.have.length(2);
  });
});
