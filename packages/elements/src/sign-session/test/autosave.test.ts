import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PartyView } from '@signport/core/client';
import { createTestApi } from '../../../test/test-api.js';
import type { TestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { buyerView, control, inside, loaded, typeInto } from './party-fixture.js';

async function mount(api: TestApi) {
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} token="party-token"></sign-session>`,
  );
  await loaded(element);
  return element;
}

const saveStatus = (element: SignSession) =>
  inside(element).querySelector('[part=save-status]')!.textContent!.replace(/\s+/g, ' ').trim();

async function patches(api: TestApi) {
  return (await api.requests())
    .filter((request) => request.method === 'PATCH')
    .map((request) => request.body);
}

describe('<sign-session> autosave', function () {
  // Saves wait for a pause in typing, and retries back off by seconds.
  this.timeout(10_000);
  let view: PartyView;
  let api: TestApi;

  beforeEach(async () => {
    view = buyerView();
    api = createTestApi();
    await api.party({ view });
  });

  it('saves what the party types once typing pauses, then shows when it was saved', async () => {
    const element = await mount(api);
    const saved = oneEvent(element, 'signport-save');
    typeInto(control(element, 'buyer_name'), 'Bea');
    typeInto(control(element, 'buyer_name'), 'Bea Buyer');
    const financing = control<HTMLSelectElement>(element, 'financing');
    financing.value = 'Loan';
    financing.dispatchEvent(new Event('change'));

    const { detail } = await saved;
    expect(detail.fieldIds).to.have.members(['buyer_name', 'financing']);
    expect(await patches(api)).to.deep.equal([
      { values: { buyer_name: 'Bea Buyer', financing: 'Loan' } },
    ]);
    await element.updateComplete;
    expect((await api.requests()).at(-1)?.authorization).to.equal('Bearer party-token');
    const time = new Date(detail.savedAt).toLocaleTimeString(undefined, {
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(saveStatus(element)).to.equal(`Saved ${time}`);
  });

  it('saves at once when the party leaves a field', async () => {
    const element = await mount(api);
    const started = performance.now();
    typeInto(control(element, 'buyer_email'), 'bea@example.com');
    control(element, 'buyer_email').blur();
    await oneEvent(element, 'signport-save');
    // Well before the pause after typing would have triggered it.
    expect(performance.now() - started).to.be.below(600);
    expect(await patches(api)).to.deep.equal([{ values: { buyer_email: 'bea@example.com' } }]);
  });

  it('shows the server’s refusal next to the field it concerns, and still saves the others', async () => {
    await api.party({ view, lockedFieldIds: ['buyer_email'] });
    const element = await mount(api);
    typeInto(control(element, 'buyer_email'), 'bea@example.com');
    typeInto(control(element, 'buyer_name'), 'Bea Buyer');

    await waitUntil(
      () => inside(element).querySelector('[data-field=buyer_email] [part~=field-error]'),
      'no error next to the field',
    );
    const error = inside(element).querySelector('[data-field=buyer_email] [part~=field-error]')!;
    expect(error.textContent).to.equal('This field is locked');
    expect(control(element, 'buyer_email').getAttribute('aria-invalid')).to.equal('true');
    expect(control(element, 'buyer_email').getAttribute('aria-describedby')).to.contain(error.id);
    await waitUntil(
      async () => (await patches(api)).length === 2,
      'the other value was never saved',
    );
    expect((await patches(api))[1]).to.deep.equal({ values: { buyer_name: 'Bea Buyer' } });
    expect(control(element, 'buyer_email').value).to.equal('bea@example.com');
  });

  it('sends what typing still holds with a keepalive request as the page goes away', async () => {
    const sent: RequestInit[] = [];
    const realFetch = window.fetch;
    // Recorded before the element makes its API client, which keeps the fetch it finds.
    window.fetch = (input, init) => (init && sent.push(init), realFetch(input, init));
    try {
      const element = await mount(api);
      typeInto(control(element, 'buyer_name'), 'Bea Buyer');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      // The page is gone: nothing else, such as the pause after typing, saves.
      element.autosave.stop();
      await waitUntil(async () => (await patches(api)).length === 1, 'nothing was sent');
      const [request] = (await api.requests()).filter((received) => received.method === 'PATCH');
      expect(request?.body).to.deep.equal({ values: { buyer_name: 'Bea Buyer' } });
      expect(request?.authorization).to.equal('Bearer party-token');
      expect(
        sent.filter((init) => init.method === 'PATCH').map((init) => init.keepalive),
      ).to.deep.equal([true]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('says "Not saved" while the connection is down and saves once it is back', async () => {
    const online = await mount(api);
    await api.scenario({ drop: true });
    typeInto(control(online, 'buyer_name'), 'Bea Buyer');
    await waitUntil(
      () => saveStatus(online).startsWith('Not saved — retrying'),
      'no "Not saved" state',
      { timeout: 4000 },
    );

    await api.scenario({});
    const saved = oneEvent(online, 'signport-save');
    await saved;
    await online.updateComplete;
    expect(saveStatus(online)).to.match(/^Saved /);
    expect((await patches(api)).at(-1)).to.deep.equal({ values: { buyer_name: 'Bea Buyer' } });
    expect(control(online, 'buyer_name').value).to.equal('Bea Buyer');
  });

  it('keeps unsaved input on this device and restores and saves it after a reload', async () => {
    const first = await mount(api);
    await api.scenario({ drop: true });
    typeInto(control(first, 'buyer_name'), 'Bea Buyer');
    const financing = control<HTMLSelectElement>(first, 'financing');
    financing.value = 'Cash';
    financing.dispatchEvent(new Event('change'));
    await waitUntil(() => saveStatus(first).startsWith('Not saved'), 'no "Not saved" state', {
      timeout: 4000,
    });
    // Leaving the field tries once more, still offline; then the page goes away.
    const tries = (await patches(api)).length;
    control(first, 'buyer_name').blur();
    await waitUntil(
      async () => (await patches(api)).length > tries && first.autosave.state === 'retrying',
    );
    first.remove();

    await api.scenario({});
    const reloaded = document.createElement('sign-session');
    reloaded.api = api.url;
    reloaded.token = 'party-token';
    const saved = oneEvent(reloaded, 'signport-save');
    document.body.append(reloaded);
    await loaded(reloaded);
    expect(control(reloaded, 'buyer_name').value).to.equal('Bea Buyer');
    expect(control<HTMLSelectElement>(reloaded, 'financing').value).to.equal('Cash');
    expect((await saved).detail.fieldIds).to.have.members(['buyer_name', 'financing']);
    expect((await patches(api)).at(-1)).to.deep.equal({
      values: { buyer_name: 'Bea Buyer', financing: 'Cash' },
    });

    // Acknowledged values leave the device.
    expect(localStorage.getItem(`signport-draft:${view.session.id}:pty_buyer`)).to.equal(null);
    reloaded.remove();
  });
});
