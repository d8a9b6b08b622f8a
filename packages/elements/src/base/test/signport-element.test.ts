import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createTestApi } from '../../../test/test-api.js';
import type { TestWhoami } from '../../../test/test-whoami.js';
import '../../../test/test-whoami.js';
import { addMessages } from '../messages.js';
import '../../signport-provider/signport-provider.js';

async function settled(element: TestWhoami): Promise<void> {
  await waitUntil(
    () => element.me.status === 'complete' || element.me.status === 'error',
    'the API call never finished',
  );
  await element.updateComplete;
}

function shown(element: TestWhoami, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** Puts a `<test-whoami>` inside another element's shadow root, as a host's own component would. */
class TestCard extends LitElement {
  static override properties = { api: {} };
  declare api: string;
  protected override render() {
    return html`<section><test-whoami api=${this.api} token="card-token"></test-whoami></section>`;
  }
}
if (!customElements.get('test-card')) customElements.define('test-card', TestCard);

describe('SignportElement', () => {
  describe('API client', () => {
    it('uses the api and token shared by an ancestor <signport-provider>', async () => {
      const api = createTestApi();
      const provider = await fixture(html`
        <signport-provider api=${api.url} token="provider-token"
          ><test-whoami></test-whoami
        ></signport-provider>
      `);
      const element = provider.querySelector('test-whoami')!;
      await settled(element);

      expect(shown(element, '[part=name]')?.textContent).to.equal('Holder of provider-token');
      expect(await api.authorizations()).to.deep.equal(['Bearer provider-token']);
    });

    it("lets the element's own api and token attributes override the provider's", async () => {
      const providerApi = createTestApi();
      const ownApi = createTestApi();
      const provider = await fixture(html`
        <signport-provider api=${providerApi.url} token="provider-token">
          <test-whoami api=${ownApi.url} token="own-token"></test-whoami>
        </signport-provider>
      `);
      const element = provider.querySelector('test-whoami')!;
      await settled(element);

      expect(shown(element, '[part=name]')?.textContent).to.equal('Holder of own-token');
      expect(await ownApi.authorizations()).to.deep.equal(['Bearer own-token']);
      expect(await providerApi.authorizations()).to.deep.equal([]);
    });

    it('asks its tokenProvider before every request, so a refreshed token is used at once', async () => {
      const api = createTestApi();
      let issued = 0;
      const tokenProvider = async () => `fresh-${++issued}`;
      const provider = await fixture(html`
        <signport-provider api=${api.url} token="provider-token">
          <test-whoami token="own-token" .tokenProvider=${tokenProvider}></test-whoami>
        </signport-provider>
      `);
      const element = provider.querySelector('test-whoami')!;
      await settled(element);
      await element.me.run();
      await element.updateComplete;

      expect(issued).to.equal(2);
      expect(await api.authorizations()).to.deep.equal(['Bearer fresh-1', 'Bearer fresh-2']);
      expect(shown(element, '[part=name]')?.textContent).to.equal('Holder of fresh-2');
    });

    it("uses the provider's tokenProvider when the element has no token of its own", async () => {
      const api = createTestApi();
      let issued = 0;
      const provider = await fixture(html`
        <signport-provider api=${api.url} .tokenProvider=${() => `shared-${++issued}`}>
          <test-whoami></test-whoami>
        </signport-provider>
      `);
      const element = provider.querySelector('test-whoami')!;
      await settled(element);
      await element.me.run();

      expect(await api.authorizations()).to.deep.equal(['Bearer shared-1', 'Bearer shared-2']);
    });
  });

  describe('loading and error states', () => {
    it('shows a busy status while the request is in flight, then the result and signport-ready', async () => {
      const api = createTestApi();
      await api.scenario({ hold: true });
      const element = await fixture<TestWhoami>(
        html`<test-whoami api=${api.url} token="t"></test-whoami>`,
      );
      await waitUntil(
        async () => (await api.authorizations()).length === 1,
        'the request never reached the API',
      );

      const status = shown(element, '[role=status]');
      expect(status?.getAttribute('aria-busy')).to.equal('true');
      expect(status?.textContent?.trim()).to.equal('Loading…');
      expect(element.shadowRoot!.querySelector('[part=name]')).to.equal(null);

      const ready = oneEvent(element, 'signport-ready');
      await api.release();
      await ready;
      expect(shown(element, '[role=status]')).to.equal(null);
      expect(shown(element, '[part=name]')?.textContent).to.equal('Holder of t');
    });

    it('finishes a load the element was moved during, keeps it when moved again, and fires signport-ready once', async () => {
      const api = createTestApi();
      await api.scenario({ hold: true });
      const element = await fixture<TestWhoami>(
        html`<test-whoami api=${api.url} token="t"></test-whoami>`,
      );
      await waitUntil(async () => (await api.authorizations()).length === 1);
      const parent = element.parentElement!;
      let readyEvents = 0;
      element.addEventListener('signport-ready', () => readyEvents++);
      element.remove();
      await api.release();
      parent.append(element);
      await settled(element);
      expect(shown(element, '[part=name]')?.textContent).to.equal('Holder of t');
      expect(await api.authorizations()).to.have.length(1);

      // Moved again once loaded: what it shows stays, without asking the server again.
      element.remove();
      parent.append(element);
      await element.updateComplete;
      expect(shown(element, '[part=name]')?.textContent).to.equal('Holder of t');
      expect(await api.authorizations()).to.have.length(1);
      expect(readyEvents).to.equal(1);
    });

    it("shows the server's own error message in an alert and emits signport-error with its detail", async () => {
      const api = createTestApi();
      const failure = {
        status: 422,
        code: 'field_locked',
        message: 'The sender locked the price.',
        field: 'price',
      };
      await api.scenario({ hold: true, failure });
      const element = await fixture<TestWhoami>(
        html`<test-whoami api=${api.url} token="t"></test-whoami>`,
      );
      const errorEvent = oneEvent(element, 'signport-error');
      await api.release();
      const { detail } = await errorEvent;
      await element.updateComplete;

      expect(detail).to.deep.equal({
        code: 'field_locked',
        message: 'The sender locked the price.',
        field: 'price',
      });
      expect(shown(element, '[role=alert]')?.textContent).to.equal('The sender locked the price.');
      expect(element.me.error?.status).to.equal(422);
    });

    it('explains what is missing when no server address is configured', async () => {
      const element = document.createElement('test-whoami');
      const errorEvent = oneEvent(element, 'signport-error');
      await fixture(html`<div>${element}</div>`);
      const { detail } = await errorEvent;
      await element.updateComplete;

      expect(detail.code).to.equal('not_configured');
      expect(shown(element, '[role=alert]')?.textContent).to.contain('api attribute');
    });

    it('shows its own texts in the language of the nearest lang attribute', async () => {
      addMessages('fr', { loading: 'Chargement…' });
      const api = createTestApi();
      await api.scenario({ hold: true });
      const wrapper = await fixture(html`
        <div lang="fr-CA">
          <test-whoami api=${api.url} token="t"></test-whoami>
          <test-card api=${api.url}></test-card>
        </div>
      `);
      const element = wrapper.querySelector('test-whoami')!;
      const card = wrapper.querySelector<TestCard>('test-card')!;
      await card.updateComplete;
      const nested = card.shadowRoot!.querySelector('test-whoami')!;
      await nested.updateComplete;

      expect(shown(element, '[role=status]')?.textContent?.trim()).to.equal('Chargement…');
      expect(shown(nested, '[role=status]')?.textContent?.trim()).to.equal('Chargement…');
      await api.release();
    });
  });

  describe('events', () => {
    it('bubble out of shadow roots to the page, retargeted, with their typed detail', async () => {
      const api = createTestApi();
      await api.scenario({
        failure: { status: 401, code: 'token_expired', message: 'Your session has expired.' },
      });
      const seen: {
        type: string;
        target: EventTarget | null;
        detail: unknown;
        bubbles: boolean;
        composed: boolean;
      }[] = [];
      const record = (event: CustomEvent) =>
        seen.push({
          type: event.type,
          target: event.target,
          detail: event.detail,
          bubbles: event.bubbles,
          composed: event.composed,
        });
      document.addEventListener('signport-error', record);
      try {
        const card = await fixture<TestCard>(html`<test-card api=${api.url}></test-card>`);
        await waitUntil(() => seen.length === 1, 'signport-error never reached the document');

        expect(seen[0]).to.deep.equal({
          type: 'signport-error',
          target: card,
          detail: { code: 'token_expired', message: 'Your session has expired.', field: undefined },
          bubbles: true,
          composed: true,
        });
        expect(await api.authorizations()).to.deep.equal(['Bearer card-token']);
      } finally {
        document.removeEventListener('signport-error', record);
      }
    });

    it('are checked against the event map when emitted', () => {
      const element = document.createElement('test-whoami');
      const event = element.emit('signport-error', { code: 'c', message: 'm', field: undefined });
      expect(event.detail.code).to.equal('c');
      // @ts-expect-error a signport-error detail needs a message
      element.emit('signport-error', { code: 'c', field: undefined });
      // @ts-expect-error only signport-* events are emitted
      element.emit('click', {});
    });
  });

  describe('page isolation and theming', () => {
    it("takes the page's colour but not its font (base/test/font.test.ts) nor other inherited text style", async () => {
      const api = createTestApi();
      const wrapper = await fixture(html`
        <div
          style="font-family: Georgia, serif; color: rgb(10, 20, 30); text-transform: uppercase; letter-spacing: 7px; line-height: 4; text-align: right"
        >
          <test-whoami api=${api.url} token="t"></test-whoami>
        </div>
      `);
      const element = wrapper.querySelector('test-whoami')!;
      await settled(element);
      const name = getComputedStyle(shown(element, '[part=name]')!);

      expect(name.fontFamily).to.equal('system-ui, sans-serif');
      expect(name.color).to.equal('rgb(10, 20, 30)');
      expect(name.textTransform).to.equal('none');
      expect(name.letterSpacing).to.equal('normal');
      expect(name.textAlign).to.equal('start');
      expect(parseFloat(name.lineHeight) / parseFloat(name.fontSize)).to.equal(1.5);
    });

    it('is themed by --signport-* properties and exposes parts, without styling the page', async () => {
      const api = createTestApi();
      await api.scenario({ failure: { status: 403, code: 'forbidden', message: 'Not yours.' } });
      const wrapper = await fixture(html`
        <div style="--signport-color-error: rgb(120, 0, 60); --signport-radius: 3px">
          <style>
            .themed::part(error) {
              font-style: italic;
            }
          </style>
          <test-whoami class="themed" api=${api.url} token="t"></test-whoami>
          <p part="error" role="note">Page text</p>
        </div>
      `);
      const element = wrapper.querySelector('test-whoami')!;
      await settled(element);
      const error = getComputedStyle(shown(element, '[part=error]')!);
      const pageText = getComputedStyle(wrapper.querySelector('p')!);

      expect(error.color).to.equal('rgb(120, 0, 60)');
      expect(error.borderTopLeftRadius).to.equal('3px');
      expect(error.fontStyle).to.equal('italic');
      expect(pageText.borderTopStyle).to.equal('none');
      expect(pageText.color).not.to.equal('rgb(120, 0, 60)');
    });
  });

  describe('accessibility', () => {
    it('passes axe while loading, with a result and with an error', async () => {
      const loading = createTestApi();
      await loading.scenario({ hold: true });
      const failing = createTestApi();
      await failing.scenario({
        failure: { status: 400, code: 'validation_failed', message: 'Check the email address.' },
      });
      const ok = createTestApi();
      const page = await fixture(html`
        <main>
          <test-whoami api=${loading.url} token="t"></test-whoami>
          <test-whoami api=${ok.url} token="t"></test-whoami>
          <test-whoami api=${failing.url} token="t"></test-whoami>
        </main>
      `);
      const [pending, complete, failed] = [...page.querySelectorAll('test-whoami')] as [
        TestWhoami,
        TestWhoami,
        TestWhoami,
      ];
      await settled(complete);
      await settled(failed);
      expect(pending.me.status).to.equal('pending');

      await expect(page).to.be.accessible();
      await loading.release();
    });
  });
});
