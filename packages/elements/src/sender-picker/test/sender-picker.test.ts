import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestApi, type TestApi } from '../../../test/test-api.js';
import type { SignportSenderChangeEvent } from '../../events/signport-sender-change.js';
import type { SenderPicker } from '../sender-picker.js';
import '../sender-picker.js';

interface SendersSetup {
  senders?: unknown[];
  failure?: { status: number; code: string; message: string };
  delayMs?: number;
}

async function senders(api: TestApi, setup: SendersSetup): Promise<void> {
  const response = await fetch(`${api.url}/__senders`, {
    method: 'PUT',
    body: JSON.stringify(setup),
  });
  if (!response.ok) throw new Error(`__senders answered ${response.status}`);
}

async function sendersRequests(
  api: TestApi,
): Promise<{ url: string; authorization: string | null }[]> {
  return ((await (await fetch(`${api.url}/__senders`)).json()) as { requests: [] }).requests;
}

const inside = (picker: SenderPicker) => picker.shadowRoot!;
const radios = (picker: SenderPicker) => [
  ...inside(picker).querySelectorAll<HTMLInputElement>('input[type=radio]'),
];
const checkedId = (picker: SenderPicker) => radios(picker).find((radio) => radio.checked)?.value;
const button = (picker: SenderPicker, part: string) =>
  inside(picker).querySelector<HTMLButtonElement>(`[part~=${part}]`)!;

async function loaded(picker: SenderPicker): Promise<void> {
  await waitUntil(
    () => picker.senders.status === 'complete' || picker.senders.status === 'error',
    'the senders never loaded',
  );
  await picker.updateComplete;
}

async function mount(setup: SendersSetup = {}, attributes = '') {
  const api = createTestApi();
  await senders(api, setup);
  const picker = await fixture<SenderPicker>(
    html`<sender-picker
      api=${api.url}
      token="betty-token"
      mode=${attributes || 'list'}
    ></sender-picker>`,
  );
  await loaded(picker);
  return { api, picker };
}

const bernie = {
  id: 'usr_bernie',
  name: 'Bernie OfficeManager',
  email: 'bernie@shoreline.example',
};

