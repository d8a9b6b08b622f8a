import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createTestApi } from '../../../test/test-api.js';
import type { TestWhoami } from '../../../test/test-whoami.js';
import '../../../test/test-whoami.js';
import type { SignportProvider } from '../signport-provider.js';
import '../signport-provider.js';

async function settledOn(element: TestWhoami, name: string): Promise<void> {
  await waitUntil(
    () => element.shadowRoot?.querySelector('[part=name]')?.textContent === name,
    `never showed ${name}: ${element.shadowRoot?.textContent?.trim()}`,
  );
}

describe('<signport-provider>', () => {
  it('is defined once and adds no box of its own to the layout', async () => {
    const provider = await fixture<SignportProvider>(
      html`<signport-provider><p>content</p></signport-provider>`,
    );
    expect(provider).to.be.instanceOf(customElements.get('signport-provider'));
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.querySelector('p')?.checkVisibility()).to.equal(true);
  });

  it('shares a changed token with the elements inside for their next request', async () => {
    const api = createTestApi();
    const provider = await fixture<SignportProvider>(html`
      <signport-provider api=${api.url} token="first"
        ><test-whoami></test-whoami
      ></signport-provider>
    `);
    const element = provider.querySelector('test-whoami')!;
    await settledOn(element, 'Holder of first');

    provider.setAttribute('token', 'second');
    await element.me.run();

    expect(await api.authorizations()).to.deep.equal(['Bearer first', 'Bearer second']);
  });

  it('makes the elements inside load again from a changed api address', async () => {
    const before = createTestApi();
    const after = createTestApi();
    const provider = await fixture<SignportProvider>(html`
      <signport-provider api=${before.url} token="t"><test-whoami></test-whoami></signport-provider>
    `);
    const element = provider.querySelector('test-whoami')!;
    await settledOn(element, 'Holder of t');

    provider.setAttribute('api', after.url);
    provider.setAttribute('token', 'moved');
    await settledOn(element, 'Holder of moved');

    expect(await before.authorizations()).to.deep.equal(['Bearer t']);
    expect(await after.authorizations()).to.deep.equal(['Bearer moved']);
  });

  it('shares a tokenProvider set later as a property', async () => {
    const api = createTestApi();
    const provider = await fixture<SignportProvider>(html`
      <signport-provider api=${api.url} token="fixed"
        ><test-whoami></test-whoami
      ></signport-provider>
    `);
    const element = provider.querySelector('test-whoami')!;
    await settledOn(element, 'Holder of fixed');

    provider.tokenProvider = () => 'refreshed';
    await element.me.run();

    expect(await api.authorizations()).to.deep.equal(['Bearer fixed', 'Bearer refreshed']);
  });

  it('serves elements added inside it later', async () => {
    const api = createTestApi();
    const provider = await fixture<SignportProvider>(
      html`<signport-provider api=${api.url} token="late"></signport-provider>`,
    );
    const element = document.createElement('test-whoami');
    provider.append(element);
    await settledOn(element, 'Holder of late');
  });

  it('keeps a tokenProvider the page set before the element was upgraded', async () => {
    const api = createTestApi();
    // Elements of a document without a window are never upgraded: like a page whose bundle is still loading.
    const inert = document.implementation.createHTMLDocument('');
    const provider = inert.createElement('signport-provider');
    provider.setAttribute('api', api.url);
    (provider as SignportProvider).tokenProvider = () => 'early';
    provider.append(inert.createElement('test-whoami'));

    const container = await fixture(html`<div></div>`);
    container.append(document.adoptNode(provider));
    await settledOn(container.querySelector('test-whoami')!, 'Holder of early');

    expect(await api.authorizations()).to.deep.equal(['Bearer early']);
  });
});
