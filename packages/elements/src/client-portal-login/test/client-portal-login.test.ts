import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import type { TestApi } from '../../../test/test-api.js';
import {
  ACTIVATION_TOKEN,
  PORTAL_ACCOUNT,
  PORTAL_PASSWORD,
  PORTAL_USERNAME,
  RESET_TOKEN,
  setPortal,
} from '../../../test/api/portal-fixture.js';
import type { ClientPortalLogin } from '../client-portal-login.js';
import '../client-portal-login.js';
import '../../client-portal/client-portal.js';

async function mount(api: TestApi, attributes: { activation?: string; reset?: string } = {}) {
  const login = await fixture<ClientPortalLogin>(html`
    <client-portal-login
      api=${api.url}
      account=${PORTAL_ACCOUNT}
      activation-token=${attributes.activation ?? ''}
      reset-token=${attributes.reset ?? ''}
    >
      <client-portal></client-portal>
    </client-portal-login>
  `);
  // On load it first tries to resume a session from the refresh cookie (none here).
  await waitUntil(() => submitButton(login) && !submitButton(login).disabled, 'never ready');
  return login;
}

function input(login: ClientPortalLogin, name: string): HTMLInputElement {
  return login.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
}

function submitButton(login: ClientPortalLogin): HTMLButtonElement {
  return login.querySelector<HTMLButtonElement>('button[type=submit]')!;
}

function textOf(login: ClientPortalLogin, selector: string): string {
  return login.querySelector(selector)?.textContent?.trim() ?? '';
}

async function submit(login: ClientPortalLogin, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) input(login, name).value = value;
  login.querySelector('form')!.requestSubmit();
  await login.updateComplete;
  await waitUntil(() => !submitButton(login)?.disabled, 'the request never finished');
  await login.updateComplete;
}

