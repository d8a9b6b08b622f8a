import type { CreatePlanRequest, PlanDefaults, PlanList } from '@signport/core';
import { SignportApiError, type ApiClient } from '@signport/core/client';
import {
  initialPlanDefaults,
  newBuyerPlan,
  shorelineTeam,
  type TeamResponse,
} from '../team/shoreline-team.js';
import { ben, olivia } from '../portal/shoreline-clients.js';
import type { SeededUsers } from './seed-users.js';

/**
 * Makes sure the Shoreline Team exists (Bernie its rainmaker, Alice enhanced, Betty basic) with
 * its starting plan defaults and the "New buyer lead" plan, and returns its id. A team seeded
 * earlier is kept as it is, defaults included, so what visitors saved survives a restart. Alice's
 * clients become its contacts, but none is enrolled: nothing is sent.
 */
export async function seedTeamPlans(
  hostApi: ApiClient,
  users: SeededUsers,
  teamId: string | undefined,
): Promise<{ teamId: string; created: boolean }> {
  let created = false;
  if (!teamId || !(await teamExists(hostApi, teamId))) {
    const members = shorelineTeam.members.map(({ externalId, teamRole, permission }) => {
      const userId = users.get(externalId)?.id;
      if (!userId) throw new Error(`Seed ${externalId} before the team`);
      return { userId, teamRole, permission };
    });
    const team = await hostApi.request<TeamResponse>('/v1/teams', {
      method: 'POST',
      body: { name: shorelineTeam.name, members },
    });
    const body: PlanDefaults = initialPlanDefaults;
    await hostApi.request(`/v1/teams/${team.id}/plan-defaults`, { method: 'PUT', body });
    teamId = team.id;
    created = true;
  }
  const plans = await hostApi.request<PlanList>(`/v1/plans?teamId=${encodeURIComponent(teamId)}`);
  if (plans.items.length === 0) {
    const body: CreatePlanRequest = { teamId, ...newBuyerPlan };
    await hostApi.request('/v1/plans', { method: 'POST', body });
  }
  await ensureTeamContacts(hostApi, users, teamId);
  return { teamId, created };
}

/** Alice's clients as contacts the plans may enrol, with Alice their assignee (no phone: no texts). */
async function ensureTeamContacts(hostApi: ApiClient, users: SeededUsers, teamId: string) {
  const path = `/v1/teams/${encodeURIComponent(teamId)}/contacts`;
  const { items } = await hostApi.request<{ items: unknown[] }>(path);
  if (items.length) return;
  for (const client of [olivia, ben]) {
    const assigneeId = users.get(client.agent)?.id ?? null;
    await hostApi.request(path, {
      method: 'POST',
      body: { name: client.name, email: client.email, phone: null, assigneeId },
    });
  }
}

async function teamExists(hostApi: ApiClient, teamId: string): Promise<boolean> {
  try {
    await hostApi.request(`/v1/teams/${encodeURIComponent(teamId)}`);
    return true;
  } catch (error) {
    if (error instanceof SignportApiError && error.status === 404) return false;
    throw error;
  }
}
