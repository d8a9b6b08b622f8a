import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { defineAs } from '../define.js';

/** The host page's own `<sender-picker>`, registered before Signport's bundle loads. */
class HostSenderPicker extends HTMLElement {}
customElements.define('sender-picker', HostSenderPicker);

describe('define', () => {
  it('leaves a tag the page already defined to the page, and says so in the console', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      await import('../../sender-picker/sender-picker.js');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('sender-picker')).to.equal(HostSenderPicker);
    expect(warnings.map((args) => String(args[0]))).to.deep.equal([
      '<sender-picker> is already defined; see defineAs()',
    ]);
  });

  it('registers an element under a name the host chooses, working as under its own', async () => {
    const { SenderPicker } = await import('../../sender-picker/sender-picker.js');
    const Renamed = defineAs('acme-sender-picker', SenderPicker);
    expect(customElements.get('acme-sender-picker')).to.equal(Renamed);
    expect(new Renamed()).to.be.instanceOf(SenderPicker);

    const tag = unsafeStatic('acme-sender-picker');
    const element = await fixture<InstanceType<typeof SenderPicker>>(staticHtml`<${tag}></${tag}>`);
    // Without an `api` it explains what it needs: it rendered as Signport's element.
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[part~=error]')?.textContent).to.contain(
      'needs the address of the signing service',
    );
    // The same class can take a second name too: each name gets its own subclass.
    expect(() => defineAs('other-sender-picker', SenderPicker)).not.to.throw();
  });
});
