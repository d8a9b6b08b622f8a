import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import type { SigningDashboard } from '../signing-dashboard.js';
import '../signing-dashboard.js';

const person = (id: string, name: string) => ({
  id,
  externalId: id.replace(/^usr_/, ''),
  name,
  email: `${id.replace(/^usr_/, '')}@shoreline.example`,
});
const betty = person('usr_betty', 'Betty Agent');
const bernie = person('usr_bernie', 'Bernie OfficeManager');
const alice = person('usr_alice', 'Alice Agent');

let made = 0;
/** A session as the server lists it, newest first in the order made here. */
function session(templateName: string, sender: typeof betty, status: string, party: string) {
  made += 1;
  const at = new Date(Date.UTC(2025, 4, 30 - made, 12)).toISOString();
  return {
    id: `ses_${made}`,
    templateId: 'tpl_1',
    templateName,
    mode: 'active',
    status,
    signingOrder: 'parallel',
    parties: [
      {
        id: `pty_${made}`,
        role: 'buyer',
        name: party,
        email: `${party.split(' ')[0]!.toLowerCase()}@example.com`,
        status: 'invited',
        userId: null,
        invitedAt: at,
        viewedAt: null,
        completedAt: null,
        declinedAt: null,
        declineReason: null,
      },
    ],
    initiator: betty,
    sender,
    message: null,
    createdAt: at,
    updatedAt: at,
    sentAt: at,
    completedAt: null,
    expiresAt: null,
  };
}

const bernies = session('Lead paint disclosure', bernie, 'sent', 'Olivia Owner');
const alices = session('Listing agreement', alice, 'completed', 'Sam Seller');
const bettys = session('Purchase agreement', betty, 'in_progress', 'Bob Buyer');

async function mount(sessions: unknown[], pageSize = 25) {
  const api = createTestApi();
  const setup = (list: unknown[]) =>
    fetch(`${api.url}/__compose`, { method: 'PUT', body: JSON.stringify({ sessions: list }) });
  await setup(sessions);
  const dashboard = await fixture<SigningDashboard>(
    html`<signing-dashboard
      api=${api.url}
      token="betty-token"
      page-size=${pageSize}
    ></signing-dashboard>`,
  );
  await loaded(dashboard);
  const urls = async () =>
    (
      (await (await fetch(`${api.url}/__compose`)).json()) as { requests: { url: string }[] }
    ).requests.map((r) => r.url);
  return { dashboard, setup, urls };
}

async function loaded(dashboard: SigningDashboard) {
  // The update after a change starts the request; only then does "complete" mean the new page.
  await dashboard.updateComplete;
  await waitUntil(() => dashboard.sessions.status === 'complete', 'the sessions never loaded');
  await dashboard.updateComplete;
}

const inside = (dashboard: SigningDashboard) => dashboard.shadowRoot!;
const rows = (dashboard: SigningDashboard) =>
  [...inside(dashboard).querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.trim()),
  );
const button = (dashboard: SigningDashboard, part: string) =>
  inside(dashboard).querySelector<HTMLButtonElement>(`[part~=${part}]`)!;

