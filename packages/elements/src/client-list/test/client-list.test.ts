import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import { workspaceApi } from '../../../test/test-workspace.js';
import type { ClientListElement } from '../client-list.js';
import '../client-list.js';

async function mount({ href = '', pageSize = 25 } = {}) {
  const api = createTestApi();
  const workspace = workspaceApi(api);
  const element = await fixture<ClientListElement>(
    html`<client-list api=${api.url} token="betty" href=${href} page-size=${pageSize}></client-list>`,
  );
  return { api, workspace, element };
}

const root = (element: ClientListElement) => element.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const clients = (element: ClientListElement) =>
  [...root(element).querySelectorAll('[part~=client]')].map((client) => text(client));
async function loaded(element: ClientListElement) {
  await element.updateComplete;
  await waitUntil(
    () => element.clients.status === 'complete' && root(element).querySelector('ul, [part~=empty]'),
    'the clients never loaded',
  );
}

describe('<client-list>', () => {
  it('lists clients with type, status, assignee and an unread badge', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    expect(clients(element)).to.deep.equal([
      'Olivia Owner 1 unread Owner · Active · Betty Agent',
      'Ben Buyer Buyer · Active · Alice Agent',
      'Carla Tenant Tenant · Inactive · Betty Agent',
    ]);
    expect((await workspace.state()).requests.map((r) => r.url)).to.deep.equal([
      '/v1/clients?limit=25',
    ]);
    await expect(element).to.be.accessible();
  });

  it('searches and filters by type and status, and says when nothing matches', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    const search = root(element).querySelector<HTMLInputElement>('input[name=search]')!;
    search.focus();
    await sendKeys({ type: 'ben' });
    await sendKeys({ press: 'Enter' });
    await loaded(element);
    expect(clients(element).map((c) => c?.split(' ')[0])).to.deep.equal(['Ben']);

    search.value = '';
    const type = root(element).querySelector<HTMLSelectElement>('select[name=type]')!;
    type.value = 'tenant';
    type.dispatchEvent(new Event('change'));
    await loaded(element);
    expect(clients(element).map((c) => c?.split(' ')[0])).to.deep.equal(['Carla']);
    const status = root(element).querySelector<HTMLSelectElement>('select[name=status]')!;
    status.value = 'active';
    status.dispatchEvent(new Event('change'));
    await loaded(element);
    expect(text(root(element).querySelector('[part~=empty]'))).to.equal(
      'No client matches these filters.',
    );
    expect((await workspace.state()).requests.map((r) => r.url).slice(1)).to.deep.equal([
      '/v1/clients?limit=25&search=ben',
      '/v1/clients?limit=25&type=tenant',
      '/v1/clients?limit=25&type=tenant&status=active',
    ]);
    await expect(element).to.be.accessible();
  });

  it('pages through with Next and Previous', async () => {
    const { element } = await mount({ pageSize: 2 });
    await loaded(element);
    expect(clients(element)).to.have.length(2);
    const [previous, next] =
      root(element).querySelectorAll<HTMLButtonElement>('[part~=pager] button');
    expect(previous!.disabled).to.equal(true);
    next!.click();
    await loaded(element);
    expect(clients(element).map((c) => c?.split(' ')[0])).to.deep.equal(['Carla']);
    expect(text(root(element).querySelector('[part~=pager] span'))).to.equal('Page 2');
    root(element).querySelector<HTMLButtonElement>('[part~=pager] button')!.click();
    await loaded(element);
    expect(clients(element)).to.have.length(2);
  });

  it('opens a client: an event, and the host’s link unless the event is cancelled', async () => {
    const { element } = await mount({ href: '#client-{id}' });
    await loaded(element);
    const link = root(element).querySelector<HTMLAnchorElement>('[part~=client] a')!;
    expect(link.getAttribute('href')).to.equal('#client-cli_olivia');
    link.focus();
    const opened = oneEvent(element, 'signport-client-open');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail).to.deep.equal({ clientId: 'cli_olivia' });
    expect(location.hash).to.equal('#client-cli_olivia');

    element.addEventListener('signport-client-open', (event) => event.preventDefault(), {
      once: true,
    });
    root(element).querySelectorAll<HTMLAnchorElement>('[part~=client] a')[1]!.click();
    expect(location.hash).to.equal('#client-cli_olivia');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('reloads when a client changes on the page, and shows the server’s message on failure', async () => {
    const { element, workspace } = await mount();
    await loaded(element);
    await workspace.failNext({
      route: 'GET /v1/clients',
      status: 403,
      code: 'forbidden',
      message: 'Your delegation was revoked.',
    });
    document.dispatchEvent(new CustomEvent('signport-client-change', { detail: {} }));
    await waitUntil(() => root(element).querySelector('[role=alert]'), 'no error shown');
    expect(text(root(element).querySelector('[role=alert]'))).to.equal(
      'Your delegation was revoked.',
    );
    expect(clients(element)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });
});
