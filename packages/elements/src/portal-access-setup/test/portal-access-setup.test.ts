import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createTestApi } from '../../../test/test-api.js';
import type { TestApi } from '../../../test/test-api.js';
import { setPortal } from '../../../test/api/portal-fixture.js';
import type { PortalLoginProfileOption, PortalAccessSetup } from '../portal-access-setup.js';
import '../portal-access-setup.js';

async function mount(api: TestApi, profiles: PortalLoginProfileOption[] = []) {
  const setup = await fixture<PortalAccessSetup>(html`
    <portal-access-setup api=${api.url} token="agent-token" client-id="cli_olivia" .profiles=${profiles}></portal-access-setup>
  `);
  await waitUntil(() => setup.shadowRoot!.querySelector('form'), 'the settings never loaded');
  return setup;
}

function $(setup: PortalAccessSetup, selector: string): HTMLElement {
  return setup.shadowRoot!.querySelector<HTMLElement>(selector)!;
}

function button(setup: PortalAccessSetup, label: string): HTMLButtonElement {
  return [...setup.shadowRoot!.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === label,
  )!;
}

function checked(setup: PortalAccessSetup, name: string): string[] {
  return [
    ...setup.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`),
  ].map((i) => i.value);
}

async function settle(setup: PortalAccessSetup): Promise<void> {
  await setup.updateComplete;
  await waitUntil(
    () => !setup.shadowRoot!.querySelector('button[disabled][type=submit]'),
    'the request never finished',
  );
  await setup.updateComplete;
}

describe('<portal-access-setup>', () => {
  it('sets up a new login: username defaults to the email, grants and buyer names as chosen', async () => {
    const api = createTestApi();
    const setup = await mount(api);
    expect(checked(setup, 'grants')).to.deep.equal([
      'documents',
      'feedback',
      'messages',
      'activity',
    ]);
    expect(checked(setup, 'buyerNameDisplay')).to.deep.equal(['first_name']);
    expect($(setup, '#username-hint').textContent).to.equal(
      "Leave empty to use the client's email address.",
    );

    (setup.shadowRoot!.querySelector('input[value=offers]') as HTMLInputElement).click();
    (setup.shadowRoot!.querySelector('input[value=hidden]') as HTMLInputElement).click();
    const saved = oneEvent(setup, 'signport-portal-access-save');
    button(setup, 'Save').click();
    const { detail } = await saved;
    await settle(setup);

    const put = (await api.requests()).find((r) => r.method === 'PUT')!;
    expect(put.authorization).to.equal('Bearer agent-token');
    expect(put.body).to.deep.equal({
      profile: { mode: 'new' },
      grants: ['documents', 'feedback', 'offers', 'messages', 'activity'],
      buyerNameDisplay: 'hidden',
    });
    expect(detail.username).to.equal('olivia@example.com');
    expect($(setup, '[part=notice]').textContent).to.equal('Saved.');
    expect(setup.shadowRoot!.textContent).to.include('Login: olivia@example.com');
    expect(setup.shadowRoot!.textContent).to.include('Not invited yet.');
  });

  it('shows the server’s field error next to the username', async () => {
    const api = createTestApi();
    const setup = await mount(api);
    (setup.shadowRoot!.querySelector('#username') as HTMLInputElement).value = 'taken@example.com';
    button(setup, 'Save').click();
    await settle(setup);

    expect($(setup, '#username').getAttribute('aria-invalid')).to.equal('true');
    expect($(setup, '#username-error').textContent).to.equal(
      'This username is already used by another client',
    );
    expect($(setup, '#username').getAttribute('aria-describedby')).to.include('username-error');
  });

  it('sends the login email once saved, and says where it went', async () => {
    const api = createTestApi();
    const setup = await mount(api);
    expect(button(setup, 'Send Login Email').disabled).to.equal(true);
    button(setup, 'Save').click();
    await settle(setup);

    const invited = oneEvent(setup, 'signport-portal-invite');
    button(setup, 'Send Login Email').click();
    const { detail } = await invited;
    await settle(setup);

    expect(detail.sentTo).to.equal('olivia@example.com');
    expect($(setup, '[part=notice]').textContent).to.match(
      /^Login email sent to olivia@example\.com\. The link works once, until .+\.$/,
    );
    expect(setup.shadowRoot!.textContent).to.match(/Invited on .+; not activated yet\./);
    expect((await api.requests()).at(-1)).to.include({
      method: 'POST',
      path: '/v1/clients/cli_olivia/portal-access/invite',
    });
  });

  it('loads existing settings and saves changes against the same login profile', async () => {
    const api = createTestApi();
    await setPortal(api.url, {
      access: {
        clientId: 'cli_olivia',
        loginProfileId: 'lp_shared',
        username: 'olivia.o',
        grants: ['documents'],
        buyerNameDisplay: 'full_name',
        state: 'active',
        invitedAt: '2025-05-01T10:00:00Z',
        activatedAt: '2025-05-02T10:00:00Z',
      },
    });
    const setup = await mount(api);
    expect(checked(setup, 'grants')).to.deep.equal(['documents']);
    expect(checked(setup, 'buyerNameDisplay')).to.deep.equal(['full_name']);
    expect(setup.shadowRoot!.textContent).to.include('Login: olivia.o');
    expect(setup.shadowRoot!.textContent).to.match(/Active since /);

    button(setup, 'Save').click();
    await settle(setup);
    const put = (await api.requests()).find((r) => r.method === 'PUT')!;
    expect(put.body).to.deep.include({
      profile: { mode: 'existing', loginProfileId: 'lp_shared' },
    });
  });

  it('reuses another client’s login profile when the host offers one', async () => {
    const api = createTestApi();
    const setup = await mount(api, [
      { id: 'lp_co_owner', label: 'Oscar Owner (oscar@example.com)' },
    ]);
    (setup.shadowRoot!.querySelectorAll('input[name=profile]')[1] as HTMLInputElement).click();
    await setup.updateComplete;
    expect(setup.shadowRoot!.querySelector('#username')).to.equal(null);
    button(setup, 'Save').click();
    await settle(setup);

    const put = (await api.requests()).find((r) => r.method === 'PUT')!;
    expect(put.body).to.deep.include({
      profile: { mode: 'existing', loginProfileId: 'lp_co_owner' },
    });
  });

  it('is axe-clean, also with a field error', async () => {
    const api = createTestApi();
    const setup = await mount(api, [{ id: 'lp_co_owner', label: 'Oscar Owner' }]);
    await expect(setup).to.be.accessible();
    (setup.shadowRoot!.querySelector('#username') as HTMLInputElement).value = 'bad name';
    button(setup, 'Save').click();
    await settle(setup);
    expect($(setup, '#username-error').textContent).to.equal('A username has no spaces');
    await expect(setup).to.be.accessible();
  });
});
