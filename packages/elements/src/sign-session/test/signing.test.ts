import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartyView } from '@signport/core/client';
import { createTestApi } from '../../../test/test-api.js';
import type { TestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { buyerView, button, control, inside, loaded, typeInto } from './party-fixture.js';

async function mount(api: TestApi) {
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} token="party-token"></sign-session>`,
  );
  await loaded(element);
  return element;
}

async function fillRequired(element: SignSession) {
  typeInto(control(element, 'buyer_name'), 'Bea Buyer');
  const financing = control<HTMLSelectElement>(element, 'financing');
  financing.value = 'Cash';
  financing.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

function signatureDialog(element: SignSession): HTMLDialogElement {
  return inside(element).querySelector('dialog[part~=signature-dialog]')!;
}

async function openSignatureDialog(element: SignSession, fieldId = 'buyer_signature') {
  control(element, fieldId).click();
  await waitUntil(() => signatureDialog(element).open, 'the signature dialog never opened');
  return signatureDialog(element);
}

/** Draws a stroke the way a pen does: pointer down, moves with the button held, up. */
async function drawOn(canvas: HTMLCanvasElement) {
  const box = canvas.getBoundingClientRect();
  const pointer = (type: string, x: number, y: number, buttons: number) =>
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      pointerId: 7,
      pointerType: 'pen',
      isPrimary: true,
      button: 0,
      buttons,
      pressure: buttons ? 0.5 : 0,
      clientX: box.left + box.width * x,
      clientY: box.top + box.height * y,
    });
  canvas.dispatchEvent(pointer('pointerdown', 0.1, 0.6, 1));
  for (const [x, y] of [
    [0.25, 0.3],
    [0.4, 0.7],
    [0.55, 0.3],
    [0.7, 0.7],
    [0.85, 0.4],
  ] as const) {
    // signature_pad throttles moves to one per 16 ms.
    await new Promise((resolve) => setTimeout(resolve, 20));
    canvas.dispatchEvent(pointer('pointermove', x, y, 1));
  }
  canvas.dispatchEvent(pointer('pointerup', 0.85, 0.4, 0));
}

async function completeRequest(api: TestApi) {
  const request = (await api.requests()).find((r) => r.path === '/v1/party/complete');
  return request?.body as {
    consent: unknown;
    signatures: Record<string, string>;
    values: Record<string, unknown>;
  };
}

function isPng(dataUrl: string | undefined): boolean {
  return typeof dataUrl === 'string' && dataUrl.startsWith('data:image/png;base64,iVBORw0KGgo');
}

describe('<sign-session> signing', function () {
  this.timeout(10_000);
  let view: PartyView;
  let api: TestApi;

  beforeEach(async () => {
    view = buyerView();
    api = createTestApi();
    await api.party({ view });
  });

  it('signs with a drawn signature and sends it as a PNG with complete, then shows the download', async () => {
    await api.party({ view, documentUrl: '/v1/sessions/ses_1/document.pdf' });
    const element = await mount(api);
    await fillRequired(element);
    const dialog = await openSignatureDialog(element);
    button(element, 'Apply').click();
    await element.updateComplete;
    expect(dialog.querySelector('[part=error]')?.textContent).to.equal(
      'Draw or type your signature first.',
    );

    await drawOn(dialog.querySelector('canvas')!);
    button(element, 'Apply').click();
    await waitUntil(() => !dialog.open);
    const stamped = control(element, 'buyer_signature').querySelector('img');
    expect(isPng(stamped?.getAttribute('src') ?? undefined)).to.equal(true);
    await waitUntil(
      () => inside(element).activeElement?.id === 'field-buyer_signature',
      'focus did not go back to the signature field',
    );

    const completed = oneEvent(element, 'signport-complete');
    button(element, 'Finish and sign').click();
    const { detail } = await completed;
    const sent = await completeRequest(api);
    expect(sent.consent).to.deep.equal({ accepted: true, disclosureVersion: '2024-06' });
    expect(Object.keys(sent.signatures)).to.deep.equal(['buyer_signature']);
    expect(sent.signatures.buyer_signature).to.equal(stamped!.getAttribute('src'));
    const image = new Image();
    image.src = sent.signatures.buyer_signature!;
    await image.decode();
    expect(image.naturalWidth).to.be.above(20);

    expect(detail).to.deep.equal({
      sessionId: view.session.id,
      partyId: 'pty_buyer',
      documentUrl: `${api.url}/v1/sessions/ses_1/document.pdf`,
    });
    await element.updateComplete;
    expect(inside(element).querySelector('h2')?.textContent).to.equal("You're done");
    expect(inside(element).querySelector<HTMLAnchorElement>('a[part~=download]')?.href).to.equal(
      detail.documentUrl,
    );
    // The signature is part of completing, never of the drafts saved before.
    const patched = (await api.requests()).filter((r) => r.method === 'PATCH');
    expect(JSON.stringify(patched)).not.to.contain('data:image');
  });

  it('signs with a typed signature rendered as an image, and says the document comes by email', async () => {
    const element = await mount(api);
    await fillRequired(element);
    const dialog = await openSignatureDialog(element);
    button(element, 'Type').click();
    await element.updateComplete;
    const typed = dialog.querySelector<HTMLInputElement>('#typed-signature')!;
    expect(typed.value).to.equal('Bea Buyer');
    typeInto(typed, 'Bea B. Buyer');
    button(element, 'Apply').click();
    await waitUntil(() => !dialog.open);

    button(element, 'Finish and sign').click();
    await oneEvent(element, 'signport-complete');
    const sent = await completeRequest(api);
    expect(isPng(sent.signatures.buyer_signature)).to.equal(true);
    await element.updateComplete;
    expect(inside(element).textContent).to.contain(
      "you'll receive the completed document by email",
    );
  });

  it('asks for consent before showing the form, stores it, and opens at the first field to fill', async () => {
    await api.party({ view: { ...view, consent: { ...view.consent, acceptedAt: null } } });
    const element = await mount(api);
    const consent = inside(element).querySelector('[part=consent]')!;
    expect(consent.textContent).to.contain('You agree to receive records and sign electronically.');
    expect(consent.textContent).to.contain('Disclosure version 2024-06');
    expect(inside(element).querySelector('[data-field]')).to.equal(null);

    button(element, 'Continue').click();
    await element.updateComplete;
    expect(inside(element).querySelector('[part=error]')?.textContent).to.equal(
      'Tick the box to agree before you sign.',
    );
    expect(inside(element).querySelector('[data-field]')).to.equal(null);

    inside(element).querySelector<HTMLInputElement>('input[name=agree]')!.click();
    button(element, 'Continue').click();
    await waitUntil(() => inside(element).activeElement?.id === 'field-buyer_name');
    const stored = (await api.requests()).find((r) => r.path === '/v1/party/consent');
    expect(stored?.body).to.deep.equal({ accepted: true, disclosureVersion: '2024-06' });
  });

  it('refuses to finish while required fields are empty, and points at the first', async () => {
    const element = await mount(api);
    button(element, 'Finish and sign').click();
    await element.updateComplete;
    await waitUntil(() => inside(element).activeElement === control(element, 'buyer_name'));
    expect(inside(element).querySelector('[part=finish] [part=error]')?.textContent).to.equal(
      'Fill in the required fields first: 3 left.',
    );
    expect(
      inside(element).querySelector('[data-field=financing] [part~=field-error]')?.textContent,
    ).to.equal('Required');
    expect((await api.requests()).some((r) => r.path === '/v1/party/complete')).to.equal(false);
  });

  it('declines with a reason after confirming, and shows the declined screen', async () => {
    const element = await mount(api);
    button(element, 'Decline to sign').click();
    const dialog = inside(element).querySelector<HTMLDialogElement>(
      'dialog[part~=decline-dialog]',
    )!;
    await waitUntil(() => dialog.open);
    button(element, 'Decline').click();
    await element.updateComplete;
    expect(dialog.querySelector('[part=error]')?.textContent).to.equal('Why are you declining?');
    expect((await api.requests()).some((r) => r.path === '/v1/party/decline')).to.equal(false);

    dialog.querySelector('textarea')!.value = 'The price is wrong';
    const declined = oneEvent(element, 'signport-decline');
    button(element, 'Decline').click();
    expect((await declined).detail).to.deep.equal({ reason: 'The price is wrong' });
    const request = (await api.requests()).find((r) => r.path === '/v1/party/decline');
    expect(request?.body).to.deep.equal({ reason: 'The price is wrong' });
    await element.updateComplete;
    expect(inside(element).querySelector('h2')?.textContent).to.equal('You declined to sign');
    expect(inside(element).activeElement?.id).to.equal('outcome-title');
  });

  it('closes a dialog on Escape and gives focus back to the field', async () => {
    const element = await mount(api);
    control(element, 'buyer_signature').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => signatureDialog(element).open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !signatureDialog(element).open);
    expect(inside(element).activeElement?.id).to.equal('field-buyer_signature');
  });

  it('can be completed with the keyboard alone', async () => {
    await api.party({ view: { ...view, consent: { ...view.consent, acceptedAt: null } } });
    const element = await mount(api);
    inside(element).querySelector<HTMLElement>('[part=consent-text]')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    // Consent given, the keyboard is at the first field to fill.
    await waitUntil(() => inside(element).activeElement?.id === 'field-buyer_name');
    await sendKeys({ type: 'Bea Buyer' });
    // Tab order follows the page: email, financing.
    await sendKeys({ press: 'Tab' });
    expect(inside(element).activeElement?.id).to.equal('field-buyer_email');
    await sendKeys({ press: 'Tab' });
    expect(inside(element).activeElement?.id).to.equal('field-financing');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;

    button(element, 'Go to field').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inside(element).activeElement === control(element, 'buyer_signature'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => signatureDialog(element).open);
    // Draw, Type: typing is the keyboard's way to sign.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    inside(element).querySelector<HTMLInputElement>('#typed-signature')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(inside(element).activeElement?.textContent?.trim()).to.equal('Apply');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !signatureDialog(element).open);

    button(element, 'Finish and sign').focus();
    const completed = oneEvent(element, 'signport-complete');
    await sendKeys({ press: 'Enter' });
    await completed;
    const sent = await completeRequest(api);
    expect(sent.consent).to.deep.equal({ accepted: true, disclosureVersion: '2024-06' });
    expect(isPng(sent.signatures.buyer_signature)).to.equal(true);
    const saved = (await api.requests()).filter((r) => r.method === 'PATCH').map((r) => r.body);
    const everything = Object.assign(
      {},
      ...saved.map((b) => (b as { values: object }).values),
      sent.values,
    );
    expect(everything).to.include({ buyer_name: 'Bea Buyer', financing: 'Cash' });
  });

  it('names who signs next before completing', async () => {
    await api.party({ view: { ...view, rolesToName: ['employer'] } });
    const element = await mount(api);
    await fillRequired(element);
    await openSignatureDialog(element);
    button(element, 'Type').click();
    button(element, 'Apply').click();
    await waitUntil(() => !signatureDialog(element).open);

    button(element, 'Finish and sign').click();
    await element.updateComplete;
    expect(inside(element).activeElement?.id).to.equal('next-employer-0-name');
    expect((await api.requests()).some((r) => r.path === '/v1/party/complete')).to.equal(false);

    typeInto(
      inside(element).querySelector<HTMLInputElement>('#next-employer-0-name')!,
      'Acme Staffing',
    );
    typeInto(
      inside(element).querySelector<HTMLInputElement>('#next-employer-0-email')!,
      'HR@Acme.example',
    );
    button(element, 'Add another').click();
    await element.updateComplete;
    typeInto(
      inside(element).querySelector<HTMLInputElement>('#next-employer-1-name')!,
      'Pat Payroll',
    );
    typeInto(
      inside(element).querySelector<HTMLInputElement>('#next-employer-1-email')!,
      'pat@acme.example',
    );
    const completed = oneEvent(element, 'signport-complete');
    button(element, 'Finish and sign').click();
    await completed;
    const paths = (await api.requests()).map((r) => r.path);
    expect(paths.indexOf('/v1/party/next-party')).to.be.below(paths.indexOf('/v1/party/complete'));
    expect(
      (await api.requests()).find((r) => r.path === '/v1/party/next-party')?.body,
    ).to.deep.equal({
      role: 'employer',
      parties: [
        { name: 'Acme Staffing', email: 'HR@Acme.example' },
        { name: 'Pat Payroll', email: 'pat@acme.example' },
      ],
    });
  });
});
