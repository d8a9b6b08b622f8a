import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PartyView, Workroom } from '@signport/core/client';
import { createTestApi } from '../../../test/test-api.js';
import type { TestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { buyerView, button, control, inside, loaded, typeInto } from './party-fixture.js';

// What a party sees on the signing screen: consent asked once, the document opening at their first
// field, one count of progress, radio buttons on the PDF's own, and a decline shown at once.

async function mount(api: TestApi) {
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} token="party-token"></sign-session>`,
  );
  await loaded(element);
  return element;
}

const unconsented = (view: PartyView): PartyView => ({
  ...view,
  consent: { ...view.consent, acceptedAt: null },
});

async function consent(element: SignSession) {
  inside(element).querySelector<HTMLInputElement>('input[name=agree]')!.click();
  button(element, 'Continue').click();
  await waitUntil(() => !inside(element).querySelector('[part=consent]'), 'consent never taken');
}

const header = (element: SignSession) =>
  inside(element).querySelector('#progress-text')?.textContent?.trim();
const ownRow = (element: SignSession) =>
  inside(element).querySelector('[part=workroom-party][data-status] .count')?.textContent?.trim();

function workroom(buyerStatus: 'in_progress' | 'declined', session = 'in_progress'): Workroom {
  return {
    session: {
      id: 'ses_1',
      status: session as Workroom['session']['status'],
      templateName: 'Purchase agreement',
      signingOrder: 'parallel',
      sender: { name: 'Betty Broker' },
      initiator: { name: 'Betty Broker' },
    },
    roles: [
      {
        key: 'buyer',
        name: 'Buyer',
        order: 1,
        parties: [
          {
            id: 'pty_buyer',
            name: 'Bea Buyer',
            email: 'bea@example.com',
            you: true,
            status: buyerStatus,
            statusSince: null,
            // What the server counted at the last save; the page counts what is typed since.
            progress: { filled: 0, required: 3 },
          },
        ],
      },
    ],
  };
}

const setWorkroom = async (api: TestApi, value: Workroom) => {
  const res = await fetch(`${api.url}/__workroom`, {
    method: 'PUT',
    body: JSON.stringify({ workroom: value }),
  });
  expect(res.ok).to.equal(true);
};

describe('<sign-session> tells the truth', function () {
  this.timeout(15_000);
  let api: TestApi;

  beforeEach(async () => {
    api = createTestApi();
    await setWorkroom(api, workroom('in_progress'));
  });

  it('asks for consent once: a reload goes straight to the document', async () => {
    await api.party({ view: unconsented(buyerView()) });
    const first = await mount(api);
    expect(inside(first).querySelector('[part=consent]')).not.to.equal(null);
    await consent(first);
    first.remove();

    const again = await mount(api);
    expect(inside(again).querySelector('[part=consent]')).to.equal(null);
    expect(inside(again).querySelector('[data-field]')).not.to.equal(null);
    const stored = (await api.requests()).filter((r) => r.path === '/v1/party/consent');
    expect(stored).to.have.length(1);
    again.remove();
  });

  it('after consent the first field to fill is focused and in view, even far down the document', async () => {
    const view = buyerView();
    // Name and financing filled: the first field to fill is the signature at the foot of page 2.
    for (const field of view.fields) {
      if (field.id === 'buyer_name') field.value = 'Bea Buyer';
      if (field.id === 'financing') field.value = 'Cash';
    }
    await api.party({ view: unconsented(view) });
    const element = await mount(api);
    await consent(element);
    await waitUntil(
      () => inside(element).activeElement === control(element, 'buyer_signature'),
      'the signature never took focus',
    );
    await waitUntil(() => {
      const box = control(element, 'buyer_signature').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, 'the signature never scrolled into view');
    element.remove();
  });

  it('the header and the party’s own row in the signers panel count the same, as they type', async () => {
    await api.party({ view: buyerView() });
    const element = await mount(api);
    await waitUntil(() => ownRow(element), 'the signers panel never showed');
    expect(header(element)).to.equal('0 of 3 required fields done');
    expect(ownRow(element)).to.equal(header(element));

    typeInto(control(element, 'buyer_name'), 'Bea Buyer');
    await element.updateComplete;
    expect(header(element)).to.equal('1 of 3 required fields done');
    expect(ownRow(element)).to.equal(header(element));
    element.remove();
  });

  it('puts each radio option on its own widget, and shows another party’s choice as a chosen radio', async () => {
    const view = buyerView();
    const possession = {
      id: 'possession',
      name: 'Possession',
      type: 'radio' as const,
      page: 1,
      rect: { x: 0.1, y: 0.5, width: 0.3, height: 0.02 },
      required: true,
      locked: false,
      options: ['At closing', 'After closing'],
      optionRects: [
        { option: 'At closing', rect: { x: 0.1, y: 0.5, width: 0.02, height: 0.02 } },
        { option: 'After closing', rect: { x: 0.38, y: 0.5, width: 0.02, height: 0.02 } },
      ],
      value: null,
    };
    view.fields.push(possession);
    view.others.push({
      fieldId: 'seller_move_out',
      partyId: null,
      page: 1,
      rect: { x: 0.1, y: 0.6, width: 0.3, height: 0.02 },
      type: 'radio',
      value: 'Late',
      optionRects: [
        { option: 'Early', rect: { x: 0.1, y: 0.6, width: 0.02, height: 0.02 } },
        { option: 'Late', rect: { x: 0.38, y: 0.6, width: 0.02, height: 0.02 } },
      ],
    });
    await api.party({ view });
    const element = await mount(api);
    const expectOver = (box: DOMRect, rect: { x: number; y: number; width: number }) => {
      // Measured each time: the header above the pages grows as the guide's words change.
      const page = inside(element).querySelector('[part~=page]')!.getBoundingClientRect();
      expect(box.left).to.be.closeTo(page.left + rect.x * page.width, 1);
      expect(box.top).to.be.closeTo(page.top + rect.y * page.height, 1);
      expect(box.width).to.be.closeTo(rect.width * page.width, 1);
    };
    const radios = [
      ...inside(element).querySelectorAll<HTMLInputElement>('[data-field=possession] input'),
    ];
    expect(radios.map((radio) => radio.getAttribute('aria-label'))).to.deep.equal([
      'At closing',
      'After closing',
    ]);
    radios.forEach((radio, index) =>
      expectOver(radio.getBoundingClientRect(), possession.optionRects[index]!.rect),
    );
    radios[1]!.click();
    await element.updateComplete;
    expect(header(element)).to.equal('1 of 4 required fields done');

    const chosen = inside(element).querySelectorAll('[part~=other-radio]');
    expect(chosen).to.have.length(1);
    expect(chosen[0]!.getAttribute('role')).to.equal('radio');
    expect(chosen[0]!.getAttribute('aria-checked')).to.equal('true');
    expect(chosen[0]!.getAttribute('aria-label')).to.equal('Late');
    expectOver(chosen[0]!.getBoundingClientRect(), { x: 0.38, y: 0.6, width: 0.02 });
    expect(inside(element).querySelector('[part~=document]')!.textContent).not.to.contain('Late');
    await expect(element).to.be.accessible();
    element.remove();
  });

  it('after a decline the signers panel says Declined at once', async () => {
    await api.party({ view: buyerView() });
    const element = await mount(api);
    // Polls far apart: only the refresh after declining can bring the news.
    element.workroom.interval = 60_000;
    await waitUntil(() => ownRow(element), 'the signers panel never showed');
    await setWorkroom(api, workroom('declined', 'declined'));
    button(element, 'Decline to sign').click();
    const dialog = inside(element).querySelector<HTMLDialogElement>(
      'dialog[part~=decline-dialog]',
    )!;
    await waitUntil(() => dialog.open);
    dialog.querySelector('textarea')!.value = 'Price too high';
    button(element, 'Decline').click();
    await waitUntil(
      () =>
        inside(element).querySelector('[part=workroom-party] .status')?.textContent === 'Declined',
      'the panel never said Declined',
    );
    element.remove();
  });
});
