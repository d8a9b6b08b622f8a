import { Hono } from 'hono';
import type { PlanList } from '@signport/core';
import { SignportApiError, type ApiClient } from '@signport/core/client';
import type { TeamResponse } from '../team/shoreline-team.js';
import { currentUser } from './current-user.js';
import { layout } from './layout.js';
import { teamPlansPage } from './pages/team-plans-page.js';

export interface TeamPlansRouteOptions {
  apiUrl: string;
  /** Client with the account's secret key: the host's backend knows its teams and their plans. */
  hostApi: ApiClient;
  /** The seeded Shoreline Team. */
  teamId: string | undefined;
}

/** `GET /team-plans`: the team's plan defaults for the logged-in member, its members and plans. */
export function teamPlansRoute({ apiUrl, hostApi, teamId }: TeamPlansRouteOptions) {
  return new Hono().get('/team-plans', async (c) => {
    // A team deleted since the demo started reads as not seeded; restarting seeds it again.
    const team = teamId
      ? await hostApi
          .request<TeamResponse>(`/v1/teams/${encodeURIComponent(teamId)}`)
          .catch((error: unknown) => {
            if (error instanceof SignportApiError && error.status === 404) return undefined;
            throw error;
          })
      : undefined;
    const plans = team
      ? (await hostApi.request<PlanList>(`/v1/plans?teamId=${encodeURIComponent(team.id)}`)).items
      : [];
    const user = currentUser(c);
    return c.html(
      layout({
        title: 'Team plans',
        path: '/team-plans',
        user,
        apiUrl,
        content: teamPlansPage({
          user,
          team,
          plans,
          smsOutboxUrl: `${apiUrl}/dev/mailbox/sms`,
          apiUrl,
          planId: c.req.query('plan'),
        }),
      }),
    );
  });
}
