import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import type { TestApi } from '../../../test/test-api.js';
import {
  PORTAL_ACCOUNT,
  PORTAL_PASSWORD,
  PORTAL_USERNAME,
  setPortal,
} from '../../../test/api/portal-fixture.js';
import type { PortalFixture } from '../../../test/api/portal-fixture.js';
import type { ClientPortalLogin } from '../../client-portal-login/client-portal-login.js';
import '../../client-portal-login/client-portal-login.js';
import type { ClientPortal } from '../client-portal.js';
import '../client-portal.js';

/** Waits until the sign-in form has tried to resume a session from the refresh cookie (none here). */
async function formReady(login: Element): Promise<void> {
  const submit = () => login.querySelector<HTMLButtonElement>('button[type=submit]');
  await waitUntil(() => submit() && !submit()!.disabled, 'the sign-in form never became ready');
}

/** Signs Olivia in through a real `<client-portal-login>` and returns the portal inside it. */
async function signedIn(fixtureData: PortalFixture = {}, api: TestApi = createTestApi()) {
  await setPortal(api.url, fixtureData);
  const login = await fixture<ClientPortalLogin>(html`
    <client-portal-login api=${api.url} account=${PORTAL_ACCOUNT}
      ><client-portal></client-portal
    ></client-portal-login>
  `);
  await formReady(login);
  login.querySelector<HTMLInputElement>('[name=username]')!.value = PORTAL_USERNAME;
  login.querySelector<HTMLInputElement>('[name=password]')!.value = PORTAL_PASSWORD;
  const loggedIn = oneEvent(login, 'signport-login');
  login.querySelector('form')!.requestSubmit();
  await loggedIn;
  const portal = login.querySelector('client-portal')!;
  await portal.updateComplete;
  return { api, login, portal };
}

function shadow(portal: ClientPortal) {
  return portal.shadowRoot!;
}

function tabs(portal: ClientPortal): HTMLElement[] {
  return [...shadow(portal).querySelectorAll<HTMLElement>('[role=tab]')];
}

async function loaded(portal: ClientPortal): Promise<void> {
  await waitUntil(
    () => !shadow(portal).querySelector('[part~=panel] [part~=status]'),
    'the section never loaded',
  );
  await portal.updateComplete;
}

function panelText(portal: ClientPortal): string {
  return (
    shadow(portal).querySelector('[role=tabpanel]')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  );
}

async function openTab(portal: ClientPortal, name: string): Promise<void> {
  shadow(portal).querySelector<HTMLElement>(`#tab-${name}`)!.click();
  await portal.updateComplete;
  await loaded(portal);
}

