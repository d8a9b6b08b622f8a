import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Session } from '@signport/core/client';
import { createTestApi } from '../../../test/test-api.js';
import type { SenderPicker } from '../../sender-picker/sender-picker.js';
import type { SessionComposer } from '../session-composer.js';
import '../session-composer.js';

const person = (id: string, name: string) => ({
  id,
  externalId: id.replace(/^usr_/, ''),
  name,
  email: `${id.replace(/^usr_/, '')}@shoreline.example`,
});
const betty = person('usr_betty', 'Betty Agent');
const bernie = person('usr_bernie', 'Bernie OfficeManager');
const alice = person('usr_alice', 'Alice Agent');

const field = (id: string, name: string, role: string, type = 'text', locked = false) => ({
  id,
  name,
  role,
  type,
  locked,
  page: 1,
  rect: { x: 0.1, y: 0.1, width: 0.2, height: 0.05 },
  required: false,
  private: false,
});
const template = (id: string, name: string, owner: typeof betty, roles: string[], fields = []) => ({
  id,
  name,
  owner,
  createdBy: owner,
  roles: roles.map((key, index) => ({
    key,
    name: key[0]!.toUpperCase() + key.slice(1),
    order: index + 1,
  })),
  signingOrder: 'parallel',
  saveIncomplete: false,
  routing: {},
  fields,
  status: 'ready',
  progress: { pagesRendered: 0, pageCount: 0 },
  processingError: null,
  pages: [],
  form: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const owned = {
  createdBy: betty,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

const world = {
  templates: [
    template('tpl_agreement', 'Purchase agreement', betty, ['buyer', 'seller'], [
      field('buyer_name', 'Buyer name', 'buyer'),
      field('purchase_price', 'Price', 'buyer', 'number'),
      field('property_address', 'Address', 'buyer', 'text', true),
      field('additional_terms', 'Additional terms', 'buyer'),
      field('buyer_signature', 'Buyer signature', 'buyer', 'signature'),
    ] as never),
    template('tpl_disclosure', 'Lead paint disclosure', bernie, ['signer']),
    template('tpl_listing', 'Listing agreement', alice, ['seller']),
  ],
  instructions: [
    {
      id: 'ins_1',
      title: 'Sign by Friday',
      body: 'Please sign by Friday, thank you.',
      owner: bernie,
      ...owned,
    },
    { id: 'ins_2', title: 'Alice note', body: 'From Alice.', owner: alice, ...owned },
  ],
  clauses: [
    {
      id: 'cla_1',
      title: 'Inspection',
      text: 'Subject to a home inspection.',
      owner: bernie,
      ...owned,
    },
  ],
};

interface Received {
  method: string;
  url: string;
  body: Record<string, unknown>;
}

async function mount(setup: object = world) {
  const api = createTestApi();
  await fetch(`${api.url}/__compose`, { method: 'PUT', body: JSON.stringify(setup) });
  const composer = await fixture<SessionComposer>(
    html`<session-composer api=${api.url} token="betty-token"></session-composer>`,
  );
  await waitUntil(() => composer.setup.status === 'complete', 'the composer never loaded');
  await composer.updateComplete;
  const requests = async () =>
    ((await (await fetch(`${api.url}/__compose`)).json()) as { requests: Received[] }).requests;
  return { api, composer, requests };
}

const $ = <E extends Element = HTMLElement>(composer: SessionComposer, selector: string) =>
  composer.shadowRoot!.querySelector<E>(selector)!;

async function type(composer: SessionComposer, selector: string, value: string) {
  const input = $<HTMLInputElement>(composer, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await composer.updateComplete;
}

async function choose(composer: SessionComposer, selector: string, value: string) {
  const select = $<HTMLSelectElement>(composer, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await composer.updateComplete;
}

async function check(composer: SessionComposer, selector: string) {
  $<HTMLInputElement>(composer, selector).click();
  await composer.updateComplete;
}

/** Saves `id` as the sender in the embedded picker, as a person does through its dialog. */
async function pickSender(composer: SessionComposer, id: string) {
  const picker = $<SenderPicker>(composer, 'sender-picker');
  await waitUntil(() => picker.senders.status === 'complete', 'the senders never loaded');
  await picker.updateComplete;
  const inside = picker.shadowRoot!;
  inside.querySelector<HTMLButtonElement>('[part~=open-button]')!.click();
  inside.querySelector<HTMLInputElement>(`input[value=${id}]`)!.click();
  inside.querySelector<HTMLButtonElement>('[part~=save-button]')!.click();
  await composer.updateComplete;
}

async function send(composer: SessionComposer) {
  $<HTMLButtonElement>(composer, '[part~=send-button]').click();
  await waitUntil(() => composer.sending.status !== 'pending', 'the send never finished');
  await composer.updateComplete;
}

const sent = async (requests: () => Promise<Received[]>) =>
  (await requests()).filter((r) => r.method === 'POST').map((r) => r.body);

describe('<session-composer>', () => {
  it('lists a template still preparing its pages, with its progress, but does not offer it', async () => {
    const preparing = {
      ...template('tpl_long', 'Long lease', betty, ['signer']),
      status: 'processing',
      progress: { pagesRendered: 30, pageCount: 600 },
    };
    const { composer } = await mount({ ...world, templates: [preparing, ...world.templates] });
    const options = [...$<HTMLSelectElement>(composer, '#template').options];
    const long = options.find((option) => option.value === 'tpl_long')!;
    expect(long.textContent!.trim()).to.equal('Long lease (preparing pages: 30 of 600)');
    expect(long.disabled).to.equal(true);
    expect($<HTMLSelectElement>(composer, '#template').value).to.equal('tpl_agreement');
  });

  it('says so when there are no templates yet', async () => {
    const { composer } = await mount({ templates: [] });
    expect($(composer, '[part~=empty]').textContent).to.contain('no templates yet');
    expect($(composer, 'form')).to.equal(null);
  });

  it('says so when only others have templates, instead of an empty Document list', async () => {
    const { composer } = await mount({ ...world, templates: [world.templates[2]] });
    expect($(composer, '#template')).to.equal(null);
    expect($(composer, '[part~=empty]').textContent).to.contain('no templates yet');
    expect($(composer, 'sender-picker'), 'the sender can still be changed').to.not.equal(null);
  });

  it('Add Myself sends the chosen sender, not the logged-in user, as the party', async () => {
    const { composer, requests } = await mount();
    await pickSender(composer, 'usr_bernie');
    // Bernie's and Betty's templates, not Alice's: the server accepts only the sender's and the initiator's.
    const options = [...$<HTMLSelectElement>(composer, '#template').options].map((o) => o.text);
    expect(options).to.deep.equal(['Purchase agreement', 'Lead paint disclosure']);
    await choose(composer, '#template', 'tpl_disclosure');
    await check(composer, '[part~=add-myself] input');
    expect($(composer, '#add-myself-hint').textContent).to.contain(
      'Bernie OfficeManager signs too.',
    );

    const event = oneEvent(composer, 'signport-session-sent');
    await send(composer);
    const { detail } = await event;

    const [body] = await sent(requests);
    expect(body).to.include({
      templateId: 'tpl_disclosure',
      senderId: 'usr_bernie',
      addMyself: true,
      send: true,
    });
    // The blank row of the who-box is not sent; no role is named for a one-role template.
    expect(body!.parties).to.deep.equal([]);
    expect(body!.addMyselfRole).to.equal(undefined);
    const session: Session = detail.session;
    expect(session.parties.map((p) => p.email)).to.deep.equal(['bernie@shoreline.example']);
    expect(session.sender.id).to.equal('usr_bernie');
    expect(session.initiator.id).to.equal('usr_betty');
    expect($(composer, '[part~=sent]').textContent).to.contain('Sent “Lead paint disclosure”.');
    expect($<HTMLInputElement>(composer, '[part~=add-myself] input').checked).to.equal(false);
  });

  it('asks no role with a one-role template, and asks it with several', async () => {
    const { composer, requests } = await mount();
    await pickSender(composer, 'usr_bernie');
    await choose(composer, '#template', 'tpl_disclosure');
    expect($(composer, '#role-0')).to.equal(null);
    await type(composer, '#name-0', 'Olivia Owner');
    await type(composer, '#email-0', 'olivia@example.com');
    $<HTMLButtonElement>(composer, '[part~=add-button]').click();
    await composer.updateComplete;
    await type(composer, '#name-1', 'Oscar Owner');
    await type(composer, '#email-1', 'oscar@example.com');
    await send(composer);
    const [body] = await sent(requests);
    // Two people share the one role.
    expect(body!.parties).to.deep.equal([
      { name: 'Olivia Owner', email: 'olivia@example.com', role: 'signer' },
      { name: 'Oscar Owner', email: 'oscar@example.com', role: 'signer' },
    ]);

    await choose(composer, '#template', 'tpl_agreement');
    const roles = [...$<HTMLSelectElement>(composer, '#role-0').options].map((o) => o.text.trim());
    expect(roles).to.deep.equal(['Buyer', 'Seller']);
    expect($(composer, 'label[for=role-0]').textContent).to.equal('Role');
    await check(composer, '[part~=add-myself] input');
    expect($(composer, '#my-role')).to.not.equal(null);
  });

  it('checks each person as they are typed, and sends nothing until the form is right', async () => {
    const { composer, requests } = await mount();
    await type(composer, '#name-0', 'Olivia Owner');
    await type(composer, '#email-0', 'olivia-at-example');
    $<HTMLInputElement>(composer, '#email-0').focus();
    $<HTMLInputElement>(composer, '#email-0').blur();
    await composer.updateComplete;
    const email = $<HTMLInputElement>(composer, '#email-0');
    const error = $(composer, '[part~=field-error]');
    expect(error.textContent).to.equal('Enter an email address like name@example.com.');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal(error.id);
    await expect(composer).to.be.accessible();

    // A second person with an email but no name: Send says so next to the name, and sends nothing.
    $<HTMLButtonElement>(composer, '[part~=add-button]').click();
    await composer.updateComplete;
    await type(composer, '#email-1', 'oscar@example.com');
    await send(composer);
    await waitUntil(
      () => composer.shadowRoot!.activeElement === email,
      'the first error not focused',
    );
    expect($(composer, '#name-1').getAttribute('aria-invalid')).to.equal('true');
    expect($(composer, '#name-1').parentElement!.textContent).to.contain(
      'Enter this person’s name.',
    );
    expect((await requests()).filter((r) => r.method === 'POST')).to.deep.equal([]);

    await type(composer, '#email-0', 'olivia@example.com');
    await type(composer, '#name-1', 'Oscar Owner');
    await send(composer);
    expect($(composer, '[part~=field-error]')).to.equal(null);
    expect((await requests()).filter((r) => r.method === 'POST')).to.have.length(1);
  });

  it('shows the server’s message next to the field it concerns, and focuses it', async () => {
    const { composer, api } = await mount();
    await fetch(`${api.url}/__compose`, {
      method: 'PUT',
      body: JSON.stringify({
        ...world,
        failure: {
          status: 400,
          code: 'validation_failed',
          message: 'parties.0.email: This address refuses email',
          field: 'parties.0.email',
        },
      }),
    });
    $<HTMLButtonElement>(composer, '[part~=add-button]').click();
    await composer.updateComplete;
    // The first row stays blank: the server's `parties.0` is the form's second row.
    await type(composer, '#name-1', 'Olivia Owner');
    await type(composer, '#email-1', 'olivia@bounces.example');
    $<HTMLInputElement>(composer, '#email-1').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => composer.sending.status === 'error', 'the server never refused');
    await composer.updateComplete;

    const email = $<HTMLInputElement>(composer, '#email-1');
    const error = $(composer, '[part~=field-error]');
    expect(error.textContent).to.equal('parties.0.email: This address refuses email');
    expect(error.id).to.equal(email.getAttribute('aria-describedby'));
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.parentElement!.contains(error)).to.equal(true);
    expect(composer.shadowRoot!.activeElement).to.equal(email);
    expect($(composer, '#email-0').getAttribute('aria-invalid')).to.equal(null);
    // Not repeated as a general message.
    expect(composer.shadowRoot!.querySelectorAll('[role=alert]').length).to.equal(1);
  });

  it('shows a refusal about no field above Send', async () => {
    const { composer, api } = await mount();
    await fetch(`${api.url}/__compose`, {
      method: 'PUT',
      body: JSON.stringify({
        ...world,
        failure: { status: 409, code: 'conflict', message: 'Try again in a moment.' },
      }),
    });
    await type(composer, '#name-0', 'Olivia Owner');
    await type(composer, '#email-0', 'olivia@example.com');
    await send(composer);
    expect($(composer, '[part~=error]').textContent).to.equal('Try again in a moment.');
    expect($(composer, '[part~=field-error]')).to.equal(null);
  });

  it('prefills and locks fields, uses a saved instruction and inserts a clause', async () => {
    const { composer, requests } = await mount();
    // Signing fields are the party's: they are not offered.
    expect($(composer, '#field-buyer_signature')).to.equal(null);
    expect(
      $<HTMLInputElement>(
        composer,
        '#field-property_address',
      ).parentElement!.querySelector<HTMLInputElement>('.lock input')!.disabled,
    ).to.equal(true);
    // Instructions and clauses are the sender's: none of Betty's own.
    await waitUntil(() => composer.instructions.status === 'complete');
    await composer.updateComplete;
    expect($<HTMLSelectElement>(composer, '#instruction').options.length).to.equal(1);
    expect($(composer, '[part~=clauses]')).to.equal(null);

    await pickSender(composer, 'usr_bernie');
    await waitUntil(
      () => composer.clauses.status === 'complete' && composer.instructions.status === 'complete',
    );
    await composer.updateComplete;
    expect(
      [...$<HTMLSelectElement>(composer, '#instruction').options].map((o) => o.text.trim()),
    ).to.deep.equal(['None', 'Sign by Friday']);
    await choose(composer, '#instruction', 'ins_1');
    expect($<HTMLTextAreaElement>(composer, '#message').value).to.equal(
      'Please sign by Friday, thank you.',
    );

    await type(composer, '#field-buyer_name', 'Olivia Owner');
    await type(composer, '#field-purchase_price', '452500');
    await check(composer, 'input[aria-label="Lock Price"]');
    expect($<HTMLSelectElement>(composer, '#clause-target').value).to.equal('additional_terms');
    await type(composer, '#field-additional_terms', 'Closing in June.');
    $<HTMLButtonElement>(composer, '[part~=clauses] button').click();
    await composer.updateComplete;
    expect($<HTMLInputElement>(composer, '#field-additional_terms').value).to.equal(
      'Closing in June. Subject to a home inspection.',
    );
    expect($<HTMLDetailsElement>(composer, 'details').open).to.equal(true);

    await type(composer, '#name-0', 'Olivia Owner');
    await type(composer, '#email-0', 'olivia@example.com');
    await choose(composer, '#role-0', 'buyer');
    await send(composer);
    const requestsMade = await requests();
    expect(
      requestsMade.some((r) => r.url === '/v1/instructions?limit=100&senderId=usr_bernie'),
    ).to.equal(true);
    const [body] = await sent(requests);
    expect(body!.values).to.deep.equal({
      buyer_name: 'Olivia Owner',
      purchase_price: 452500,
      additional_terms: 'Closing in June. Subject to a home inspection.',
    });
    expect(body!.lockedFieldIds).to.deep.equal(['purchase_price']);
    expect(body!.message).to.deep.equal({ body: 'Please sign by Friday, thank you.' });
  });

  it('labels every input and passes axe', async () => {
    const { composer } = await mount();
    for (const input of composer.shadowRoot!.querySelectorAll('input, select, textarea')) {
      const labelled =
        input.hasAttribute('aria-label') ||
        !!input.closest('label') ||
        !!composer.shadowRoot!.querySelector(`label[for="${input.id}"]`);
      expect(labelled, `${input.outerHTML} has a label`).to.equal(true);
    }
    await expect(composer).to.be.accessible();
  });

  describe('a packet of several documents', () => {
    const documentNames = (composer: SessionComposer) =>
      [...composer.shadowRoot!.querySelectorAll('[part~=packet-document] span')].map(
        (item) => item.textContent,
      );
    const focusedLabel = (composer: SessionComposer) =>
      composer.shadowRoot!.activeElement?.getAttribute('aria-label');

    async function packetOfTwo() {
      const mounted = await mount();
      await pickSender(mounted.composer, 'usr_bernie');
      await choose(mounted.composer, '#add-document', 'tpl_disclosure');
      $<HTMLButtonElement>(mounted.composer, '[part~=add-document]').click();
      await mounted.composer.updateComplete;
      return mounted;
    }

    it('sends the documents in the order set from the keyboard, with the packet’s name', async () => {
      const { composer, requests } = await packetOfTwo();
      expect(documentNames(composer)).to.deep.equal([
        'Purchase agreement',
        'Lead paint disclosure',
      ]);
      // Nothing left to add: both of the sender's and the initiator's templates are in.
      expect(composer.shadowRoot!.querySelector('#add-document')).to.equal(null);

      $<HTMLButtonElement>(composer, '[aria-label="Move Lead paint disclosure up"]').focus();
      await sendKeys({ press: 'Enter' });
      await composer.updateComplete;
      expect(documentNames(composer)).to.deep.equal([
        'Lead paint disclosure',
        'Purchase agreement',
      ]);
      // Focus follows the moved document; at the top, its Move up is disabled, so Move down.
      expect(focusedLabel(composer)).to.equal('Move Lead paint disclosure down');
      await sendKeys({ press: 'Enter' });
      await composer.updateComplete;
      expect(documentNames(composer)).to.deep.equal([
        'Purchase agreement',
        'Lead paint disclosure',
      ]);
      expect(focusedLabel(composer)).to.equal('Move Lead paint disclosure up');

      // Roles of every document, matched by key.
      const roles = [...$<HTMLSelectElement>(composer, '#role-0').options].map((o) => o.value);
      expect(roles).to.deep.equal(['buyer', 'seller', 'signer']);
      expect($<HTMLInputElement>(composer, '#packet-name').placeholder).to.equal(
        'Purchase agreement + Lead paint disclosure',
      );
      await type(composer, '#packet-name', '1428 Elm Street offer');
      await type(composer, '#name-0', 'Zoe Buyer');
      await type(composer, '#email-0', 'zoe@example.com');
      await choose(composer, '#role-0', 'buyer');
      await send(composer);

      const [body] = await sent(requests);
      expect(body!.templateIds).to.deep.equal(['tpl_agreement', 'tpl_disclosure']);
      expect(body!.templateId).to.equal(undefined);
      expect(body!.name).to.equal('1428 Elm Street offer');
      expect(body!.parties).to.deep.equal([
        { name: 'Zoe Buyer', email: 'zoe@example.com', role: 'buyer' },
      ]);
      expect($(composer, '[part~=sent]').textContent).to.contain('Sent “1428 Elm Street offer”.');
      // Back to one document for the next session.
      expect(documentNames(composer)).to.have.length(1);
    });

    it('removes a document, and shows the server’s refusal next to the document it names', async () => {
      const { composer, api } = await packetOfTwo();
      await fetch(`${api.url}/__compose`, {
        method: 'PUT',
        body: JSON.stringify({
          ...world,
          failure: {
            status: 404,
            code: 'not_found',
            message: 'No such template.',
            field: 'templateIds.1',
          },
        }),
      });
      await send(composer);
      const second = composer.shadowRoot!.querySelectorAll('[part~=packet-document]')[1]!;
      expect(second.querySelector('[part~=field-error]')!.textContent).to.equal(
        'No such template.',
      );
      await expect(composer).to.be.accessible();

      $<HTMLButtonElement>(
        composer,
        '[aria-label="Remove Lead paint disclosure from the packet"]',
      ).click();
      await composer.updateComplete;
      expect(documentNames(composer)).to.deep.equal(['Purchase agreement']);
      expect(composer.shadowRoot!.querySelector('#packet-name')).to.equal(null);
    });
  });
});
