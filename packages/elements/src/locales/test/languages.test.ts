import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createTestApi } from '../../../test/test-api.js';
import { addMessages } from '../../base/messages.js';
import type { SignSession } from '../../sign-session/sign-session.js';
import '../../sign-session/sign-session.js';
import {
  buyerView,
  control,
  inside,
  loaded,
  typeInto,
} from '../../sign-session/test/party-fixture.js';
import { spanish } from '../es.js';
import { french } from '../fr.js';

async function signSession(locale: 'es' | 'fr' | 'en' | null) {
  const api = createTestApi();
  const view = buyerView();
  await api.party({ view: { ...view, party: { ...view.party, locale } } });
  const element = await fixture<SignSession>(
    html`<sign-session api=${api.url} token="party-token"></sign-session>`,
  );
  await loaded(element);
  return element;
}

const text = (element: SignSession) => inside(element).textContent?.replace(/\s+/g, ' ') ?? '';

/** Pretends the browser's language is `language` for the duration of `body`. */
async function withBrowserLanguage(language: string, body: () => Promise<void>) {
  const pageLang = document.documentElement.lang;
  document.documentElement.removeAttribute('lang');
  Object.defineProperty(navigator, 'language', { value: language, configurable: true });
  try {
    await body();
  } finally {
    delete (navigator as { language?: string }).language;
    if (pageLang) document.documentElement.lang = pageLang;
  }
}

describe('languages', () => {
  it('renders <sign-session> in Spanish for a party whose language is es, whatever the page says', async () => {
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = 'en';
    const element = await signSession('es').finally(() => {
      document.documentElement.lang = pageLang;
    });
    expect(element.lang).to.equal('es');
    expect(text(element)).to.contain(spanish.finish);
    expect(text(element)).to.contain('0 de 3 campos obligatorios completados');
    expect(text(element)).not.to.contain('Finish and sign');
  });

  it('renders in French from the browser language when the party has none', async () => {
    await withBrowserLanguage('fr-CA', async () => {
      const element = await signSession(null);
      expect(element.hasAttribute('lang')).to.equal(false);
      expect(text(element)).to.contain(french.finish);
      expect(text(element)).to.contain(french.decline);
    });
  });

  it('checks a typed email in Spanish and asks the server for its refusals in Spanish', async () => {
    const api = createTestApi();
    const view = buyerView();
    await api.party({ view: { ...view, party: { ...view.party, locale: 'es' } } });
    const element = await fixture<SignSession>(
      html`<sign-session api=${api.url} token="party-token"></sign-session>`,
    );
    await loaded(element);
    typeInto(control(element, 'buyer_email'), 'bea-at-example');
    control(element, 'buyer_email').blur();
    typeInto(control(element, 'buyer_name'), 'Bea Compradora');
    control(element, 'buyer_name').blur();
    const error = () =>
      inside(element).querySelector('[data-field=buyer_email] [part~=field-error]');
    await waitUntil(error, 'no message next to the email field');
    expect(error()!.textContent).to.equal(spanish.enterEmail);
    await waitUntil(
      async () => (await api.requests()).some((request) => request.method === 'PATCH'),
      'the name was never saved',
    );
    const save = (await api.requests()).find((request) => request.method === 'PATCH')!;
    expect(save.language).to.equal('es');
  });

  it('keeps a language the host set on the element over the party’s', async () => {
    const api = createTestApi();
    const view = buyerView();
    await api.party({ view: { ...view, party: { ...view.party, locale: 'es' } } });
    const element = await fixture<SignSession>(
      html`<sign-session lang="fr" api=${api.url} token="party-token"></sign-session>`,
    );
    await loaded(element);
    expect(text(element)).to.contain(french.finish);
  });

  it('lets a host override one text or add a language from JavaScript', async () => {
    addMessages('es', { finish: 'Firmar ahora' });
    addMessages('pt', { finish: 'Concluir e assinar' });
    try {
      expect(text(await signSession('es'))).to.contain('Firmar ahora');
      await withBrowserLanguage('pt-BR', async () => {
        const element = await signSession(null);
        expect(text(element)).to.contain('Concluir e assinar');
        // Keys the host did not translate fall back to English.
        expect(text(element)).to.contain('Decline to sign');
      });
    } finally {
      addMessages('es', { finish: spanish.finish });
    }
  });

  it('has every key in Spanish and French, each keeping the English placeholders', async () => {
    for (const catalogue of [spanish, french]) {
      for (const [key, value] of Object.entries(catalogue)) {
        expect(value, key).to.be.a('string').and.not.equal('');
      }
    }
    expect(Object.keys(spanish).sort()).to.deep.equal(Object.keys(french).sort());
  });
});