describe('<signing-dashboard>', () => {
  it('lists every sender’s sessions with sender and initiator columns', async () => {
    const { dashboard, urls } = await mount([bernies, alices, bettys]);
    expect(await urls()).to.deep.equal(['/v1/sessions?as=all&limit=25']);
    const table = inside(dashboard).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Signing sessions');
    expect(
      [...table.querySelectorAll('thead th[scope=col]')].map((th) => th.textContent!.trim()),
    ).to.deep.equal(['Document', 'Parties', 'Sender', 'Initiator', 'Status', 'Created']);
    expect(rows(dashboard).map((row) => row.slice(0, 5))).to.deep.equal([
      ['Lead paint disclosure', 'Olivia Owner', 'Bernie OfficeManager', 'Betty Agent', 'Sent'],
      ['Listing agreement', 'Sam Seller', 'Alice Agent', 'Betty Agent', 'Completed'],
      ['Purchase agreement', 'Bob Buyer', 'Betty Agent', 'Betty Agent', 'In progress'],
    ]);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    expect(inside(dashboard).querySelector('[part~=pager]')).to.equal(null);
    await expect(dashboard).to.be.accessible();
  });

  it('filters by status and searches parties', async () => {
    const { dashboard, urls } = await mount([bernies, alices, bettys]);
    const status = inside(dashboard).querySelector<HTMLSelectElement>('select[name=status]')!;
    status.value = 'completed';
    status.dispatchEvent(new Event('change'));
    await loaded(dashboard);
    expect(rows(dashboard).map((row) => row[0])).to.deep.equal(['Listing agreement']);

    status.value = '';
    status.dispatchEvent(new Event('change'));
    await loaded(dashboard);
    inside(dashboard).querySelector<HTMLInputElement>('input[name=search]')!.focus();
    await sendKeys({ type: 'olivia' });
    await sendKeys({ press: 'Enter' });
    await loaded(dashboard);
    expect(rows(dashboard).map((row) => row[0])).to.deep.equal(['Lead paint disclosure']);
    expect((await urls()).slice(1)).to.deep.equal([
      '/v1/sessions?as=all&limit=25&status=completed',
      '/v1/sessions?as=all&limit=25',
      '/v1/sessions?as=all&limit=25&search=olivia',
    ]);

    inside(dashboard).querySelector<HTMLInputElement>('input[name=search]')!.value = 'nobody';
    inside(dashboard).querySelector<HTMLFormElement>('[part~=filters]')!.requestSubmit();
    await loaded(dashboard);
    expect(inside(dashboard).querySelector('[part~=empty]')!.textContent).to.contain(
      'No sessions match these filters.',
    );
  });

  it('pages with the server’s cursor', async () => {
    const { dashboard, urls } = await mount([bernies, alices, bettys], 2);
    expect(rows(dashboard).length).to.equal(2);
    expect(button(dashboard, 'previous-button').disabled).to.equal(true);
    button(dashboard, 'next-button').click();
    await loaded(dashboard);
    expect(rows(dashboard).map((row) => row[0])).to.deep.equal(['Purchase agreement']);
    expect(button(dashboard, 'next-button').disabled).to.equal(true);
    const cursor = new URL(`http://x${(await urls()).at(-1)}`).searchParams.get('cursor');
    expect(cursor).to.be.a('string').and.not.equal('');
    button(dashboard, 'previous-button').click();
    await loaded(dashboard);
    expect(rows(dashboard).map((row) => row[0])).to.deep.equal([
      'Lead paint disclosure',
      'Listing agreement',
    ]);
  });

  it('says so when there is nothing yet', async () => {
    const { dashboard } = await mount([]);
    expect(inside(dashboard).querySelector('[part~=empty]')!.textContent!.trim()).to.equal(
      'No signing sessions yet.',
    );
    expect(inside(dashboard).querySelector('table')).to.equal(null);
  });

  it('loads again on refresh() and when a sender is saved, dropping a revoked principal’s sessions', async () => {
    const { dashboard, setup, urls } = await mount([bernies, alices]);
    expect(rows(dashboard).map((row) => row[2])).to.deep.equal([
      'Bernie OfficeManager',
      'Alice Agent',
    ]);
    // Alice revoked the delegation: the server no longer lists her sessions.
    await setup([bernies]);
    await dashboard.refresh();
    await dashboard.updateComplete;
    expect(rows(dashboard).map((row) => row[2])).to.deep.equal(['Bernie OfficeManager']);

    await setup([]);
    document.dispatchEvent(
      new CustomEvent('signport-sender-change', { detail: { sender: bernie } }),
    );
    await waitUntil(async () => (await urls()).length === 3, 'no request after the sender change');
    await loaded(dashboard);
    expect(inside(dashboard).querySelector('[part~=empty]')).to.not.equal(null);
  });

  it('shows the server’s error', async () => {
    const api = createTestApi();
    await fetch(`${api.url}/__compose`, { method: 'PUT', body: '{}' });
    const dashboard = await fixture<SigningDashboard>(
      html`<signing-dashboard api=${api.url}></signing-dashboard>`,
    );
    await waitUntil(() => dashboard.sessions.status === 'error');
    await dashboard.updateComplete;
    expect(inside(dashboard).querySelector('[part~=error]')!.textContent).to.equal(
      'The embed token is missing.',
    );
  });
});
