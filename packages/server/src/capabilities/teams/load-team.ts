import { and, asc, eq } from 'drizzle-orm';
import type { PlanDefaults, PlanTeam, TeamPermission, TeamRole, UserRef } from '@signport/core';
import type { DbExecutor } from '../../platform/db/open-database.js';
import { teamMembers, teams, users } from '../../platform/db/schema/index.js';
import { toUserRef } from '../users/to-user-ref.js';

export interface LoadedTeamMember {
  user: UserRef;
  teamRole: TeamRole;
  permission: TeamPermission;
}

export interface LoadedTeam {
  id: string;
  accountId: string;
  name: string;
  planDefaults: PlanDefaults;
  /** The team's texting hours: see `holdForQuietHours`. */
  smsTimeZone: string;
  smsWindowStart: string | null;
  smsWindowEnd: string | null;
  members: LoadedTeamMember[];
  /** The shape the plan rules take: the rainmaker and every member's id. */
  planTeam: PlanTeam;
  createdAt: Date;
  updatedAt: Date;
}

/** One team of the account with its members, or undefined when the account has no such team. */
export async function loadTeam(
  db: DbExecutor,
  accountId: string,
  teamId: string,
): Promise<LoadedTeam | undefined> {
  const [team] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.accountId, accountId)));
  if (!team) return undefined;
  const rows = await db
    .select({ member: teamMembers, user: users })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.accountId, accountId)))
    .orderBy(asc(teamMembers.createdAt), asc(users.name));
  const members = rows.map(({ member, user }) => ({
    user: toUserRef(user),
    teamRole: member.teamRole,
    permission: member.permission,
  }));
  const rainmaker = members.find((member) => member.teamRole === 'rainmaker');
  if (!rainmaker) throw new Error(`Team ${team.id} has no rainmaker.`);
  return {
    ...team,
    members,
    planTeam: {
      rainmakerId: rainmaker.user.id,
      memberIds: members.map((member) => member.user.id),
    },
  };
}
