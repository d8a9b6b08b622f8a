import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import { workspaceApi } from '../../../test/test-workspace.js';
import type { ClientDetail } from '../client-detail.js';
import '../client-detail.js';
import '../../locales/fr.js';

async function mount(clientId = 'cli_olivia') {
  const api = createTestApi();
  const workspace = workspaceApi(api);
  const element = await fixture<ClientDetail>(
    html`<client-detail
      api=${api.url}
      token="betty"
      client-id=${clientId}
      portal-href="/portal?client={id}"
    ></client-detail>`,
  );
  return { api, workspace, element };
}

const root = (element: ClientDetail) => element.shadowRoot!;
const $ = <E extends Element = HTMLElement>(element: ClientDetail, selector: string) =>
  root(element).querySelector<E & Element>(selector) as E;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const texts = (element: ClientDetail, selector: string) =>
  [...root(element).querySelectorAll(selector)].map((node) => text(node));

async function loaded(element: ClientDetail) {
  await waitUntil(
    () =>
      $(element, '[part~=header]') && root(element).querySelectorAll('[part~=status]').length === 0,
    'the client never loaded',
  );
  await element.updateComplete;
}

describe('<client-detail>', () => {
  it('shows the client with their thread, log, activity, documents and signing sessions', async () => {
    const { element } = await mount();
    await loaded(element);
    expect(text($(element, '[part~=header] h2'))).to.equal('Olivia Owner');
    expect(texts(element, '[part~=header] .badge')).to.deep.equal(['Owner', 'Active', '1 unread']);
    expect(text($(element, '[part~=header] .muted'))).to.equal(
      'Assigned to: Betty Agent · olivia@client.example',
    );
    expect($(element, '[part~=portal-link]').getAttribute('href')).to.equal(
      '/portal?client=cli_olivia',
    );
    expect(texts(element, '[part~=message] .body')).to.deep.equal([
      'Welcome to your portal, Olivia.',
      'Can we move Saturday’s showing to 2 pm?',
    ]);
    expect(text($(element, '[part~=message][data-from=client] .badge'))).to.equal('New');
    expect(texts(element, '[part~=log-entry] span:nth-child(2)')).to.deep.equal([
      'Sent the listing agreement',
      'Discussed the asking price',
    ]);
    expect(texts(element, '[part~=activity-entry] span:nth-child(2)')).to.deep.equal([
      'Showing with the Parkers',
    ]);
    const ticks = [...root(element).querySelectorAll<HTMLInputElement>('[part~=document] input')];
    expect(ticks.map((box) => [box.getAttribute('aria-label'), box.checked])).to.deep.equal([
      ['Show Listing agreement.pdf in the portal', true],
      ['Show Comparable sales.pdf in the portal', false],
    ]);
    expect(texts(element, '[part~=session]')[0]).to.match(
      /^Listing agreement In progress .* · Betty Agent$/,
    );
    expect(texts(element, '[part~=session]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('marks the client’s messages read, and the unread count clears', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    const changed = oneEvent(element, 'signport-client-change');
    $<HTMLButtonElement>(element, '[part~=mark-read-button]').click();
    expect((await changed).detail.client.unreadMessages).to.equal(0);
    await waitUntil(() => !$(element, '[part~=message] .badge'), 'still marked new');
    expect($(element, '[part~=unread]')).to.equal(null);
    expect($(element, '[part~=mark-read-button]')).to.equal(null);
    const state = await workspace.state();
    expect(state.messages.cli_olivia?.find((m) => m.from === 'client')?.readAt).to.be.a('string');
  });

  it('answers from the keyboard, which also reads the thread; a refusal keeps the text', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    await workspace.failNext({
      route: 'POST /v1/clients/cli_olivia/messages',
      status: 413,
      code: 'payload_too_large',
      message: 'body: Too big: expected string to have <=5000 characters',
      field: 'body',
    });
    const box = $<HTMLTextAreaElement>(element, '[part~=messages] textarea');
    box.focus();
    await sendKeys({ type: '2 pm works, see you then.' });
    box.form!.requestSubmit();
    await waitUntil(() => $(element, '#reply-error'), 'no field error');
    expect(text($(element, '#reply-error'))).to.equal(
      'body: Too big: expected string to have <=5000 characters',
    );
    expect(box.getAttribute('aria-describedby')).to.equal('reply-error');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.value).to.equal('2 pm works, see you then.');
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => texts(element, '[part~=message] .body').length === 3,
      'the reply never showed',
    );
    expect(texts(element, '[part~=message] .body').at(-1)).to.equal('2 pm works, see you then.');
    expect(box.value).to.equal('');
    await waitUntil(() => !$(element, '[part~=unread]'), 'the unread count stayed');
    expect(text($(element, '[part~=messages] [role=status]'))).to.equal('Message sent.');
  });

  it('logs a call with its date and summary, filters the log, and shows a refusal by its field', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    const form = $<HTMLFormElement>(element, '.log-form');
    const kind = form.elements.namedItem('kind') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.textContent?.trim())).to.deep.equal([
      'Call',
      'Note',
      'Sent search',
      'CMA',
    ]);
    const summary = form.elements.namedItem('summary') as HTMLInputElement;
    summary.value = '   ';
    form.requestSubmit();
    await waitUntil(() => $(element, '#log-summary-error'), 'no field error');
    expect(text($(element, '#log-summary-error'))).to.equal(
      'summary: Too small: expected string to have >=1 characters',
    );
    expect(summary.getAttribute('aria-describedby')).to.equal('log-summary-error');
    await expect(element).to.be.accessible();

    (form.elements.namedItem('occurredAt') as HTMLInputElement).value = '2026-11-30';
    summary.value = 'Called about the showing time';
    form.requestSubmit();
    await waitUntil(() => texts(element, '[part~=log-entry]').length === 3, 'not logged');
    expect($(element, '#log-summary-error')).to.equal(null);
    expect(text($(element, '.log-form [role=status]'))).to.equal('Added to the log.');
    const logged = (await workspace.state()).log.cli_olivia!.find(
      (e) => e.kind === 'call' && e.summary.startsWith('Called'),
    );
    expect(new Date(logged!.occurredAt).getDate()).to.equal(30);

    const filter = $<HTMLSelectElement>(element, 'select[name=filter]');
    filter.value = 'call';
    filter.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(texts(element, '[part~=log-entry] span:nth-child(2)')).to.have.members([
      'Discussed the asking price',
      'Called about the showing time',
    ]);
    expect(texts(element, '[part~=log-entry] .badge')).to.deep.equal(['Call', 'Call']);
    filter.value = 'cma';
    filter.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(text($(element, '[part~=log] .empty'))).to.equal('Nothing of this kind.');
  });

  it('ticks a document for the portal, and the activity feed records it', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    const tick = root(element).querySelectorAll<HTMLInputElement>('[part~=document] input')[1]!;
    tick.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(
      () => texts(element, '[part~=activity-entry]').length === 2,
      'the feed did not record it',
    );
    expect(texts(element, '[part~=activity-entry] span:nth-child(2)')[0]).to.equal(
      'Comparable sales.pdf shared',
    );
    expect((await workspace.state()).documents.cli_olivia!.map((d) => d.accessible)).to.deep.equal([
      true,
      true,
    ]);
    await workspace.failNext({
      route: 'PATCH /v1/clients/cli_olivia/documents/doc_1',
      status: 404,
      code: 'not_found',
      message: 'No such document.',
      field: 'documentId',
    });
    root(element).querySelectorAll<HTMLInputElement>('[part~=document] input')[0]!.click();
    await waitUntil(() => $(element, '[part~=document] [role=alert]'), 'no error');
    expect(text($(element, '[part~=document] [role=alert]'))).to.equal('No such document.');
    expect(
      root(element).querySelectorAll<HTMLInputElement>('[part~=document] input')[0]!.checked,
    ).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('sets the client inactive, warning first that the portal turns off', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    const status = $<HTMLSelectElement>(element, '#edit-status');
    status.value = 'inactive';
    status.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(text($(element, '[part~=inactive-warning]'))).to.equal(
      'Setting Olivia Owner inactive turns off their portal at once: they are signed out and cannot send messages.',
    );
    await expect(element).to.be.accessible();
    const changed = oneEvent(element, 'signport-client-change');
    $<HTMLFormElement>(element, '[part~=edit]').requestSubmit();
    expect((await changed).detail.client.status).to.equal('inactive');
    await element.updateComplete;
    expect(text($(element, '[part~=edit] [role=status]'))).to.equal(
      'Saved. Olivia Owner is inactive: their portal access is turned off.',
    );
    expect(texts(element, '[part~=header] .badge')).to.include('Inactive');
    const patch = (await workspace.state()).requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).to.deep.equal({
      type: 'owner',
      status: 'inactive',
      assignedAgentId: 'usr_betty',
    });
  });

  it('changes the assignee, and shows a refusal next to the assignee', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    const assignee = $<HTMLSelectElement>(element, '#edit-assignedAgentId');
    expect([...assignee.options].map((o) => o.textContent?.trim())).to.deep.equal([
      'Betty Agent',
      'Bernie OfficeManager',
    ]);
    await workspace.failNext({
      route: 'PATCH /v1/clients/cli_olivia',
      status: 403,
      code: 'forbidden',
      message: 'You may not assign clients to this agent.',
      field: 'assignedAgentId',
    });
    assignee.value = 'usr_bernie';
    assignee.dispatchEvent(new Event('change'));
    $<HTMLFormElement>(element, '[part~=edit]').requestSubmit();
    await waitUntil(() => $(element, '#edit-assignedAgentId-error'), 'no field error');
    expect(text($(element, '#edit-assignedAgentId-error'))).to.equal(
      'You may not assign clients to this agent.',
    );
    expect(assignee.getAttribute('aria-describedby')).to.equal('edit-assignedAgentId-error');
    await expect(element).to.be.accessible();
    $<HTMLFormElement>(element, '[part~=edit]').requestSubmit();
    await waitUntil(
      () => text($(element, '[part~=header] .muted'))?.includes('Bernie'),
      'not saved',
    );
    expect($(element, '#edit-assignedAgentId-error')).to.equal(null);
  });

  it('shows empty sections for a new client, and the server’s message for a missing one', async () => {
    const { element } = await mount('cli_carla');
    await loaded(element);
    expect(text($(element, '[part~=messages] .empty'))).to.equal('No messages yet.');
    expect(text($(element, '[part~=log] .empty'))).to.equal('Nothing logged yet.');
    expect(text($(element, '[part~=documents] .empty'))).to.equal('No documents yet.');
    expect(text($(element, '[part~=sessions] .empty'))).to.equal(
      'Add an email address to find this client’s signing sessions.',
    );
    expect($(element, '[part~=portal-link]')).to.equal(null);
    await expect(element).to.be.accessible();

    element.clientId = 'cli_gone';
    await waitUntil(() => $(element, '[role=alert]'), 'no error shown');
    expect(text($(element, '[role=alert]'))).to.equal('No such client.');
  });

  it('speaks French: plural badge, French punctuation, translated activity kinds and dates', async () => {
    const { element } = await mount();
    element.lang = 'fr';
    await loaded(element);
    await waitUntil(() => texts(element, '[part~=activity-entry]').length === 1, 'no activity');
    expect(texts(element, '[part~=header] .badge')).to.deep.equal([
      'Propriétaire',
      'Actif',
      '1 non lu',
    ]);
    expect(text($(element, '[part~=header] .muted'))).to.equal(
      'Attribué à : Betty Agent · olivia@client.example',
    );
    const activity = texts(element, '[part~=activity-entry] .muted')[0];
    expect(activity).to.match(/^Visite \d{1,2} \S+ \d{4}$/);
    expect(activity).not.to.match(/\d+\/\d+\/\d+/);
  });
});
