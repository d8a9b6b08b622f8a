// Runs on every page of the demo site: gives the Signport elements their token provider, fills in
// the live status on the home page, and drives the "Sign a document", "Client login", client
// portal and "Team plans" pages.
import { ApiClient, type TokenProvider } from '@signport/core/client';
import { showClients } from './client-list.js';
import { createEmbedTokenProvider } from './embed-token-provider.js';
import { showSigningOutcome } from './party-signing.js';
import { showSavedPlanDefaults } from './plan-defaults-saved.js';
import { dropPortalLinkToken } from './portal-link-token.js';
import { wireSendAgreement } from './send-agreement.js';
import { showSessions } from './session-list.js';
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

const sessionList = document.querySelector<HTMLElement>('[data-session-list]');
if (sessionList && apiUrl) {
  const agent = { api: new ApiClient({ baseUrl: apiUrl, token: tokenProvider }), tokenProvider };
  const refresh = () => showSessions(sessionList, agent);
  void refresh();
  document
    .querySelector('[data-refresh-sessions]')
    ?.addEventListener('click', () => void refresh());
  const sendForm = document.querySelector<HTMLFormElement>('form[data-send-agreement]');
  if (sendForm) wireSendAgreement(sendForm, agent, () => void refresh());
}

const signing = document.querySelector<HTMLElement>('sign-session');
const signingNote = document.querySelector<HTMLElement>('[data-signing-note]');
if (signing && signingNote) showSigningOutcome(signing, signingNote);

const clientList = document.querySelector<HTMLElement>('[data-client-list]');
if (clientList && apiUrl) {
  const agent = { api: new ApiClient({ baseUrl: apiUrl, token: tokenProvider }), tokenProvider };
  const refresh = () => showClients(clientList, agent);
  void refresh();
  document.querySelector('[data-refresh-clients]')?.addEventListener('click', () => void refresh());
  // A newly set-up login shows in the list at once.
  document.addEventListener('signport-portal-access-save', () => void refresh());
}

if (document.querySelector('client-portal-login')) dropPortalLinkToken();

const planDefaults = document.querySelector<HTMLElement>('plan-defaults');
if (planDefaults) showSavedPlanDefaults(planDefaults);

const switcher = document.querySelector<HTMLFormElement>('form.user-switcher');
if (switcher) submitUserSwitcherOnChange(switcher);
