import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { createTestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { buyerView, control, inside, loaded, typeInto } from './party-fixture.js';

// Who sends, what to do next, and on a phone one field at a time: what a party sees before
// trusting the page with their signature.

async function mount() {
  const api = createTestApi();
  await api.party({ view: buyerView() });
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} token="party-token"></sign-session>`,
  );
  await loaded(element);
  // The phone mode follows the element's width, measured after the first layout.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
  return element;
}

const text = (element: SignSession, selector: string) =>
  inside(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const part = <T extends HTMLElement = HTMLButtonElement>(element: SignSession, name: string) =>
  inside(element).querySelector<T>(`[part~=${name}]`)!;
const focusedField = (element: SignSession) =>
  inside(element).activeElement?.closest('[data-field]')?.getAttribute('data-field');

describe('<sign-session> header, guide and phone mode', function () {
  this.timeout(20_000);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('names the sender, their brokerage and the document, with the sender’s logo', async () => {
    const element = await mount();
    expect(text(element, '[part~=sender] h2')).to.equal('Purchase agreement');
    expect(text(element, '[part~=sender] .from')).to.equal('From Betty Broker · Shoreline Realty');
    const logo = part<HTMLImageElement>(element, 'sender-logo');
    expect(logo.tagName).to.equal('IMG');
    expect(logo.getAttribute('alt')).to.equal('');
    expect(logo.src).to.match(/^data:image\/png/);
  });

  it('shows initials on the sender’s colour when they have no logo', async () => {
    const api = createTestApi();
    const view = buyerView();
    const { logoUrl: _none, ...sender } = view.session.sender;
    await api.party({ view: { ...view, session: { ...view.session, sender } } });
    const element = await fixture<SignSession>(
      html`<sign-session api=${api.url} token="party-token"></sign-session>`,
    );
    await loaded(element);
    const logo = part(element, 'sender-logo');
    expect(logo.tagName).to.equal('SPAN');
    expect(logo.textContent).to.equal('BB');
    expect(getComputedStyle(logo).backgroundColor).to.equal('rgb(15, 118, 110)');
  });

  it('says what to do next: how many fields are left and which comes next, then to finish', async () => {
    const element = await mount();
    expect(text(element, '[part~=guide]')).to.equal('3 fields left: next is Buyer name on page 1');
    typeInto(control(element, 'buyer_name'), 'Bea Buyer');
    await element.updateComplete;
    expect(text(element, '[part~=guide]')).to.equal('2 fields left: next is Financing on page 1');
    const financing = control<HTMLSelectElement>(element, 'financing');
    financing.value = 'Cash';
    financing.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(text(element, '[part~=guide]')).to.equal('1 field left: Buyer signature on page 2');
    expect(part(element, 'stepper')).to.equal(null);
  });

  it('offers one path in the header: the guide ends in the only button, which goes to the next field', async () => {
    const element = await mount();
    const header = part(element, 'header');
    const buttons = [...header.querySelectorAll('button')].filter(
      (button) => button.getBoundingClientRect().height > 0,
    );
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal(['Start']);
    const guide = part(element, 'guide').getBoundingClientRect();
    const start = buttons[0]!.getBoundingClientRect();
    // On the guide's row, after its words.
    expect(start.left).to.be.at.least(guide.right);
    expect(Math.abs(start.top + start.height / 2 - (guide.top + guide.height / 2))).to.be.below(4);
    buttons[0]!.click();
    await waitUntil(() => focusedField(element) === 'buyer_name');
    await element.updateComplete;
    expect(header.querySelector('.next')!.textContent!.trim()).to.equal('Go to field');
  });

  it('on a 390 × 844 phone: a compact header, fields a finger high, and Next / Previous field by field', async () => {
    await setViewport({ width: 390, height: 844 });
    // Scrolls jump rather than glide, so where a field lands is measured, not a moment of the glide.
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await mount();
    const header = part(element, 'header').getBoundingClientRect();
    expect(header.height).to.be.at.most(844 * 0.15);
    // The guide is one short line, and the stepper below replaces the header's button.
    const guide = part<HTMLParagraphElement>(element, 'guide');
    expect(text(element, '[part~=guide]')).to.equal('3 left · next: Buyer name, p. 1');
    expect(guide.getBoundingClientRect().height).to.be.below(
      1.5 * parseFloat(getComputedStyle(guide).lineHeight),
    );
    expect(getComputedStyle(inside(element).querySelector('.next')!).display).to.equal('none');
    // Zoomed: a text field is a comfortable tap target; the page scrolls sideways inside the element.
    expect(boxOf(element, 'buyer_name').height).to.be.at.least(44);
    expect(document.documentElement.scrollWidth).to.be.at.most(390);

    const stepper = part(element, 'stepper');
    const previous = part(element, 'step-previous');
    const next = part(element, 'step-next');
    for (const control of [previous, next])
      expect(control.getBoundingClientRect().height).to.be.at.least(44);
    expect(stepper.getBoundingClientRect().bottom).to.be.at.most(844);

    next.click();
    await waitUntil(
      () => focusedField(element) === 'buyer_name',
      'Next did not go to the first field',
    );
    // Wider than the screen once zoomed, it opens at its start with the page to its left showing.
    expect(boxOf(element, 'buyer_name').width).to.be.above(390);
    expect(revealed(element, 'buyer_name'), 'Buyer name opened cut at its left').to.equal(true);
    await element.updateComplete;
    expect(text(element, '[part~=stepper] .where')).to.equal('Buyer name Field 1 of 6');
    expect(previous.disabled).to.equal(true);

    next.click();
    await waitUntil(() => focusedField(element) === 'buyer_email');
    next.click();
    await waitUntil(() => focusedField(element) === 'financing');
    await element.updateComplete;
    expect(text(element, '[part~=stepper] .where')).to.equal('Financing Field 3 of 6');
    expect(revealed(element, 'financing'), 'Financing opened cut at its left').to.equal(true);
    // The current field stays in view, under the header and above the bar.
    const current = boxOf(element, 'financing');
    expect(current.top).to.be.at.least(header.bottom - 1);
    expect(current.bottom).to.be.at.most(stepper.getBoundingClientRect().top + 1);

    previous.click();
    await waitUntil(() => focusedField(element) === 'buyer_email', 'Previous did not go back');
    await element.updateComplete;
    expect(text(element, '[part~=stepper] .where')).to.equal('Buyer email Field 2 of 6');
    await expect(element).to.be.accessible();
  });
});

/** Whether a field shows from its start, with at least a tenth of the screen of page to its left. */
function revealed(element: SignSession, fieldId: string): boolean {
  const pages = part(element, 'document').getBoundingClientRect();
  const field = boxOf(element, fieldId);
  return field.left >= pages.left + pages.width * 0.1 && field.left < pages.right - 44;
}

function boxOf(element: SignSession, fieldId: string): DOMRect {
  return inside(element).querySelector(`[data-field="${fieldId}"]`)!.getBoundingClientRect();
}
