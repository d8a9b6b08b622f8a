import { Hono } from 'hono';
import { galleryApi } from './gallery/gallery-api.js';
import { galleryPage } from './gallery/gallery-page.js';

/** `/gallery?lang=es` (or `fr`): every element in every state, against a fake API, for eyes and screenshots. */
export function galleryRoute({ apiUrl }: { apiUrl: string }) {
  const app = new Hono();
  app.route('/', galleryApi());
  app.get('/gallery', (c) => {
    const asked = c.req.query('lang');
    const lang = asked === 'es' || asked === 'fr' ? asked : 'en';
    // The elements want absolute API addresses: the fake API is on this site's own origin.
    const site = new URL(c.req.url).origin;
    return c.html(galleryPage({ lang, elementsUrl: `${apiUrl}/elements`, site }));
  });
  return app;
}
