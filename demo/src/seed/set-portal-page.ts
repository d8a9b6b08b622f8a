import type { AccountSettings, UpdateAccountRequest } from '@signport/core';
import type { ApiClient } from '@signport/core/client';

/**
 * Points the account's emailed client-login links (invitations and password resets) at the
 * demo's own "/portal" page, where `<client-portal-login>` takes the token. Runs on every start:
 * the demo's port, and so its URL, may have changed.
 */
export async function setPortalPage(hostApi: ApiClient, demoUrl: string): Promise<string> {
  const body: UpdateAccountRequest = { portalUrl: `${demoUrl}/portal?activate={token}` };
  const settings = await hostApi.request<AccountSettings>('/v1/account', { method: 'PATCH', body });
  return settings.portalUrl ?? '';
}
