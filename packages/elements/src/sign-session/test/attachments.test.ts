import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PartyField, PartyView } from '@signport/core/client';
import { createTestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { buyerView, button, control, inside, loaded } from './party-fixture.js';

const PDF_BYTES = '%PDF-1.4\n% tax return\n%%EOF\n';

function attachmentField(overrides: Partial<PartyField> = {}): PartyField {
  return {
    id: 'tax_return',
    name: 'Tax return',
    type: 'attachment',
    page: 1,
    rect: { x: 0.1, y: 0.5, width: 0.4, height: 0.04 },
    required: true,
    locked: false,
    value: null,
    ...overrides,
  };
}

function viewWith(...extra: PartyField[]): PartyView {
  const view = buyerView();
  return { ...view, fields: [...view.fields, ...extra] };
}

async function mount(view: PartyView) {
  const api = createTestApi();
  await api.party({ view });
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} token="party-token"></sign-session>`,
  );
  await loaded(element);
  return { api, element };
}

/** Chooses a file in a file input as the device's picker would. */
function choose(input: HTMLInputElement, file: File): void {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const noteOf = (element: SignSession, fieldId: string) =>
  inside(element).getElementById(`note-${fieldId}`)?.textContent?.trim();
const errorOf = (element: SignSession, fieldId: string) =>
  inside(element).getElementById(`error-${fieldId}`)?.textContent?.trim();
const progress = (element: SignSession) =>
  inside(element).querySelector('#progress-text')?.textContent?.trim();

describe('<sign-session> attachment fields', () => {
  it('uploads a chosen file at once, shows it uploading, then its name with a Replace button', async () => {
    const { api, element } = await mount(viewWith(attachmentField()));
    const picker = control(element, 'tax_return');
    expect(picker.type).to.equal('file');
    expect(picker.getAttribute('aria-label')).to.equal('Tax return');
    expect(progress(element)).to.equal('0 of 4 required fields done');

    await api.scenario({ hold: true });
    choose(picker, new File([PDF_BYTES], 'tax return.pdf', { type: 'application/pdf' }));
    await element.updateComplete;
    expect(noteOf(element, 'tax_return')).to.equal('Uploading tax return.pdf…');
    expect(inside(element).getElementById('note-tax_return')?.getAttribute('role')).to.equal(
      'status',
    );
    expect(control<HTMLButtonElement>(element, 'tax_return').disabled).to.equal(true);
    expect(control(element, 'tax_return').getAttribute('aria-busy')).to.equal('true');

    await api.release();
    await waitUntil(() => noteOf(element, 'tax_return') === 'Attached: tax return.pdf');
    const replace = control<HTMLButtonElement>(element, 'tax_return');
    expect(replace.tagName).to.equal('BUTTON');
    expect(replace.disabled).to.equal(false);
    expect(replace.getAttribute('aria-label')).to.equal('Replace file: Tax return');
    expect(replace.getAttribute('aria-describedby')).to.equal('note-tax_return');
    replace.focus();
    expect(inside(element).activeElement).to.equal(replace);
    expect(progress(element)).to.equal('1 of 4 required fields done');

    const uploads = (await api.requests()).filter((request) => request.method === 'POST');
    expect(uploads).to.deep.equal([
      {
        method: 'POST',
        path: '/v1/party/attachments/tax_return',
        authorization: 'Bearer party-token',
        body: {
          filename: 'tax return.pdf',
          contentType: 'application/pdf',
          size: PDF_BYTES.length,
        },
      },
    ]);

    // Replace: the button opens the same picker, kept hidden once a file is attached.
    const hidden = inside(element).getElementById('field-tax_return-file') as HTMLInputElement;
    expect(hidden.hidden).to.equal(true);
    let opened = false;
    hidden.addEventListener('click', (event) => {
      opened = true;
      event.preventDefault();
    });
    replace.click();
    expect(opened).to.equal(true);
    choose(hidden, new File([PDF_BYTES], 'amended.pdf', { type: 'application/pdf' }));
    await waitUntil(() => noteOf(element, 'tax_return') === 'Attached: amended.pdf');
    const names = (await api.requests())
      .filter((request) => request.method === 'POST')
      .map((request) => (request.body as { filename: string }).filename);
    expect(names).to.deep.equal(['tax return.pdf', 'amended.pdf']);
  });

  it('shows the server’s refusal next to the field and keeps the file attached before', async () => {
    const { element } = await mount(
      viewWith(
        attachmentField({
          value: 'att_tax_return',
          attachment: {
            id: 'att_tax_return',
            fieldId: 'tax_return',
            filename: 'earlier.pdf',
            contentType: 'application/pdf',
            size: 30,
            sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
            uploadedAt: '2025-01-01T00:00:00.000Z',
          },
        }),
      ),
    );
    // Reloaded: the file attached earlier is shown.
    expect(noteOf(element, 'tax_return')).to.equal('Attached: earlier.pdf');
    expect(progress(element)).to.equal('1 of 4 required fields done');

    const hidden = inside(element).getElementById('field-tax_return-file') as HTMLInputElement;
    const refused = oneEvent(element, 'signport-error');
    choose(hidden, new File(['<html></html>'], 'tax.pdf', { type: 'application/pdf' }));
    expect((await refused).detail).to.deep.include({
      code: 'unsupported_media_type',
      field: 'tax_return',
    });
    await waitUntil(() => errorOf(element, 'tax_return') !== undefined);
    expect(errorOf(element, 'tax_return')).to.contain('This file type is not accepted');
    expect(noteOf(element, 'tax_return')).to.equal('Attached: earlier.pdf');
    const replace = control(element, 'tax_return');
    expect(replace.getAttribute('aria-describedby')).to.equal('note-tax_return error-tax_return');

    choose(hidden, new File([PDF_BYTES + ' '.repeat(70 * 1024)], 'huge.pdf'));
    await waitUntil(() => errorOf(element, 'tax_return')?.includes('larger than'));
    expect(noteOf(element, 'tax_return')).to.equal('Attached: earlier.pdf');
  });

  it('a required attachment not yet uploaded stops Finish at the field; a locked one cannot be chosen', async () => {
    const { api, element } = await mount(
      viewWith(
        attachmentField(),
        attachmentField({
          id: 'bank_letter',
          name: 'Bank letter',
          required: false,
          locked: true,
          rect: { x: 0.1, y: 0.6, width: 0.4, height: 0.04 },
        }),
      ),
    );
    expect(control<HTMLInputElement>(element, 'bank_letter').disabled).to.equal(true);
    button(element, 'Finish and sign').click();
    await waitUntil(() => errorOf(element, 'tax_return') === 'Required');
    expect(
      (await api.requests()).some((request) => request.path === '/v1/party/complete'),
    ).to.equal(false);
  });
});
