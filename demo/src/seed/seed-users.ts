import type { ApiClient } from '@signport/core/client';
import type { UpsertUserRequest, User } from '@signport/core';
import { demoUsers } from '../demo-users.js';

/** Signport's user records of the demo's people, by external id. */
export type SeededUsers = ReadonlyMap<string, User>;

/**
 * Upserts the demo's people through the real API with the secret key, as a host does when its
 * users sign up or change their profile. The logo URL points at the demo site's current origin.
 */
export async function seedUsers(hostApi: ApiClient, demoUrl: string): Promise<SeededUsers> {
  const users = new Map<string, User>();
  for (const user of demoUsers) {
    const body: UpsertUserRequest = {
      name: user.name,
      email: user.email,
      branding: {
        logoUrl: `${demoUrl}/assets/logos/${user.externalId}.svg`,
        color: user.color,
        signatureBlock: user.signatureBlock,
      },
    };
    const saved = await hostApi.request<User>(`/v1/users/${encodeURIComponent(user.externalId)}`, {
      method: 'PUT',
      body,
    });
    users.set(user.externalId, saved);
  }
  return users;
}
