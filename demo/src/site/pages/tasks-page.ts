import { html } from 'hono/html';
import type { DemoUser } from '../../demo-users.js';

/** "My tasks": `<task-list>` for the logged-in agent, from the workspace bundle. */
export function tasksPage({ user, apiUrl }: { user: DemoUser; apiUrl: string }) {
  return html`
    <script type="module" src="${apiUrl}/elements/workspace.js"></script>
    <h1>My tasks</h1>
    <p class="lead">
      What the team plans ask of ${user.name}: calls to make, and texts to send by hand when there
      are no SMS credits. Tick one when it is done.
    </p>
    <section class="card" aria-label="Tasks" data-element-slot="task-list">
      <task-list></task-list>
    </section>
  `;
}