describe('<client-portal>', () => {
  it('greets the client, shows a loading state, then the shared documents with download links', async () => {
    const { portal } = await signedIn();
    expect(shadow(portal).querySelector('h2')?.textContent).to.equal('Welcome, Olivia Owner');
    expect(shadow(portal).textContent).to.include('Your agent: Alice Agent');
    expect(
      Boolean(shadow(portal).querySelector('[part~=panel] [part~=status][role=status]')),
    ).to.equal(true);
    await loaded(portal);

    const link = shadow(portal).querySelector<HTMLAnchorElement>('[role=tabpanel] a')!;
    expect(link.textContent).to.equal('Listing agreement.pdf');
    expect(panelText(portal)).to.include('Signed document');
  });

  it('downloads a document with the access token, which a plain link could not send', async () => {
    const { portal, api } = await signedIn();
    await loaded(portal);
    const saved: { name: string; type: string }[] = [];
    // Catch the download the element starts, instead of letting the browser save a file.
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, type: this.href.slice(0, 5) });
    };
    try {
      const link = shadow(portal).querySelector<HTMLAnchorElement>('[role=tabpanel] a')!;
      link.dispatchEvent(
        new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }),
      );
      await waitUntil(() => saved.length > 0, 'no download started');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved).to.deep.equal([{ name: 'Listing agreement.pdf', type: 'blob:' }]);
    const download = (await api.requests()).find(
      (r) => r.path === '/v1/portal/documents/doc_1/content',
    );
    expect(download?.authorization).to.equal('Bearer portal-access-1');
  });

  it('shows only the sections the grants allow', async () => {
    const { portal, api } = await signedIn({ grants: ['feedback', 'activity'] });
    expect(tabs(portal).map((tab) => tab.textContent?.trim())).to.deep.equal([
      'Feedback',
      'Activity',
    ]);
    await loaded(portal);
    expect(panelText(portal)).to.include('Brenda');
    const paths = (await api.requests()).map((r) => r.path);
    expect(paths).to.not.include('/v1/portal/documents');
    expect(paths).to.not.include('/v1/portal/messages');

    const { portal: empty } = await signedIn({ grants: [] });
    expect(tabs(empty)).to.have.length(0);
    expect(shadow(empty).querySelector('[part=empty]')?.textContent).to.equal(
      'Nothing has been shared with you yet.',
    );
  });

  it('shows the feedback report with buyer names as the server sends them', async () => {
    const { portal } = await signedIn({
      feedback: [
        {
          id: 'fb_1',
          propertyId: 'prop_1',
          showingAt: '2025-05-01T10:00:00Z',
          buyerName: 'A prospective buyer',
          rating: null,
          comments: 'Too small.',
        },
        {
          id: 'fb_2',
          propertyId: 'prop_1',
          showingAt: '2025-05-02T10:00:00Z',
          buyerName: 'Brenda Buyer',
          rating: 5,
          comments: 'Loved it.',
        },
      ],
    });
    await openTab(portal, 'feedback');
    const rows = [...shadow(portal).querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).to.deep.equal([
      ['A prospective buyer', '—', 'Too small.'],
      ['Brenda Buyer', '5 of 5', 'Loved it.'],
    ]);
  });

  it('shows empty states', async () => {
    const { portal } = await signedIn({ documents: [], messages: [] });
    await loaded(portal);
    expect(panelText(portal)).to.equal('No documents have been shared with you yet.');
    await openTab(portal, 'messages');
    expect(panelText(portal)).to.include('No messages yet.');
  });

  it('lists messages oldest first and sends a new one, which lands at the bottom', async () => {
    const { portal, api } = await signedIn();
    await openTab(portal, 'messages');
    const bodies = () =>
      [...shadow(portal).querySelectorAll('[role=log] li p')].map((p) => p.textContent);
    expect(bodies()).to.deep.equal(['Any news this week?', 'Two showings booked for Saturday.']);

    const textarea = shadow(portal).querySelector('textarea')!;
    textarea.value = 'Can we lower the price?';
    const button = shadow(portal).querySelector<HTMLButtonElement>('[part~=button-primary]')!;
    button.click();
    await portal.updateComplete;
    expect(button.disabled).to.equal(true);
    expect(button.textContent?.trim()).to.equal('Sending…');

    await waitUntil(() => bodies().length === 3, 'the message never appeared');
    expect(bodies().at(-1)).to.equal('Can we lower the price?');
    expect(textarea.value).to.equal('');
    const sent = (await api.requests()).find(
      (r) => r.method === 'POST' && r.path === '/v1/portal/messages',
    );
    expect(sent?.body).to.deep.equal({ body: 'Can we lower the price?' });
    expect(sent?.authorization).to.equal('Bearer portal-access-1');
  });

  it('keeps the text in the box and says why when the agent turned access off', async () => {
    const { portal, api } = await signedIn();
    await openTab(portal, 'messages');
    await setPortal(api.url, { status: 'inactive' });
    const textarea = shadow(portal).querySelector('textarea')!;
    textarea.value = 'Are you still there?';
    shadow(portal).querySelector<HTMLButtonElement>('[part~=button-primary]')!.click();
    await waitUntil(() => shadow(portal).querySelector('[role=alert]'), 'the refusal never showed');
    const form = shadow(portal).querySelector('form')!;
    expect(form.querySelector('[role=alert]')?.textContent).to.include(
      'Your access was turned off by your agent; your message was not sent.',
    );
    expect(form.querySelector('textarea')!.value).to.equal('Are you still there?');
    expect(shadow(portal).querySelectorAll('[role=log] li')).to.have.length(2);
  });

  it('filters the activity feed by period', async () => {
    const { portal, api } = await signedIn();
    await openTab(portal, 'activity');
    const entries = () =>
      [...shadow(portal).querySelectorAll('[role=tabpanel] li span')].map(
        (span) => span.textContent,
      );
    expect(entries()).to.deep.equal(['Showing on Maple Street', 'Offer received']);

    const select = shadow(portal).querySelector('select')!;
    for (const [days, expected] of [
      ['7', ['Showing on Maple Street']],
      ['90', ['Showing on Maple Street', 'Offer received', 'Listing agreement signed']],
    ] as const) {
      select.value = days;
      select.dispatchEvent(new Event('change'));
      await portal.updateComplete;
      await loaded(portal);
      expect(entries()).to.deep.equal(expected);
    }
    const loads = (await api.requests()).filter((r) => r.path === '/v1/portal/activity');
    expect(loads).to.have.length(3);
  });

  it('moves between tabs with the arrow keys, Home and End (roving tabindex)', async () => {
    const { portal } = await signedIn();
    const [documents, feedback, messages, activity] = tabs(portal);
    documents!.focus();
    expect(tabs(portal).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1]);

    await sendKeys({ press: 'ArrowRight' });
    await portal.updateComplete;
    expect(shadow(portal).activeElement).to.equal(feedback);
    expect(feedback!.getAttribute('aria-selected')).to.equal('true');
    expect(tabs(portal).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
    expect(
      shadow(portal).querySelector('[role=tabpanel]')!.getAttribute('aria-labelledby'),
    ).to.equal('tab-feedback');

    await sendKeys({ press: 'End' });
    await portal.updateComplete;
    expect(shadow(portal).activeElement).to.equal(activity);
    await sendKeys({ press: 'ArrowRight' });
    await portal.updateComplete;
    expect(shadow(portal).activeElement).to.equal(documents);
    await sendKeys({ press: 'ArrowLeft' });
    await portal.updateComplete;
    expect(shadow(portal).activeElement).to.equal(activity);
    await sendKeys({ press: 'Home' });
    await portal.updateComplete;
    expect(shadow(portal).activeElement).to.equal(documents);
    expect(messages!.getAttribute('aria-selected')).to.equal('false');
  });

  it('signs out from its button: the login form comes back', async () => {
    const { login, portal } = await signedIn();
    const loggedOut = oneEvent(login, 'signport-logout');
    [...shadow(portal).querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Sign out')!
      .click();
    expect((await loggedOut).detail).to.deep.equal({ reason: 'signed_out' });
    await login.updateComplete;
    expect(Boolean(login.querySelector('input[name=username]'))).to.equal(true);
  });

  it('placed elsewhere on the page, takes the session from signport-login and says when it has been signed out', async () => {
    const { api, login } = await signedIn();
    await login.signOut();
    const page = await fixture(
      html`<div>
        <client-portal-login api=${api.url} account=${PORTAL_ACCOUNT}></client-portal-login>
        <client-portal></client-portal>
      </div>`,
    );
    const [otherLogin, portal] = [
      page.querySelector('client-portal-login')!,
      page.querySelector('client-portal')!,
    ];
    otherLogin.addEventListener(
      'signport-login',
      (event) => (portal.session = event.detail.session),
    );
    await formReady(otherLogin);
    otherLogin.querySelector<HTMLInputElement>('[name=username]')!.value = PORTAL_USERNAME;
    otherLogin.querySelector<HTMLInputElement>('[name=password]')!.value = PORTAL_PASSWORD;
    otherLogin.querySelector('form')!.requestSubmit();
    await oneEvent(otherLogin, 'signport-login');
    await portal.updateComplete;
    await loaded(portal);

    await setPortal(api.url, { status: 'inactive' });
    const loggedOut = oneEvent(otherLogin, 'signport-logout');
    await openTab(portal, 'feedback');
    expect((await loggedOut).detail.reason).to.equal('expired');
    await portal.updateComplete;
    expect(shadow(portal).querySelector('[part=signed-out]')?.textContent).to.equal(
      'You have been signed out.',
    );
  });

  it('is axe-clean with each section open', async () => {
    const { portal } = await signedIn();
    await loaded(portal);
    for (const tab of ['documents', 'feedback', 'messages', 'activity']) {
      await openTab(portal, tab);
      await expect(portal).to.be.accessible();
    }
  });
});
