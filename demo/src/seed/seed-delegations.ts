import { delegationScopes, type CreateDelegationRequest } from '@signport/core';
import { SignportApiError, type ApiClient } from '@signport/core/client';
import { demoDelegations } from '../demo-users.js';
import type { SeededUsers } from './seed-users.js';

const isStatus = (error: unknown, status: number) =>
  error instanceof SignportApiError && error.status === status;

/**
 * Makes Betty the assistant of Bernie and Alice with every scope. Resolves false without doing
 * anything while the API has no `/v1/delegations` route (404), so an older server still runs the
 * demo; true once seeded. A delegation that already exists (409) counts as seeded.
 */
export async function seedDelegations(hostApi: ApiClient, users: SeededUsers): Promise<boolean> {
  for (const [index, { assistant, principal }] of demoDelegations.entries()) {
    const assistantId = users.get(assistant)?.id;
    const principalId = users.get(principal)?.id;
    if (!assistantId || !principalId) throw new Error(`Seed ${assistant} and ${principal} first`);
    const body: CreateDelegationRequest = {
      assistantId,
      principalId,
      scopes: [...delegationScopes],
    };
    try {
      await hostApi.request('/v1/delegations', { method: 'POST', body });
    } catch (error) {
      // Both users exist, so a 404 on the first call can only mean the route does not.
      if (index === 0 && isStatus(error, 404)) return false;
      if (!isStatus(error, 409)) throw error;
    }
  }
  return true;
}
