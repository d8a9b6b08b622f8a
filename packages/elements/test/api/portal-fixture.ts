import type { PortalAccessSettings, PortalSection } from '@signport/core/client';

/** The browser side of `portal.ts`: what the scope's portal holds. */
export interface PortalFixture {
  status?: 'active' | 'inactive';
  grants?: PortalSection[];
  accessTtlSeconds?: number;
  documents?: unknown[];
  feedback?: unknown[];
  activity?: unknown[];
  messages?: unknown[];
  access?: PortalAccessSettings;
}

export const PORTAL_ACCOUNT = 'acc_test';
export const PORTAL_USERNAME = 'olivia@example.com';
export const PORTAL_PASSWORD = 'correct horse battery staple';
export const ACTIVATION_TOKEN = 'activation-token-0123456789';
export const RESET_TOKEN = 'reset-token-0123456789';

/** Changes the portal of the test API scope at `apiUrl`. */
export async function setPortal(apiUrl: string, fixture: PortalFixture): Promise<void> {
  const response = await fetch(`${apiUrl}/__portal`, {
    method: 'PUT',
    body: JSON.stringify(fixture),
  });
  if (!response.ok) throw new Error(`Test API __portal answered ${response.status}`);
}
