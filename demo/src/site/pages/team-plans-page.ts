import { html } from 'hono/html';
import type { Plan } from '@signport/core';
import type { DemoUser } from '../../demo-users.js';
import { assigneeRoleLabels, type TeamResponse } from '../../team/shoreline-team.js';

export interface TeamPlansPageOptions {
  user: DemoUser;
  /** The team as the host's backend reads it; undefined before it is seeded. */
  team: TeamResponse | undefined;
  plans: Plan[];
  smsOutboxUrl: string;
  apiUrl: string;
  /** The plan open in the editor (`?plan=<id>`); the first one by default. */
  planId: string | undefined;
}

type Step = Plan['steps'][number];

const stepLabels: Record<Step['type'], string> = {
  email: 'Email',
  sms: 'Text message',
  task: 'Task',
};
const permissionNotes = {
  basic:
    'You are a basic member: you can see the defaults, but only the rainmaker and enhanced or unlimited members may change them.',
  enhanced: 'You are an enhanced member: you may change the defaults.',
  unlimited: 'You may change the defaults.',
} as const;

function delay(minutes: number): string {
  if (minutes === 0) return 'at once';
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'} later`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'} later`;
  return `${minutes} minutes later`;
}

function stepText(step: Step): string {
  if (step.type === 'email') return `“${step.subject}”`;
  if (step.type === 'sms') return `“${step.text}”`;
  return step.title;
}

/** Who carries the step: its own override, or the team default (kept current by the page script). */
function carrier(step: Step, team: TeamResponse) {
  return step.assignee
    ? html`${assigneeRoleLabels[step.assignee]} (set on this step)`
    : html`<span data-step-default="${step.type}"
          >${assigneeRoleLabels[team.planDefaults[step.type]]}</span
        >
        (team default)`;
}

function planCard(plan: Plan, team: TeamResponse) {
  return html`<li class="plan-item" data-plan-id="${plan.id}">
    <strong><a href="/team-plans?plan=${plan.id}#plan-editor">${plan.name}</a></strong>
    <ol class="plan-steps">
      ${plan.steps.map(
        (step) =>
          html`<li>
            <span class="badge">${stepLabels[step.type]}</span>
            ${delay(step.delayMinutes)}: ${stepText(step)}
            <span class="status-detail">· carried by ${carrier(step, team)}</span>
          </li>`,
      )}
    </ol>
  </li>`;
}

/**
 * "Team plans": `<plan-defaults>` for the logged-in member (the server decides whether they may
 * save), the team's members with their permission, and the team's plans.
 */
export function teamPlansPage({
  user,
  team,
  plans,
  smsOutboxUrl,
  apiUrl,
  planId,
}: TeamPlansPageOptions) {
  if (!team) {
    return html`<h1>Team plans</h1>
      <div class="placeholder" data-element-slot="plan-defaults">
        <p>The Shoreline Team is not seeded yet; restart the demo.</p>
      </div>`;
  }
  const me = team.members.find((member) => member.user.email === user.email);
  return html`
    <h1>Team plans</h1>
    <p class="lead">
      The ${team.name}'s plans send emails and texts and create tasks for its contacts. Choose who
      carries each kind of step: the rainmaker, or the agent the contact is assigned to. That agent
      is who the email or text comes from, whose credits it uses and who gets the replies.
    </p>
    <div class="sign-layout">
      <section class="card" aria-label="Plan defaults">
        <div class="defaults-slot" data-element-slot="plan-defaults">
          <plan-defaults team-id="${team.id}"></plan-defaults>
        </div>
        <p class="status-detail" data-permission-note>
          ${me ? permissionNotes[me.permission] : `${user.name} is not a member of this team.`}
        </p>
      </section>
      <section class="card" aria-labelledby="members-heading">
        <h2 id="members-heading">${team.name}</h2>
        <ul class="member-list">
          ${team.members.map(
            (member) =>
              html`<li>
                <strong>${member.user.name}</strong>
                <span class="status-detail">
                  ${member.teamRole === 'rainmaker' ? 'Rainmaker' : 'Member'} · ${member.permission}
                  permission
                </span>
              </li>`,
          )}
        </ul>
      </section>
    </div>
    <section class="card section-gap" aria-labelledby="plans-heading">
      <h2 id="plans-heading">The team's plans</h2>
      ${
        plans.length
          ? html`<ul class="plan-list">
              ${plans.map((plan) => planCard(plan, team))}
            </ul>`
          : html`<p class="status-detail">No plans yet.</p>`
      }
      <p class="status-detail">
        Texts sent by the plans land in the <a href="${smsOutboxUrl}">dev SMS outbox</a>.
      </p>
    </section>
    ${workspaceSections(team, plans.find((plan) => plan.id === planId) ?? plans[0], apiUrl)}
  `;
}

/** The plan editor on the team's first plan, and this month's credits: the workspace bundle. */
function workspaceSections(team: TeamResponse, plan: Plan | undefined, apiUrl: string) {
  return html`<script type="module" src="${apiUrl}/elements/workspace.js"></script>
    <section
      id="plan-editor"
      class="card section-gap"
      aria-label="Edit a plan"
    >
      <plan-editor team-id="${team.id}" plan-id="${plan?.id ?? ''}"></plan-editor>
    </section>
    <section class="card section-gap" aria-label="Credits">
      <usage-meter></usage-meter>
    </section>`;
}
