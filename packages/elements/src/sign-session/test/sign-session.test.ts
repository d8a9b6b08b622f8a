import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { buyerView, button, control, inside, loaded } from './party-fixture.js';

async function mount(token = 'party-token') {
  const api = createTestApi();
  await api.party({ view: buyerView() });
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} token=${token}></sign-session>`,
  );
  await loaded(element);
  return { api, element };
}

function boxOf(element: SignSession, fieldId: string): HTMLElement {
  return inside(element).querySelector<HTMLElement>(`[data-field="${fieldId}"]`)!;
}

describe('<sign-session>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('loads the party view with the party token, then shows each page with its fields where they sit', async () => {
    const api = createTestApi();
    await api.party({ view: buyerView() });
    const element = await fixture<SignSession>(
      html`<sign-session api=${api.url} token="party-token"></sign-session>`,
    );
    expect(inside(element).querySelector('[part=status]')?.getAttribute('aria-busy')).to.equal(
      'true',
    );
    await loaded(element);

    expect((await api.requests()).map((r) => [r.method, r.path, r.authorization])).to.deep.equal([
      ['GET', '/v1/party', 'Bearer party-token'],
    ]);
    const pages = inside(element).querySelectorAll<HTMLElement>('[part~=page]');
    expect(pages.length).to.equal(2);
    expect(pages[0]!.getAttribute('aria-label')).to.equal('Page 1 of 2');
    expect(pages[0]!.textContent).to.contain('Purchase agreement between the parties.');
    const image = pages[0]!.querySelector('img')!;
    expect(image.getAttribute('loading')).to.equal('lazy');
    // A relative image URL and a rooted one are both paths on the API server.
    expect(image.src).to.equal(`${api.url}/v1/party/pages/1`);
    expect(pages[1]!.querySelector('img')!.src).to.equal(`${api.url}/v1/party/pages/2`);
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the page image never loaded');

    const page = pages[0]!.getBoundingClientRect();
    expect(page.height / page.width).to.be.closeTo(792 / 612, 0.01);
    const name = boxOf(element, 'buyer_name').getBoundingClientRect();
    expect((name.left - page.left) / page.width).to.be.closeTo(0.1, 0.005);
    expect((name.top - page.top) / page.height).to.be.closeTo(0.2, 0.005);
    expect(name.width / page.width).to.be.closeTo(0.4, 0.005);
    expect(name.height / page.height).to.be.closeTo(0.03, 0.005);
    expect(pages[1]!.contains(boxOf(element, 'buyer_signature'))).to.equal(true);

    expect(control(element, 'buyer_name').getAttribute('aria-label')).to.equal('Buyer name');
    expect(control(element, 'buyer_email').type).to.equal('email');
    expect(control(element, 'financing').tagName).to.equal('SELECT');
    expect(control(element, 'inspection').type).to.equal('checkbox');
    expect(control(element, 'buyer_signature').textContent?.trim()).to.equal('Sign');
    expect(boxOf(element, 'signed_on').textContent?.trim()).to.equal('Filled on signing');

    const others = inside(element).querySelectorAll('[part~=other-value]');
    expect([...others].map((other) => other.textContent?.trim())).to.include('Sam Seller');
    expect(inside(element).querySelector('[part~=other-value] img')?.getAttribute('alt')).to.equal(
      'Signature by Sam Seller',
    );
    expect(inside(element).querySelector('[part~=other-value] input')).to.equal(null);
  });

  it('announces it is ready with the session and party ids', async () => {
    const api = createTestApi();
    const view = buyerView();
    await api.party({ view });
    const element = document.createElement('sign-session');
    element.api = api.url;
    element.token = 'party-token';
    const ready = oneEvent(element, 'signport-ready');
    document.body.append(element);
    const event = await ready;
    expect(event.detail).to.deep.equal({ sessionId: view.session.id, partyId: 'pty_buyer' });
    element.remove();
  });

  it('shows a locked field read-only, marked and described as locked', async () => {
    const { element } = await mount();
    const price = control(element, 'price');
    expect(price.readOnly).to.equal(true);
    expect(price.value).to.equal('450000');
    expect(boxOf(element, 'price').getAttribute('part')).to.contain('field-locked');
    const description = inside(element).getElementById(price.getAttribute('aria-describedby')!);
    expect(description?.textContent).to.equal('Locked: the sender set this value');
  });

  it('moves focus to each missing required field in reading order, and counts progress', async () => {
    const { element } = await mount();
    const progress = () => inside(element).querySelector('[part=progress]')!.textContent!.trim();
    expect(progress()).to.equal('0 of 3 required fields done');

    button(element, 'Start').click();
    await waitUntil(
      () => inside(element).activeElement === control(element, 'buyer_name'),
      'the first required field never got focus',
    );
    await element.updateComplete;
    button(element, 'Go to field').click();
    await waitUntil(() => inside(element).activeElement === control(element, 'financing'));
    button(element, 'Go to field').click();
    await waitUntil(() => inside(element).activeElement === control(element, 'buyer_signature'));
    await waitUntil(() => {
      const signature = control(element, 'buyer_signature').getBoundingClientRect();
      return signature.top >= 0 && signature.bottom <= innerHeight;
    }, 'the signature field was never scrolled into view');

    const financing = control<HTMLSelectElement>(element, 'financing');
    financing.value = 'Loan';
    financing.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(progress()).to.equal('1 of 3 required fields done');
    // From the signature it wraps round to the first still missing.
    button(element, 'Go to field').click();
    await waitUntil(() => inside(element).activeElement === control(element, 'buyer_name'));
  });

  it('shows the expired-link message instead of the form when the token is refused', async () => {
    const api = createTestApi();
    await api.party({ view: buyerView() });
    const element = await fixture<SignSession>(
      html`<sign-session api=${api.url} token="expired-token"></sign-session>`,
    );
    const failed = oneEvent(element, 'signport-error');
    await loaded(element);
    expect((await failed).detail.code).to.equal('token_expired');
    expect(inside(element).querySelector('[part=notice]')?.textContent).to.contain(
      'This signing link has expired',
    );
    expect(inside(element).querySelector('input')).to.equal(null);
  });

  it('says the sender voided it when a voided session’s link is refused', async () => {
    const api = createTestApi();
    await api.party({ view: buyerView() });
    const element = await fixture<SignSession>(
      html`<sign-session api=${api.url} token="voided-token"></sign-session>`,
    );
    const failed = oneEvent(element, 'signport-error');
    await loaded(element);
    expect((await failed).detail.code).to.equal('session_voided');
    expect(inside(element).querySelector('[part=notice]')?.textContent).to.contain(
      'The sender cancelled this document',
    );
  });

  for (const [status, expected] of [
    ['voided', 'The sender cancelled this document'],
    ['completed', 'Everyone has signed'],
    ['expired', 'This signing link has expired'],
  ] as const) {
    it(`shows a clear message instead of the form when the session is ${status}`, async () => {
      const api = createTestApi();
      const view = buyerView();
      await api.party({ view: { ...view, session: { ...view.session, status } } });
      const element = await fixture<SignSession>(
        html`<sign-session api=${api.url} token="t"></sign-session>`,
      );
      await loaded(element);
      expect(inside(element).querySelector('[part=notice]')?.textContent).to.contain(expected);
      expect(inside(element).querySelector('input')).to.equal(null);
    });
  }

  it('is axe-clean on the loaded form', async () => {
    const { element } = await mount();
    await expect(element).to.be.accessible();
  });

  it('fits a 375 px wide screen: the fields scale with the zoomed page, which scrolls inside the element, and the signature pad fits', async () => {
    await setViewport({ width: 375, height: 700 });
    const { element } = await mount();
    const page = inside(element).querySelector('[part~=page]')!.getBoundingClientRect();
    expect(page.width).to.be.at.least(300);
    const name = boxOf(element, 'buyer_name').getBoundingClientRect();
    expect(name.width / page.width).to.be.closeTo(0.4, 0.005);
    expect(document.documentElement.scrollWidth).to.be.at.most(375);

    control(element, 'buyer_signature').click();
    const dialog = inside(element).querySelector<HTMLDialogElement>(
      'dialog[part~=signature-dialog]',
    )!;
    await waitUntil(() => dialog.open);
    const pad = dialog.querySelector('canvas')!.getBoundingClientRect();
    expect(pad.left).to.be.at.least(0);
    expect(pad.right).to.be.at.most(375);
    expect(pad.width).to.be.at.least(250);
    expect(dialog.getBoundingClientRect().bottom).to.be.at.most(700);
  });
});
