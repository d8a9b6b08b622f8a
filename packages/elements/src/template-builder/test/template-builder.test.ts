import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateField, UpdateTemplateRequest } from '@signport/core/client';
import { createTestApi } from '../../../test/test-api.js';
import type { TemplateBuilder } from '../template-builder.js';
import '../template-builder.js';

const betty = { id: 'usr_betty', externalId: 'betty', name: 'Betty Agent', email: 'b@x.test' };

function template(fields: TemplateField[] = []) {
  return {
    id: 'tpl_offer',
    name: 'Offer',
    owner: betty,
    createdBy: betty,
    roles: [
      { key: 'buyer', name: 'Buyer', order: 1 },
      { key: 'seller', name: 'Seller', order: 2 },
    ],
    signingOrder: 'parallel',
    saveIncomplete: false,
    routing: {},
    fields,
    status: 'ready',
    progress: { pagesRendered: 2, pageCount: 2 },
    processingError: null,
    pages: [],
    form: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const sellerName: TemplateField = {
  id: 'seller_name',
  name: 'Seller name',
  role: 'seller',
  type: 'text',
  page: 1,
  rect: { x: 0.1, y: 0.1, width: 0.3, height: 0.03 },
  required: false,
  locked: false,
  private: false,
};

async function mount(
  fields: TemplateField[] = [],
  failure?: { status: number; code: string; message: string; field?: string },
) {
  const api = createTestApi();
  const setup = async (body: unknown) =>
    fetch(`${api.url}/__templates`, { method: 'PUT', body: JSON.stringify(body) });
  await setup({ templates: [template(fields)], failure });
  const builder = await fixture<TemplateBuilder>(
    html`<template-builder api=${api.url} token="tok" template-id="tpl_offer"></template-builder>`,
  );
  await waitUntil(() => builder.shadowRoot!.querySelector('[part~="page"] img'), 'pages shown');
  const root = builder.shadowRoot!;
  const saved = async () => {
    await builder.updateComplete;
    await waitUntil(
      () =>
        root.querySelector('[part~="save-state"]')?.getAttribute('data-state') !== 'unsaved' &&
        root.querySelector('[part~="save-state"]')?.getAttribute('data-state') !== 'saving',
      'the save finished',
      { timeout: 5000 },
    );
    const state = (await (await fetch(`${api.url}/__templates`)).json()) as {
      items: Array<{ fields: TemplateField[] }>;
      patches: UpdateTemplateRequest[];
    };
    return state;
  };
  return { api, builder, root, saved, setup };
}

/** The centre of an element in viewport pixels, for `sendMouse`. */
function centre(element: Element, dx = 0, dy = 0): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2 + dx), Math.round(box.top + box.height / 2 + dy)];
}

const box = (root: ShadowRoot, id: string) =>
  root.querySelector<HTMLElement>(`[data-field-id="${id}"]`)!;
const typeButton = (root: ShadowRoot, type: string) =>
  root.querySelector<HTMLButtonElement>(`[part~="field-type"][data-type="${type}"]`)!;

