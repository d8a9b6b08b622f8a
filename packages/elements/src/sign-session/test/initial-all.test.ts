import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartyView } from '@signport/core/client';
import { createTestApi } from '../../../test/test-api.js';
import type { TestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { TINY_PNG, buyerView, control, inside, loaded } from './party-fixture.js';

/** The buyer's view with initials on both pages, and a locked one that Initial all leaves alone. */
function viewWithInitials(): PartyView {
  const view = buyerView();
  const initials = view.fields.find((field) => field.id === 'buyer_initials')!;
  return {
    ...view,
    fields: [
      ...view.fields,
      { ...initials, id: 'buyer_initials_p2', name: 'Buyer initials p2', page: 2 },
      { ...initials, id: 'buyer_initials_locked', name: 'Locked initials', locked: true },
    ],
  };
}

async function mount(view: PartyView = viewWithInitials()) {
  const api: TestApi = createTestApi();
  await api.party({ view });
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} token="party-token"></sign-session>`,
  );
  await loaded(element);
  return { api, element };
}

const initialAllButton = (element: SignSession) =>
  inside(element).querySelector<HTMLButtonElement>('[part~=initial-all]');
const dialog = (element: SignSession) =>
  inside(element).querySelector<HTMLDialogElement>('dialog[part~=initial-all-dialog]')!;
const initialAllRequests = async (api: TestApi) =>
  (await api.requests()).filter((request) => request.path === '/v1/party/initial-all');
const shownInitials = (element: SignSession, fieldId: string) =>
  control(element, fieldId).querySelector('img')?.getAttribute('src');

describe('<sign-session> Initial all', () => {
  it('is offered only to a party with initials fields', async () => {
    const view = buyerView();
    const { element } = await mount({
      ...view,
      fields: view.fields.filter((field) => field.type !== 'initials'),
    });
    expect(initialAllButton(element)).to.equal(null);
  });

  it('from the keyboard: asks the initials once, confirms once, fills every initials field', async () => {
    const { api, element } = await mount();
    const button = initialAllButton(element)!;
    expect(button.textContent!.trim()).to.equal('Initial all (2)');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'the confirmation never opened');
    const typed = dialog(element).querySelector<HTMLInputElement>('input[name=initials]')!;
    expect(typed.value).to.equal('BB', 'the party’s initials, ready');
    expect(dialog(element).textContent).to.contain(
      'Put these initials on all 2 initials fields of yours?',
    );
    await expect(element).to.be.accessible();

    typed.focus();
    const saved = oneEvent(element, 'signport-save');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.fieldIds).to.deep.equal(['buyer_initials', 'buyer_initials_p2']);
    await waitUntil(() => !dialog(element).open, 'the confirmation never closed');
    await element.updateComplete;

    const [request] = await initialAllRequests(api);
    const body = request!.body as { initials: string; confirm: boolean };
    expect(body.confirm).to.equal(true);
    expect(body.initials).to.match(/^data:image\/png;base64,/);
    expect(shownInitials(element, 'buyer_initials')).to.equal(body.initials);
    expect(shownInitials(element, 'buyer_initials_p2')).to.equal(body.initials);
    expect(shownInitials(element, 'buyer_initials_locked')).to.equal(undefined);
    expect(inside(element).querySelector('[part~=initial-all-status]')!.textContent).to.contain(
      'Initialed 2 fields.',
    );
  });

  it('uses the initials already drawn on one field, and Cancel sends nothing', async () => {
    const view = viewWithInitials();
    view.fields.find((field) => field.id === 'buyer_initials')!.value = TINY_PNG;
    const { api, element } = await mount(view);
    initialAllButton(element)!.click();
    await waitUntil(() => dialog(element).open, 'the confirmation never opened');
    expect(dialog(element).querySelector('input[name=initials]')).to.equal(null);
    expect(
      dialog(element).querySelector('[part~=initial-all-preview]')!.getAttribute('src'),
    ).to.equal(TINY_PNG);
    [...dialog(element).querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Cancel')!
      .click();
    await waitUntil(() => !dialog(element).open, 'the confirmation never closed');
    expect(await initialAllRequests(api)).to.have.length(0);

    initialAllButton(element)!.click();
    await waitUntil(() => dialog(element).open, 'the confirmation never opened again');
    dialog(element).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => !dialog(element).open, 'the confirmation never closed');
    await element.updateComplete;
    const [request] = await initialAllRequests(api);
    expect((request!.body as { initials: string }).initials).to.equal(TINY_PNG);
    expect(shownInitials(element, 'buyer_initials_p2')).to.equal(TINY_PNG);
  });
});