describe('<client-portal-login>', () => {
  it('keeps its inputs in the light DOM of a real form, labelled, with autocomplete for password managers', async () => {
    const login = await mount(createTestApi());
    const form = login.querySelector('form')!;
    const username = input(login, 'username');
    const password = input(login, 'password');

    expect(username.getRootNode()).to.equal(document);
    expect(password.getRootNode()).to.equal(document);
    expect(username.form).to.equal(form);
    expect(username.autocomplete).to.equal('username');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.type).to.equal('password');
    expect(username.labels?.[0]?.textContent?.trim()).to.equal('Username');
    expect(password.labels?.[0]?.textContent?.trim()).to.equal('Password');
    // The form is shown through the element's slot, and the page's CSS cannot see inside the shadow root.
    expect(Boolean(login.shadowRoot!.querySelector('slot[name=form]'))).to.equal(true);
    expect(form.assignedSlot?.name).to.equal('form');
  });

  it('signs in on Enter, keeps the token in memory, emits signport-login and shows the portal', async () => {
    const api = createTestApi();
    const login = await mount(api);
    input(login, 'username').focus();
    await sendKeys({ type: PORTAL_USERNAME });
    input(login, 'password').focus();
    await sendKeys({ type: PORTAL_PASSWORD });
    const loggedIn = oneEvent(login, 'signport-login');
    await sendKeys({ press: 'Enter' });
    const { detail } = await loggedIn;

    expect(detail.client).to.deep.equal({ id: 'cli_olivia', name: 'Olivia Owner', type: 'owner' });
    const requests = await api.requests();
    const loginRequest = requests.find((r) => r.path === '/v1/portal/login')!;
    expect(loginRequest.body).to.deep.equal({
      accountId: PORTAL_ACCOUNT,
      username: PORTAL_USERNAME,
      password: PORTAL_PASSWORD,
    });
    expect(requests.find((r) => r.path === '/v1/portal/me')?.authorization).to.equal(
      'Bearer portal-access-1',
    );
    expect(localStorage.length + sessionStorage.length).to.equal(0);

    await login.updateComplete;
    expect(Boolean(login.shadowRoot!.querySelector('slot:not([name])'))).to.equal(true);
    expect(login.querySelectorAll('input')).to.have.length(0);
    const portal = login.querySelector('client-portal')!;
    await waitUntil(() =>
      portal.shadowRoot!.querySelector('h2')?.textContent?.includes('Olivia Owner'),
    );
  });

  it('shows a loading state on the submit button while signing in', async () => {
    const login = await mount(createTestApi());
    input(login, 'username').value = PORTAL_USERNAME;
    input(login, 'password').value = PORTAL_PASSWORD;
    login.querySelector('form')!.requestSubmit();
    await login.updateComplete;

    expect(submitButton(login).disabled).to.equal(true);
    expect(submitButton(login).textContent?.trim()).to.equal('Please wait…');
    await oneEvent(login, 'signport-login');
  });

  it("shows the server's message when the password is wrong, and stays signed out", async () => {
    const login = await mount(createTestApi());
    let signedIn = false;
    login.addEventListener('signport-login', () => (signedIn = true));
    const failed = oneEvent(login, 'signport-error');
    await submit(login, { username: PORTAL_USERNAME, password: 'not the password' });

    expect((await failed).detail.code).to.equal('unauthorized');
    expect(textOf(login, '[role=alert]')).to.equal('The username or password is incorrect.');
    expect(signedIn).to.equal(false);
    expect(submitButton(login).textContent?.trim()).to.equal('Sign in');
  });

  it('says how long to wait when the server locks the username (429 with Retry-After)', async () => {
    const login = await mount(createTestApi());
    for (let attempt = 0; attempt < 5; attempt++) {
      await submit(login, { username: PORTAL_USERNAME, password: `wrong ${attempt}` });
    }
    expect(textOf(login, '[role=alert]')).to.equal('The username or password is incorrect.');
    await submit(login, { username: PORTAL_USERNAME, password: PORTAL_PASSWORD });

    expect(textOf(login, '[role=alert]')).to.equal('Too many attempts, try again in 15 minutes.');
  });

  it('asks for the missing fields without calling the server', async () => {
    const api = createTestApi();
    const login = await mount(api);
    await submit(login, { username: '', password: '' });

    expect(input(login, 'username').getAttribute('aria-invalid')).to.equal('true');
    const describedBy = input(login, 'username').getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => textOf(login, `#${id}`)).join('')).to.equal(
      'Fill in this field.',
    );
    expect((await api.requests()).filter((r) => r.path === '/v1/portal/login')).to.have.length(0);
  });

  it('shows or hides the password', async () => {
    const login = await mount(createTestApi());
    const toggle = login.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    // A short label beside the input, named in full for screen readers, still a 44 px target.
    expect(toggle.textContent?.trim()).to.equal('Show');
    expect(toggle.getAttribute('aria-label')).to.equal('Show password');
    const box = toggle.getBoundingClientRect();
    expect(box.width).to.be.below(input(login, 'password').getBoundingClientRect().width);
    expect(Math.min(box.width, box.height)).to.be.at.least(44);
    toggle.click();
    await login.updateComplete;
    expect(input(login, 'password').type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await login.updateComplete;
    expect(input(login, 'password').type).to.equal('password');
  });

  it('answers a forgotten password with the same neutral message, known username or not', async () => {
    const api = createTestApi();
    const confirmations: string[] = [];
    for (const username of [PORTAL_USERNAME, 'nobody@example.com']) {
      const login = await mount(api);
      login.querySelector<HTMLButtonElement>('.spl-link')!.click();
      await login.updateComplete;
      expect(textOf(login, 'h2')).to.equal('Reset your password');
      expect(login.querySelector('.spl-link')?.textContent?.trim()).to.equal('Back to sign in');
      expect(input(login, 'username').autocomplete).to.equal('username');
      expect(Boolean(input(login, 'password'))).to.equal(false);
      await submit(login, { username });
      confirmations.push(textOf(login, '[role=status]'));
      expect(Boolean(input(login, 'username'))).to.equal(false);
    }

    expect(confirmations[0]).to.equal(
      'If that username exists, we have emailed it a link to choose a new password.',
    );
    expect(confirmations[1]).to.equal(confirmations[0]);
    const resets = (await api.requests()).filter((r) => r.path === '/v1/portal/password-reset');
    expect(resets.map((r) => r.body)).to.deep.equal([
      { accountId: PORTAL_ACCOUNT, username: PORTAL_USERNAME },
      { accountId: PORTAL_ACCOUNT, username: 'nobody@example.com' },
    ]);
  });

  describe('activation', () => {
    it('rates a weak password low and a passphrase high, as the client types', async () => {
      const login = await mount(createTestApi(), { activation: ACTIVATION_TOKEN });
      const password = input(login, 'password');
      expect(textOf(login, 'h2')).to.equal('Choose your password');
      expect(password.autocomplete).to.equal('new-password');
      expect(password.maxLength).to.be.at.least(64);
      const feedback = () => textOf(login, `#${password.id}-hint`).replace(/\s+/g, ' ');
      expect(password.getAttribute('aria-describedby')).to.include(`${password.id}-hint`);
      expect(feedback()).to.equal('At least 8 characters. A few unrelated words make it strong.');

      password.focus();
      await sendKeys({ type: 'password123' });
      await login.updateComplete;
      expect(feedback()).to.equal(
        'At least 8 characters. A few unrelated words make it strong. Strength: very weak. Avoid common passwords, sequences and repeated characters.',
      );

      password.value = '';
      await sendKeys({ type: 'violet tractor ocean 42' });
      await login.updateComplete;
      expect(feedback()).to.equal(
        'At least 8 characters. A few unrelated words make it strong. Strength: very strong.',
      );
    });

    it('refuses fewer than 8 characters and guessable passwords before calling the server', async () => {
      const api = createTestApi();
      const login = await mount(api, { activation: ACTIVATION_TOKEN });

      await submit(login, { password: 'Ab1!xyz' });
      expect(textOf(login, '[id$=-password-error]')).to.equal('Use at least 8 characters.');
      await submit(login, { password: 'abcdefgh123' });
      expect(textOf(login, '[id$=-password-error]')).to.equal(
        'Too easy to guess. Make it longer or less common.',
      );
      expect((await api.requests()).filter((r) => r.path === '/v1/portal/activate')).to.have.length(
        0,
      );
    });

    it('shows the server’s refusal of a breached password next to the password field', async () => {
      const api = createTestApi();
      const login = await mount(api, { activation: ACTIVATION_TOKEN });
      const failed = oneEvent(login, 'signport-error');
      await submit(login, { password: 'Manchester' });

      expect((await failed).detail.code).to.equal('password_too_common');
      const password = input(login, 'password');
      const error = login.querySelector(`#${password.id}-error`);
      expect(error?.textContent?.trim()).to.match(
        /^This password is one of the most common or breached/,
      );
      expect(password.getAttribute('aria-describedby')).to.include(error!.id);
      expect(password.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(login, '[role=alert]')).to.equal('', 'not a form-wide alert');
      expect(Boolean(login.session)).to.equal(false);
    });

    it('sets the password and signs the client in', async () => {
      const api = createTestApi();
      const login = await mount(api, { activation: ACTIVATION_TOKEN });
      const loggedIn = oneEvent(login, 'signport-login');
      await submit(login, { password: 'violet tractor ocean 42' });

      expect((await loggedIn).detail.client.name).to.equal('Olivia Owner');
      expect(
        (await api.requests()).find((r) => r.path === '/v1/portal/activate')?.body,
      ).to.deep.equal({
        token: ACTIVATION_TOKEN,
        password: 'violet tractor ocean 42',
      });
    });
  });

  it('sets a new password from a reset link, and explains a used link', async () => {
    const api = createTestApi();
    const login = await mount(api, { reset: RESET_TOKEN });
    expect(textOf(login, 'h2')).to.equal('Choose your password');
    const loggedIn = oneEvent(login, 'signport-login');
    await submit(login, { password: 'maple harbour lantern 7' });
    await loggedIn;

    const again = await mount(api, { reset: RESET_TOKEN });
    await submit(again, { password: 'maple harbour lantern 7' });
    expect(textOf(again, '[role=alert]')).to.equal(
      'This link has expired or was already used. Ask your agent for a new one.',
    );
    expect(Boolean(again.session)).to.equal(false);
  });

  it('refreshes the access token before it expires', async function () {
    this.timeout(12_000);
    const api = createTestApi();
    await setPortal(api.url, { accessTtlSeconds: 6 });
    const login = await mount(api);
    await submit(login, { username: PORTAL_USERNAME, password: PORTAL_PASSWORD });
    const refreshes = async () =>
      (await api.requests()).filter((r) => r.path === '/v1/portal/refresh').length;
    // One on load, to resume a session (there was none).
    expect(await refreshes()).to.equal(1);

    await waitUntil(async () => (await refreshes()) > 1, 'no refresh before expiry', {
      timeout: 9_000,
    });
    const refresh = (await api.requests()).filter((r) => r.path === '/v1/portal/refresh').at(-1)!;
    expect(refresh.body).to.deep.equal({ refreshToken: 'portal-refresh-1-0123456789' });
    expect(login.session?.ended).to.equal(false);
  });

  it('signs out when the server ends the session (client set inactive), once refreshing fails', async () => {
    const api = createTestApi();
    const login = await mount(api);
    await submit(login, { username: PORTAL_USERNAME, password: PORTAL_PASSWORD });
    const portal = login.querySelector('client-portal')!;
    await waitUntil(() => portal.shadowRoot!.querySelector('[role=tab]'));
    await setPortal(api.url, { status: 'inactive' });

    const loggedOut = oneEvent(login, 'signport-logout');
    portal.shadowRoot!.querySelector<HTMLButtonElement>('#tab-feedback')!.click();
    expect((await loggedOut).detail).to.deep.equal({ reason: 'expired' });
    await login.updateComplete;

    expect(textOf(login, '[role=status]')).to.equal('You have been signed out.');
    expect(Boolean(input(login, 'password'))).to.equal(true);
    const paths = (await api.requests()).map((r) => `${r.method} ${r.path}`);
    expect(paths.slice(-2)).to.deep.equal(['GET /v1/portal/feedback', 'POST /v1/portal/refresh']);
  });

  it('is axe-clean signing in, with an error and while activating', async () => {
    const api = createTestApi();
    const login = await mount(api);
    await expect(login).to.be.accessible();
    await submit(login, { username: PORTAL_USERNAME, password: 'wrong' });
    await expect(login).to.be.accessible();

    const activate = await mount(api, { activation: ACTIVATION_TOKEN });
    input(activate, 'password').focus();
    await sendKeys({ type: 'short' });
    await submit(activate, {});
    await expect(activate).to.be.accessible();
  });
});
