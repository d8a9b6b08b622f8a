import { Hono } from 'hono';
import { flatOfferPdf } from '../templates/flat-offer-pdf.js';
import { currentUser } from './current-user.js';
import { layout } from './layout.js';
import { templatesPage } from './pages/templates-page.js';

/** `GET /templates` (build a template) and the flat PDF it starts from. */
export function templatesRoute({ apiUrl }: { apiUrl: string }) {
  let pdf: Promise<Uint8Array> | undefined;
  return new Hono()
    .get('/templates', (c) => {
      const user = currentUser(c);
      const content = templatesPage({ user, apiUrl });
      return c.html(layout({ title: 'Templates', path: '/templates', user, apiUrl, content }));
    })
    .get('/assets/offer-to-purchase.pdf', async (c) => {
      pdf ??= flatOfferPdf();
      return c.body(new Uint8Array(await pdf), 200, { 'content-type': 'application/pdf' });
    });
}
