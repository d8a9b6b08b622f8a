import type { ApiClient } from '@signport/core/client';

/**
 * Fills `element` with who Signport says the visitor is, from `GET /v1/me` called cross-origin,
 * or with a visible error if the call fails.
 */
export async function showSignedInStatus(element: HTMLElement, api: ApiClient): Promise<void> {
  element.dataset.state = 'loading';
  element.textContent = 'Connecting to Signport…';
  try {
    const { user, account } = await api.me();
    element.dataset.state = 'ready';
    element.textContent = `Signed in to Signport as ${user.name} (${account.name})`;
  } catch (error) {
    element.dataset.state = 'error';
    element.setAttribute('role', 'alert');
    const reason = error instanceof Error ? error.message : String(error);
    element.textContent = `Not signed in to Signport. ${reason}`;
  }
}