describe('<sender-picker>', () => {
  it('lists the logged-in user first, selected by default, then every principal', async () => {
    const { api, picker } = await mount();
    const group = inside(picker).querySelector('[role=radiogroup]')!;
    const title = inside(picker).getElementById(group.getAttribute('aria-labelledby')!);
    expect(title?.textContent?.trim()).to.equal('Send on behalf of');
    expect(radios(picker).map((r) => r.value)).to.deep.equal([
      'usr_betty',
      'usr_alice',
      'usr_bernie',
    ]);
    expect(inside(picker).querySelector('label')?.textContent)
      .to.contain('Betty Agent')
      .and.contain('(you)');
    expect(radios(picker)[0]!.checked).to.equal(true);
    expect(picker.value).to.equal('usr_betty');
    expect(picker.sender?.name).to.equal('Betty Agent');
    expect(inside(picker).querySelector('[part=current]')?.textContent).to.equal(
      'Sender: Betty Agent',
    );
    expect(await sendersRequests(api)).to.deep.equal([
      { url: `${new URL(api.url).pathname}/v1/me/senders`, authorization: 'Bearer betty-token' },
    ]);
  });

  it('moves the choice with the arrow keys; Save emits signport-sender-change with the sender', async () => {
    const { picker } = await mount();
    picker.focus();
    expect(inside(picker).activeElement).to.equal(radios(picker)[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    expect(checkedId(picker)).to.equal('usr_bernie');
    await sendKeys({ press: 'ArrowUp' });
    await picker.updateComplete;
    expect(checkedId(picker)).to.equal('usr_alice');
    expect(picker.value).to.equal('usr_betty', 'nothing changes before Save');
    await sendKeys({ press: 'ArrowDown' });

    const heard = oneEvent(
      document,
      'signport-sender-change',
    ) as Promise<SignportSenderChangeEvent>;
    button(picker, 'save-button').click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ sender: bernie });
    expect(event.composed).to.equal(true);
    expect(picker.value).to.equal('usr_bernie');
    await picker.updateComplete;
    expect(inside(picker).querySelector('[part=current]')?.textContent).to.equal(
      'Sender: Bernie OfficeManager',
    );
  });

  it('submits the saved sender with a host form and restores self on reset', async () => {
    const api = createTestApi();
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <sender-picker name="senderId" api=${api.url} token="t"></sender-picker>
        <button type="submit">Send</button>
      </form>
    `);
    const picker = form.querySelector('sender-picker')!;
    await loaded(picker);
    expect(picker.form).to.equal(form);

    const submitted = async () => {
      const submit = oneEvent(form, 'submit') as Promise<SubmitEvent>;
      form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
      form.requestSubmit();
      await submit;
      return new FormData(form).get('senderId');
    };
    expect(await submitted()).to.equal('usr_betty');

    radios(picker)[2]!.click();
    expect(await submitted()).to.equal('usr_betty', 'only a saved choice is submitted');
    button(picker, 'save-button').click();
    await picker.updateComplete;
    expect(await submitted()).to.equal('usr_bernie');

    form.reset();
    await picker.updateComplete;
    expect(picker.value).to.equal('usr_betty');
    expect(checkedId(picker)).to.equal('usr_betty');
    expect(new FormData(form).get('senderId')).to.equal('usr_betty');
  });

  it('remembers nothing the server did not confirm: a sender no longer listed falls back to self', async () => {
    const { api, picker } = await mount();
    picker.value = 'usr_ghost';
    expect(picker.value).to.equal('usr_betty', 'an id the server did not list is ignored');
    picker.value = 'usr_bernie';
    expect(picker.value).to.equal('usr_bernie');

    // The next page load: the host asks for Bernie again, but his delegation has ended meanwhile.
    const listed = (await (
      await fetch(`${api.url}/v1/me/senders`, { headers: { authorization: 'Bearer t' } })
    ).json()) as { senders: { user: { id: string } }[] };
    await senders(api, { senders: listed.senders.filter((s) => s.user.id !== 'usr_bernie') });
    const reloaded = await fixture<SenderPicker>(
      html`<sender-picker api=${api.url} token="t" .value=${'usr_bernie'}></sender-picker>`,
    );
    await loaded(reloaded);
    expect(radios(reloaded).map((r) => r.value)).to.deep.equal(['usr_betty', 'usr_alice']);
    expect(reloaded.value).to.equal('usr_betty');
    expect(checkedId(reloaded)).to.equal('usr_betty');

    const kept = await fixture<SenderPicker>(
      html`<sender-picker api=${api.url} token="t" .value=${'usr_alice'}></sender-picker>`,
    );
    await loaded(kept);
    expect(kept.value).to.equal('usr_alice', 'a sender still listed is kept');
  });

  it('shows a loading state, then the empty hint when the user assists nobody', async () => {
    const api = createTestApi();
    const [self] = (
      await (
        await fetch(`${api.url}/v1/me/senders`, {
          headers: { authorization: 'Bearer t' },
        })
      ).json()
    ).senders as unknown[];
    await senders(api, { senders: [self], delayMs: 400 });
    const picker = await fixture<SenderPicker>(
      html`<sender-picker api=${api.url} token="t" scope="send"></sender-picker>`,
    );
    const status = inside(picker).querySelector('[part=status]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(picker.value).to.equal('');
    await loaded(picker);
    expect(radios(picker)).to.have.length(1);
    expect(inside(picker).querySelector('[part=hint]')?.textContent).to.contain(
      'you send as yourself',
    );
    expect((await sendersRequests(api)).at(-1)?.url).to.match(/\/v1\/me\/senders\?scope=send$/);
  });

  it("shows the server's error, stays invalid when required, and loads on Try again", async () => {
    const api = createTestApi();
    await senders(api, {
      failure: { status: 401, code: 'token_expired', message: 'The embed token has expired.' },
    });
    // Listened for before mounting: the answer may arrive while the fixture renders.
    const failed = oneEvent(document, 'signport-error');
    const form = await fixture<HTMLFormElement>(html`
      <form><sender-picker name="senderId" required api=${api.url} token="t"></sender-picker></form>
    `);
    const picker = form.querySelector('sender-picker')!;
    await loaded(picker);
    expect((await failed).detail.code).to.equal('token_expired');
    const alert = inside(picker).querySelector('[role=alert]');
    expect(alert?.textContent).to.equal('The embed token has expired.');
    expect(picker.value).to.equal('');
    expect(picker.validity.valueMissing).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).has('senderId')).to.equal(false);

    await senders(api, {});
    button(picker, 'retry-button').click();
    await waitUntil(() => picker.senders.status === 'complete');
    await picker.updateComplete;
    expect(picker.value).to.equal('usr_betty');
    expect(form.checkValidity()).to.equal(true);
  });

  it('in dialog mode, opens the list from a button; Cancel keeps the saved sender', async () => {
    const { picker } = await mount({}, 'dialog');
    const dialog = inside(picker).querySelector('dialog')!;
    expect(dialog.open).to.equal(false);
    expect(inside(picker).querySelector('[part=current]')?.textContent).to.equal(
      'Sender: Betty Agent',
    );
    button(picker, 'open-button').click();
    expect(dialog.open).to.equal(true);
    radios(picker)[1]!.click();
    button(picker, 'cancel-button').click();
    await picker.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(picker.value).to.equal('usr_betty');
    expect(checkedId(picker)).to.equal('usr_betty');

    button(picker, 'open-button').click();
    radios(picker)[2]!.click();
    const heard = oneEvent(picker, 'signport-sender-change') as Promise<SignportSenderChangeEvent>;
    button(picker, 'save-button').click();
    expect((await heard).detail.sender).to.deep.equal(bernie);
    expect(dialog.open).to.equal(false);
    expect(picker.value).to.equal('usr_bernie');
  });

  it('is axe-clean as a list and with its dialog open', async () => {
    const { picker } = await mount();
    await expect(picker).to.be.accessible();
    const { picker: dialogPicker } = await mount({}, 'dialog');
    button(dialogPicker, 'open-button').click();
    await expect(dialogPicker).to.be.accessible();
  });
});
