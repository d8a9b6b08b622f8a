import { Hono } from 'hono';
import { currentUser } from './current-user.js';
import { layout } from './layout.js';
import { clientsPage } from './pages/clients-page.js';
import { tasksPage } from './pages/tasks-page.js';

/** The agent's workspace: `GET /clients` (`?client=<id>` opens one) and `GET /tasks`. */
export function workspaceRoutes({ apiUrl }: { apiUrl: string }) {
  return new Hono()
    .get('/clients', (c) => {
      const user = currentUser(c);
      // The elements ask the API, which refuses a client that is not the agent's.
      const clientId = c.req.query('client')?.trim() || undefined;
      const content = clientsPage({ user, apiUrl, clientId });
      return c.html(layout({ title: 'Clients', path: '/clients', user, apiUrl, content }));
    })
    .get('/tasks', (c) => {
      const user = currentUser(c);
      const content = tasksPage({ user, apiUrl });
      return c.html(layout({ title: 'My tasks', path: '/tasks', user, apiUrl, content }));
    });
}
