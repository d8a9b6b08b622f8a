import { Hono } from 'hono';
import { currentUser } from './current-user.js';
import { layout } from './layout.js';
import { composePage } from './pages/compose-page.js';
import { dashboardPage } from './pages/dashboard-page.js';

/** `GET /send-on-behalf` (compose and send a session) and `GET /dashboard` (every session). */
export function onBehalfRoute({ apiUrl }: { apiUrl: string }) {
  return new Hono()
    .get('/send-on-behalf', (c) => {
      const user = currentUser(c);
      const content = composePage({ user });
      return c.html(layout({ title: 'Compose', path: '/send-on-behalf', user, apiUrl, content }));
    })
    .get('/dashboard', (c) => {
      const user = currentUser(c);
      const content = dashboardPage();
      return c.html(layout({ title: 'Dashboard', path: '/dashboard', user, apiUrl, content }));
    });
}
