import type { AccountSettings, UpdateAccountRequest } from '@signport/core';
import type { ApiClient } from '@signport/core/client';

/**
 * Points the account's emailed signing links at the demo's own "Sign a document" page, so parties
 * sign inside the brokerage site rather than on Signport's hosted page. Runs on every start: the
 * demo's port, and so its URL, may have changed.
 */
export async function setSigningPage(hostApi: ApiClient, demoUrl: string): Promise<string> {
  const body: UpdateAccountRequest = { signingUrl: `${demoUrl}/sign?token={token}` };
  const settings = await hostApi.request<AccountSettings>('/v1/account', { method: 'PATCH', body });
  return settings.signingUrl ?? '';
}
