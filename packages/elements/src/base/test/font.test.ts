import { expect, fixture, html } from '@open-wc/testing';
import { createTestApi } from '../../../test/test-api.js';
import type { TestWhoami } from '../../../test/test-whoami.js';
import '../../../test/test-whoami.js';

// An unstyled page's default font is Times: the elements bring the system's UI font instead, and a
// host changes it with one property.

async function mount(attributes = '') {
  const api = createTestApi();
  const holder = await fixture<HTMLElement>(
    html`<div style=${attributes}><test-whoami api=${api.url} token="any"></test-whoami></div>`,
  );
  const element = holder.querySelector<TestWhoami>('test-whoami')!;
  await element.updateComplete;
  const shown = element.shadowRoot!.firstElementChild as HTMLElement;
  return getComputedStyle(shown).fontFamily;
}

describe('the elements’ font', () => {
  it('is a system UI stack on an unstyled page, not the page’s Times', async () => {
    expect(getComputedStyle(document.body).fontFamily).to.match(/Times/);
    const font = await mount();
    expect(font).to.match(/^system-ui,/);
    expect(font).not.to.match(/Times/);
  });

  it('is the host’s when it sets --signport-font-family, on the element or an ancestor', async () => {
    expect(await mount('--signport-font-family: Georgia, serif')).to.equal('Georgia, serif');
  });

  it('is not taken from a page rule that matches the element itself', async () => {
    const style = document.createElement('style');
    style.textContent = 'test-whoami { font-family: "Comic Sans MS" }';
    document.head.append(style);
    try {
      expect(await mount()).to.match(/^system-ui,/);
    } finally {
      style.remove();
    }
  });
});