describe('<template-builder>', () => {
  beforeEach(async () => {
    await setViewport({ width: 1024, height: 900 });
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('adds a field by dragging on a page, then moves and resizes it with the mouse', async () => {
    const { root, saved } = await mount();
    // A pointer click arms the type for the page.
    await sendMouse({ type: 'click', position: centre(typeButton(root, 'signature')) });
    await waitUntil(() => typeButton(root, 'signature').getAttribute('aria-pressed') === 'true');
    const page = root.querySelector('[data-page="1"]')!;
    const rect = page.getBoundingClientRect();
    const at = (fx: number, fy: number): [number, number] => [
      Math.round(rect.left + rect.width * fx),
      Math.round(rect.top + rect.height * fy),
    ];
    await sendMouse({ type: 'move', position: at(0.2, 0.5) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: at(0.4, 0.52) });
    await sendMouse({ type: 'move', position: at(0.5, 0.55) });
    await sendMouse({ type: 'up' });

    let state = await saved();
    const [added] = state.items[0]!.fields;
    expect(added).to.include({
      type: 'signature',
      role: 'buyer',
      page: 1,
      name: 'Buyer signature',
    });
    expect(added!.rect.x).to.be.closeTo(0.2, 0.01);
    expect(added!.rect.width).to.be.closeTo(0.3, 0.01);
    expect(added!.rect.height).to.be.closeTo(0.05, 0.01);

    // Move: drag the box by its middle.
    const field = box(root, added!.id);
    const [cx, cy] = centre(field);
    await sendMouse({ type: 'move', position: [cx, cy] });
    await sendMouse({ type: 'down' });
    await sendMouse({
      type: 'move',
      position: [cx + Math.round(rect.width * 0.1), cy + Math.round(rect.height * 0.1)],
    });
    await sendMouse({ type: 'up' });
    state = await saved();
    const moved = state.items[0]!.fields[0]!;
    expect(moved.rect.x).to.be.closeTo(0.3, 0.01);
    expect(moved.rect.y).to.be.closeTo(added!.rect.y + 0.1, 0.01);

    // Resize: drag the corner handle.
    const handle = box(root, added!.id).querySelector('.handle')!;
    // The mouse reaches only what is on screen, and the page may sit below the fold.
    handle.scrollIntoView({ block: 'center' });
    const [hx, hy] = centre(handle);
    await sendMouse({ type: 'move', position: [hx, hy] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [hx + Math.round(rect.width * 0.05), hy] });
    await sendMouse({ type: 'up' });
    state = await saved();
    const resized = state.items[0]!.fields[0]!;
    expect(resized.rect.x).to.equal(moved.rect.x);
    expect(resized.rect.width).to.be.closeTo(moved.rect.width + 0.05, 0.01);
    expect(root.querySelector('[part~="save-state"]')!.textContent).to.contain('All changes saved');
  });

  it('adds, moves, resizes and deletes a field with the keyboard alone', async () => {
    const { root, saved } = await mount();
    typeButton(root, 'text').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => root.activeElement?.getAttribute('part') === 'field',
      'the new field has focus',
    );
    const id = root.activeElement!.getAttribute('data-field-id')!;
    let state = await saved();
    const placed = state.items[0]!.fields.find((f) => f.id === id)!;
    expect(placed).to.include({ type: 'text', page: 1 });

    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    state = await saved();
    const changed = state.items[0]!.fields.find((f) => f.id === id)!;
    expect(changed.rect.x).to.be.closeTo(placed.rect.x + 0.02, 0.0001);
    expect(changed.rect.y).to.be.closeTo(placed.rect.y + 0.005, 0.0001);
    expect(changed.rect.width).to.be.closeTo(placed.rect.width + 0.005, 0.0001);
    expect(changed.rect.height).to.be.closeTo(placed.rect.height + 0.005, 0.0001);
    expect(root.activeElement?.getAttribute('data-field-id')).to.equal(id);

    await sendKeys({ press: 'Delete' });
    state = await saved();
    expect(state.items[0]!.fields).to.deep.equal([]);
    expect(state.patches.at(-1)!.removeFieldIds).to.deep.equal([id]);
  });

  it('shows the server’s refusal next to the field it names', async () => {
    const { root, setup, builder } = await mount([sellerName]);
    await setup({
      templates: [template([sellerName])],
      failure: {
        status: 400,
        code: 'validation_failed',
        message: 'fields.0.maxLength: Too big',
        field: 'fields.0.maxLength',
      },
    });
    const errors: string[] = [];
    builder.addEventListener('signport-error', (e) => errors.push(e.detail.field ?? ''));
    root.querySelectorAll<HTMLButtonElement>('.list-item')[0]!.click();
    await waitUntil(() => root.querySelector('#field-max'));
    const max = root.querySelector<HTMLInputElement>('#field-max')!;
    max.value = '5000';
    max.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('#error-maxLength'), 'error shown by the input');
    expect(root.querySelector('#error-maxLength')!.textContent).to.contain('Too big');
    expect(max.getAttribute('aria-invalid')).to.equal('true');
    expect(max.getAttribute('aria-describedby')).to.equal('error-maxLength');
    expect(box(root, 'seller_name').getAttribute('aria-invalid')).to.equal('true');
    const status = root.querySelector('[part~="save-state"]')!;
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.textContent).to.contain('Not saved: fields.0.maxLength: Too big');
    expect(errors).to.deep.equal(['fields.0.maxLength']);
  });

  it('undoes and redoes with the buttons and with Ctrl+Z / Shift+Ctrl+Z', async () => {
    const { root, saved, builder } = await mount([sellerName]);
    box(root, 'seller_name').focus();
    await sendKeys({ press: 'ArrowRight' });
    await saved();
    const x = () =>
      builder.shadowRoot!.querySelector<HTMLElement>('[data-field-id="seller_name"]')!.style.left;
    expect(x()).to.equal('10.5%');
    const undo = [...root.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Undo',
    )!;
    const redo = [...root.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Redo',
    )!;
    undo.click();
    await waitUntil(() => x() === '10%');
    let state = await saved();
    expect(state.items[0]!.fields[0]!.rect.x).to.equal(0.1);
    redo.click();
    await waitUntil(() => x() === '10.5%');
    box(root, 'seller_name').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => x() === '10%', 'Ctrl+Z undid');
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => x() === '10.5%', 'Shift+Ctrl+Z redid');
    state = await saved();
    expect(state.items[0]!.fields[0]!.rect.x).to.equal(0.105);
  });

  it('shows saving, then saved, and fires change and save events', async () => {
    const { root, builder, saved } = await mount([sellerName]);
    const change = oneEvent(builder, 'signport-template-change');
    const save = oneEvent(builder, 'signport-template-save');
    box(root, 'seller_name').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect((await change).detail.fields[0]!.rect.y).to.be.closeTo(0.095, 0.0001);
    const state = () => root.querySelector('[part~="save-state"]')!;
    expect(state().textContent).to.contain('Unsaved changes');
    expect((await save).detail.template.fields[0]!.rect.y).to.be.closeTo(0.095, 0.0001);
    await saved();
    expect(state().textContent).to.contain('All changes saved');
    expect(state().getAttribute('role')).to.equal('status');
  });

  it('previews what one role sees: its fields highlighted, the others dimmed and fixed', async () => {
    const buyerSignature = {
      ...sellerName,
      id: 'buyer_signature',
      name: 'Buyer signature',
      role: 'buyer',
      type: 'signature' as const,
      required: true,
      rect: { x: 0.1, y: 0.8, width: 0.3, height: 0.05 },
    };
    const { root, builder } = await mount([sellerName, buyerSignature]);
    const preview = root.querySelector<HTMLSelectElement>('#preview')!;
    preview.value = 'buyer';
    preview.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('.field.mine'));
    expect(root.querySelector('.field.mine')!.textContent).to.contain('Buyer signature');
    expect(root.querySelector('.field.dimmed')!.textContent).to.contain('Seller name');
    expect(root.querySelector('[part~="field"][data-field-id]')).to.equal(null);
    expect(root.querySelector('[part~="field-type"]')).to.equal(null);
    expect(root.textContent).to.contain('Showing what Buyer sees');
    await expect(builder).to.be.accessible();
  });

  it('duplicates a field onto every page and copies one to another page', async () => {
    const initials = {
      ...sellerName,
      id: 'seller_initials',
      name: 'Seller initials',
      type: 'initials' as const,
      required: true,
    };
    const { root, saved } = await mount([initials]);
    root.querySelector<HTMLButtonElement>('.list-item')!.click();
    await waitUntil(() => root.querySelector('[part~="settings"]'));
    [...root.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Duplicate on every page'))!
      .click();
    const state = await saved();
    expect(state.items[0]!.fields.map((f) => [f.id, f.page])).to.deep.equal([
      ['seller_initials', 1],
      ['seller_initials_p2', 2],
    ]);
    expect(state.items[0]!.fields.map((f) => f.name)).to.deep.equal([
      'Seller initials (page 1)',
      'Seller initials (page 2)',
    ]);
    expect(root.querySelectorAll('[data-page="2"] [part~="field"]').length).to.equal(1);
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy')!.click();
    const copied = await saved();
    expect(copied.items[0]!.fields.map((f) => [f.id, f.page]).at(-1)).to.deep.equal([
      'seller_initials_p2_2',
      2,
    ]);
    expect(root.querySelectorAll('[data-page="2"] [part~="field"]').length).to.equal(2);
  });

  it('edits roles and signing order, and is accessible at 1024 and 768 pixels', async () => {
    const { root, builder, saved } = await mount([sellerName]);
    const order = root.querySelector<HTMLSelectElement>('#signing-order')!;
    order.value = 'sequential';
    order.dispatchEvent(new Event('change'));
    [...root.querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Add a role')!
      .click();
    const state = await saved();
    const patch = state.patches.at(-1)!;
    expect(patch.signingOrder).to.equal('sequential');
    expect(patch.roles!.map((r) => r.key)).to.deep.equal(['buyer', 'seller', 'signer_3']);
    await expect(builder).to.be.accessible();
    await setViewport({ width: 768, height: 900 });
    await waitUntil(() => builder.getBoundingClientRect().width <= 768);
    expect(root.querySelector('[part~="field-type"]')).to.not.equal(null);
    await expect(builder).to.be.accessible();
  });

  it('is read-only with a clear message on a phone', async () => {
    await setViewport({ width: 375, height: 700 });
    const { root, builder } = await mount([sellerName]);
    await waitUntil(() => root.querySelector('[part~="phone-note"]'), 'phone note shown');
    expect(root.querySelector('[part~="phone-note"]')!.textContent).to.contain(
      'needs a wider screen',
    );
    expect(root.querySelector('[part~="field-type"]')).to.equal(null);
    expect(root.querySelector('button[part~="field"]')).to.equal(null);
    expect(root.querySelector('.field')!.textContent).to.contain('Seller name');
    await expect(builder).to.be.accessible();
  });

  it('uploads a dropped or picked PDF and shows its pages once rendered', async () => {
    const api = createTestApi();
    await fetch(`${api.url}/__templates`, {
      method: 'PUT',
      body: JSON.stringify({ templates: [template()] }),
    });
    const ready: unknown[] = [];
    const builder = await fixture<TemplateBuilder>(
      html`<template-builder
        api=${api.url}
        token="tok"
        @signport-ready=${(event: CustomEvent) => ready.push(event.detail)}
      ></template-builder>`,
    );
    const root = builder.shadowRoot!;
    // The upload form is what it shows: ready, once, even after the upload.
    expect(ready).to.deep.equal([{}]);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File(['%PDF-1.7'], 'Lease.pdf', { type: 'application/pdf' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('[data-page="2"] img'), 'pages shown', {
      timeout: 5000,
    });
    expect(builder.getAttribute('template-id')).to.equal('tpl_upload_1');
    expect(ready).to.deep.equal([{}]);
  });

  it('lists each faulty text tag of a refused upload with its page', async () => {
    const api = createTestApi();
    const tags = [
      { tag: '{{signatur:buyer}}', page: 1, message: 'Unknown field type “signatur”' },
      { tag: '{{initials:tenant}}', page: 3, message: 'No role “tenant” in this template' },
    ];
    await fetch(`${api.url}/__templates`, {
      method: 'PUT',
      body: JSON.stringify({
        templates: [template()],
        uploadFailure: {
          error: {
            code: 'invalid_text_tags',
            message: 'Two tags could not become fields.',
            field: 'file',
            tags,
          },
        },
      }),
    });
    const errors: unknown[] = [];
    const builder = await fixture<TemplateBuilder>(
      html`<template-builder
        api=${api.url}
        token="tok"
        @signport-error=${(event: CustomEvent) => errors.push(event.detail)}
      ></template-builder>`,
    );
    const root = builder.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File(['%PDF-1.7'], 'Tagged.pdf', { type: 'application/pdf' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('[part~="tag-errors"]'), 'tag errors shown');
    expect(root.querySelector('[part~="error"]')!.textContent).to.contain(
      'Two tags could not become fields.',
    );
    expect(
      [...root.querySelectorAll('[part~="tag-errors"] li')].map((item) => item.textContent),
    ).to.deep.equal([
      'Page 1, {{signatur:buyer}}: Unknown field type “signatur”',
      'Page 3, {{initials:tenant}}: No role “tenant” in this template',
    ]);
    expect(errors).to.have.length(1);
    await expect(builder).to.be.accessible();
  });
});
