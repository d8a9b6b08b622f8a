import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
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
/** Each session row's cells, by the text directly in them (a title, not its "Created …" line). */
const rows = (dashboard: SigningDashboard) =>
  [...inside(dashboard).querySelectorAll('tr[part~=row]')].map((row) =>
    [...row.children].map((cell) =>
      [...cell.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent!.trim())
        .join(''),
    ),
  );
const textOf = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const button = (dashboard: SigningDashboard, part: string) =>
  inside(dashboard).querySelector<HTMLButtonElement>(`[part~=${part}]`)!;

describe('<signing-dashboard>', () => {
  it('lists every sender’s sessions with their parties’ progress, status chips and who sent them', async () => {
    const { dashboard, urls } = await mount([bernies, alices, bettys]);
    expect(await urls()).to.deep.equal(['/v1/sessions?as=all&limit=25']);
    const table = inside(dashboard).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Signing sessions');
    expect(
      [...table.querySelectorAll('thead th[scope=col]')].map((th) => th.textContent!.trim()),
    ).to.deep.equal(['Document', 'Parties', 'Sender', 'Status', 'Actions']);
    expect(rows(dashboard).map((row) => [row[0], row[2]])).to.deep.equal([
      ['Lead paint disclosure', 'Bernie OfficeManager'],
      ['Listing agreement', 'Alice Agent'],
      ['Purchase agreement', 'Betty Agent'],
    ]);
    const first = inside(dashboard).querySelector('tr[part~=row]')!;
    expect(textOf(first, '[part~=party]')).to.deep.equal(['Olivia Owner Invited']);
    expect(textOf(first, 'td small')).to.deep.equal(['0 of 1 signed', 'sent by Betty Agent']);
    expect(textOf(table, '[part~=status-chip]')).to.deep.equal([
      'Sent',
      'Completed',
      'In progress',
    ]);
    expect(textOf(table, 'th small')[0]).to.match(/^Created /);
    // Only what each status allows: a completed session downloads, an open one is reminded or voided.
    expect(textOf(first, '[part~=actions] button')).to.deep.equal(['Details', 'Remind', 'Void']);
    const completed = inside(dashboard).querySelectorAll('tr[part~=row]')[1]!;
    expect(textOf(completed, '[part~=actions] button')).to.deep.equal(['Details', 'Download PDF']);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    expect(inside(dashboard).querySelector('[part~=pager]')).to.equal(null);
    await expect(dashboard).to.be.accessible();
  });

  it('on a 390 px phone stacks each row (document, parties, status, actions) with no sideways scroll', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const { dashboard } = await mount([bernies, alices, bettys]);
      const scroller = inside(dashboard).querySelector<HTMLElement>('.scroll')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      const row = inside(dashboard).querySelector('tr[part~=row]')!;
      const cells = [...row.children].map((cell) => cell.getBoundingClientRect());
      // Read top to bottom: each cell below the one before, as wide as the row.
      for (const [index, cell] of cells.entries()) {
        expect(cell.width).to.be.closeTo(row.getBoundingClientRect().width, 1);
        if (index) expect(cell.top).to.be.at.least(cells[index - 1]!.bottom - 1);
      }
      const buttons = inside(dashboard).querySelectorAll('[part~=actions] button');
      for (const button of buttons)
        expect(button.getBoundingClientRect().height).to.be.at.least(44);
      await expect(dashboard).to.be.accessible();

      // A wide screen keeps the table: the cells of a row side by side.
      await setViewport({ width: 1280, height: 800 });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const wide = [...row.children].map((cell) => cell.getBoundingClientRect().top);
      expect(new Set(wide).size).to.equal(1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
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

  it('asks before voiding: Keep it changes nothing, confirming voids with the reason and reloads', async () => {
    const { dashboard, urls } = await mount([bernies, alices, bettys]);
    const row = () => inside(dashboard).querySelector('tr[data-session-id=ses_3]')!;
    const dialog = () => inside(dashboard).querySelector<HTMLDialogElement>('[part~=void-dialog]')!;
    row().querySelector<HTMLButtonElement>('[part~=void-button]')!.click();
    await waitUntil(() => dialog().open, 'no confirmation asked');
    expect(dialog().textContent).to.contain('Void “Purchase agreement”?');
    expect(dialog().textContent).to.contain('This cannot be undone.');
    await expect(dashboard).to.be.accessible();
    dialog().querySelector<HTMLButtonElement>('button[type=button]')!.click();
    await waitUntil(() => !dialog().open, 'the dialog stayed open');
    expect((await urls()).some((url) => url.endsWith('/void'))).to.equal(false);

    row().querySelector<HTMLButtonElement>('[part~=void-button]')!.click();
    await waitUntil(() => dialog().open);
    dialog().querySelector('textarea')!.value = 'Buyer withdrew';
    button(dashboard, 'confirm-void-button').click();
    await waitUntil(
      () => textOf(row(), '[part~=status-chip]')[0] === 'Voided',
      'the row never showed the session voided',
    );
    expect(await urls()).to.include('/v1/sessions/ses_3/void');
    expect(inside(dashboard).querySelector('[part~=notice]')!.textContent).to.contain(
      '“Purchase agreement” was voided.',
    );
    expect(textOf(row(), '[part~=actions] button')).to.deep.equal(['Details']);
  });

  it('reminds the parties whose turn it is and says how many', async () => {
    const { dashboard, urls } = await mount([bernies]);
    button(dashboard, 'remind-button').click();
    await waitUntil(() => inside(dashboard).querySelector('[part~=notice]')!.textContent!.trim());
    expect(inside(dashboard).querySelector('[part~=notice]')!.textContent!.trim()).to.equal(
      'Reminder sent to 1 on Lead paint disclosure.',
    );
    expect(await urls()).to.include('/v1/sessions/ses_1/remind');
  });

  it('opens a row’s details with each party’s email and status', async () => {
    const { dashboard } = await mount([bernies]);
    const details = inside(dashboard).querySelector<HTMLElement>('[part~=details]')!;
    expect(details.hidden).to.equal(true);
    button(dashboard, 'details-button').click();
    await dashboard.updateComplete;
    expect(details.hidden).to.equal(false);
    expect(button(dashboard, 'details-button').getAttribute('aria-expanded')).to.equal('true');
    expect(details.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Olivia Owner · olivia@example.com · Invited · invited',
    );
  });
});
