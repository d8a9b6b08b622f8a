import { html } from 'lit';
import type { Me } from '@signport/core/client';
import { ApiCall } from '../src/base/api-call.js';
import { SignportElement } from '../src/base/signport-element.js';

/** A test-only element on the shared base: loads `/v1/me` and names the caller. */
export class TestWhoami extends SignportElement {
  readonly me = new ApiCall<Me>(this, {
    task: (api, signal) => api.me(signal),
    dependencies: () => [this.apiUrl],
    announcesReady: true,
  });

  protected override render() {
    return this.me.render({ complete: (me) => html`<p part="name">${me.user.name}</p>` });
  }
}

if (!customElements.get('test-whoami')) customElements.define('test-whoami', TestWhoami);

declare global {
  interface HTMLElementTagNameMap {
    'test-whoami': TestWhoami;
  }
}
