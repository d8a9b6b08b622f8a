// Runs on every page of the demo site: gives the Signport elements their token provider and fills
// in the live status on the home page.
import { ApiClient, type TokenProvider } from '@signport/core/client';
import { createEmbedTokenProvider } from './embed-token-provider.js';
import { showSignedInStatus } from './signed-in-status.js';
import { submitUserSwitcherOnChange } from './user-switcher.js';

type SignportProvider = HTMLElement & { tokenProvider?: TokenProvider };

const tokenProvider = createEmbedTokenProvider('/api/embed-token');

// Lit keeps a property set before the element is defined, so this need not wait for the bundle.
for (const provider of document.querySelectorAll<SignportProvider>('signport-provider')) {
  provider.tokenProvider = tokenProvider;
}

const status = document.querySelector<HTMLElement>('[data-signport-me]');
const apiUrl = document.querySelector('signport-provider')?.getAttribute('api');
if (status && apiUrl) {
  void showSignedInStatus(status, new ApiClient({ baseUrl: apiUrl, token: tokenProvider }));
}

const switcher = document.querySelector<HTMLFormElement>('form.user-switcher');
if (switcher) submitUserSwitcherOnChange(switcher);
