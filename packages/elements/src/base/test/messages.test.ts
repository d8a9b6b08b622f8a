import { expect, fixture, html } from '@open-wc/testing';
import { addMessages, message } from '../messages.js';
import type { Messages } from '../messages.js';
import '../../sign-session/sign-session.messages.js';
import '../../sender-picker/sender-picker.messages.js';

describe('message', () => {
  it('fills every placeholder of a text from its parameters', async () => {
    const element = await fixture(html`<p lang="en"></p>`);
    expect(message(element, 'progress', { filled: 2, required: 5 })).to.equal(
      '2 of 5 required fields done',
    );
    expect(message(element, 'senderPickerCurrent', { name: 'Hana Host' })).to.equal(
      'Sender: Hana Host',
    );
    expect(message(element, 'finish')).to.equal('Finish and sign');
  });

  it('takes a language table added by type, with its placeholders in its own order', async () => {
    const spanish = {
      progress: 'Faltan {required} campos obligatorios; hechos: {filled}',
      finish: 'Terminar y firmar',
    } satisfies Messages;
    addMessages('es', spanish);
    const element = await fixture(html`<div lang="es-MX"><p></p></div>`);
    const inner = element.querySelector('p')!;
    expect(message(inner, 'progress', { filled: 1, required: 3 })).to.equal(
      'Faltan 3 campos obligatorios; hechos: 1',
    );
    expect(message(inner, 'finish')).to.equal('Terminar y firmar');
    // A key the table leaves out is shown in English.
    expect(message(inner, 'decline')).to.equal('Decline to sign');
  });

  it('leaves a placeholder it has no value for as written, whatever the caller', async () => {
    const element = await fixture(html`<p lang="en"></p>`);
    // Plain JavaScript can get past the types; the text then shows what is missing.
    const untyped = message as (element: Element, key: string, params: object) => string;
    expect(untyped(element, 'progress', { filled: 4 })).to.equal(
      '4 of {required} required fields done',
    );
  });

  it('holds callers and language tables to the placeholders by type', () => {
    // These lines only compile because of their `@ts-expect-error`: typecheck fails if they stop failing.
    const check = (element: Element) => [
      // @ts-expect-error `{required}` has no value
      message(element, 'progress', { filled: 1 }),
      // @ts-expect-error a text with placeholders needs its parameters
      message(element, 'progress'),
      // @ts-expect-error a text without placeholders takes none
      message(element, 'finish', { name: 'x' }),
    ];
    // @ts-expect-error a translation must keep `{filled}` and `{required}`
    const dropsOne: Messages = { progress: 'Hechos: {filled}' };
    expect([check, dropsOne]).to.have.length(2);
  });
});
