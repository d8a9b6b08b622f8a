import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createTestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { buyerView, button, inside, loaded, typeInto } from './party-fixture.js';

/** A slug of its own per test: the saved token is kept by API origin and slug, shared by test pages. */
const newSlug = () => `rental-application-${crypto.randomUUID().slice(0, 8)}`;
const storageKey = (slug: string) => `signport-form:${location.origin}:${slug}`;

async function mount(slug: string) {
  const api = createTestApi();
  await api.party({ view: buyerView() });
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} form=${slug}></sign-session>`,
  );
  await element.updateComplete;
  return { api, element };
}

const honeypot = (element: SignSession) =>
  inside(element).querySelector<HTMLInputElement>('input[name=website]')!;

describe('<sign-session form>', () => {
  it('starts the form on Start, keeps the party token for this browser and goes on as with a token', async () => {
    const slug = newSlug();
    const { api, element } = await mount(slug);
    expect(inside(element).querySelector('[part=form-start]')).to.not.equal(null);
    expect(await api.requests()).to.deep.equal([], 'nothing is asked before Start');

    const started = oneEvent(element, 'signport-form-start');
    button(element, 'Start').click();
    expect((await started).detail).to.deep.equal({ form: slug, resumed: false });
    await loaded(element);
    const requests = (await api.requests()).map((r) => [r.method, r.path, r.authorization, r.body]);
    expect(requests).to.deep.equal([
      ['POST', `/v1/forms/${slug}/sessions`, null, {}],
      ['GET', '/v1/party', 'Bearer form-token-1', undefined],
    ]);
    expect(localStorage.getItem(storageKey(slug))).to.equal('form-token-1');
    expect(inside(element).querySelector('[part~=page]')).to.not.equal(null);
  });

  it('offers to resume the saved application, or to start over', async () => {
    const slug = newSlug();
    localStorage.setItem(storageKey(slug), 'saved-token');
    const { api, element } = await mount(slug);
    expect(inside(element).querySelector('[part=form-start]')!.textContent).to.contain(
      'You have a saved application on this device.',
    );
    const resumed = oneEvent(element, 'signport-form-start');
    button(element, 'Resume your saved application').click();
    expect((await resumed).detail.resumed).to.equal(true);
    await loaded(element);
    expect((await api.requests()).map((r) => r.authorization)).to.deep.equal([
      'Bearer saved-token',
    ]);

    const other = newSlug();
    localStorage.setItem(storageKey(other), 'old-token');
    const second = await mount(other);
    button(second.element, 'Start over').click();
    await loaded(second.element);
    expect((await second.api.requests()).map((r) => [r.method, r.authorization])).to.deep.equal([
      ['POST', null],
      ['GET', 'Bearer form-token-1'],
    ]);
    expect(localStorage.getItem(storageKey(other))).to.equal('form-token-1');
  });

  it('goes back to the start, saying why, when the saved application is gone', async () => {
    const slug = newSlug();
    localStorage.setItem(storageKey(slug), 'expired-token');
    const { element } = await mount(slug);
    button(element, 'Resume your saved application').click();
    await waitUntil(() => !element.token, 'the dead token was kept');
    await element.updateComplete;
    const start = inside(element).querySelector('[part=form-start]')!;
    expect(start.querySelector('[role=alert]')!.textContent).to.contain('expired');
    expect(localStorage.getItem(storageKey(slug))).to.equal(null);
    button(element, 'Start');
  });

  it('has a honeypot that people and assistive technology never meet, sent only when filled', async () => {
    const slug = newSlug();
    const { api, element } = await mount(slug);
    const input = honeypot(element);
    expect(input.tabIndex).to.equal(-1);
    expect(input.closest('[aria-hidden=true]')).to.not.equal(null);
    expect(input.getBoundingClientRect().right).to.be.at.most(0, 'drawn off-screen');
    await expect(element).shadowDom.to.be.accessible();

    typeInto(input, 'http://spam.example');
    button(element, 'Start').click();
    await loaded(element);
    const [start] = await api.requests();
    expect(start!.body).to.deep.equal({ website: 'http://spam.example' });
  });

  it('asks whoever fills the form for their details and sends them with "Save and email me a link"', async () => {
    const slug = newSlug();
    const api = createTestApi();
    const view = buyerView();
    await api.party({ view: { ...view, party: { ...view.party, name: '', email: '' } } });
    const element = await fixture<SignSession>(
      html`<sign-session api=${api.url} form=${slug}></sign-session>`,
    );
    button(element, 'Start').click();
    await loaded(element);
    const details = inside(element).querySelector('[part=contact]')!;
    expect(details.textContent).to.contain('Your details');
    typeInto(details.querySelector<HTMLInputElement>('#contact-name')!, 'Vera Visitor');
    typeInto(details.querySelector<HTMLInputElement>('#contact-email')!, 'vera@example.com');
    button(element, 'Save and email me a link').click();
    await waitUntil(
      () => details.textContent?.includes('We emailed you a link'),
      'no confirmation',
    );
    const contact = (await api.requests()).find((r) => r.path === '/v1/party/contact');
    expect(contact).to.deep.include({
      method: 'PUT',
      authorization: 'Bearer form-token-1',
      body: { name: 'Vera Visitor', email: 'vera@example.com' },
    });
  });
});
