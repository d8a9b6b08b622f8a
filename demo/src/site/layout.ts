import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { demoUsers, personWithRole, type DemoUser } from '../demo-users.js';
import { elementPages } from './site-pages.js';

export interface LayoutOptions {
  title: string;
  /** Path of the current page, to mark it in the navigation and to come back after switching user. */
  path: string;
  user: DemoUser;
  apiUrl: string;
  /** Someone outside the brokerage (a party opening a signing link): no "Logged in as". */
  visitor?: boolean;
  content: HtmlEscapedString | Promise<HtmlEscapedString>;
}

const navigation = [{ path: '/', label: 'Home' }, ...elementPages];

/**
 * Every page of the host site: it loads the elements bundle from the Signport server's origin and
 * wraps the content in one `<signport-provider>` that the page script gives a token provider.
 */
export function layout({ title, path, user, apiUrl, visitor = false, content }: LayoutOptions) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Shoreline Realty</title>
        <link rel="icon" href="/assets/logo.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/site.css" />
        <script>
          document.documentElement.classList.add('js');
        </script>
        <!-- Module scripts run in order: the page gives the provider its token provider before
          the elements upgrade and make their first requests. -->
        <script type="module" src="/assets/page.js"></script>
        ${
          visitor
            ? html`<!-- Parties may read Spanish or French: their texts load before the elements. -->
              <script type="module" src="${apiUrl}/elements/signport-es.js"></script>
              <script type="module" src="${apiUrl}/elements/signport-fr.js"></script>`
            : ''
        }
        <script type="module" src="${apiUrl}/elements/signport.js"></script>
      </head>
      <body>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              <img src="/assets/logo.svg" alt="" width="40" height="40" />
              <span>
                <span class="brand-name">Shoreline Realty</span>
                <span class="brand-tag">Homes by the water since 1987</span>
              </span>
            </a>
            ${visitor ? '' : userSwitcher(user, path)}
          </div>
          <nav class="site-nav" aria-label="Main">
            <div class="wrap">
              <ul>
                ${navigation.map(
                  (item) =>
                    html`<li>
                      <a href="${item.path}" ${item.path === path ? html`aria-current="page"` : ''}
                        >${item.label}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>
          </nav>
        </header>
        <main>
          <div class="wrap">
            <signport-provider api="${apiUrl}">${content}</signport-provider>
          </div>
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>Shoreline Realty is a fictional brokerage embedding Signport.</p>
            <ul>
              <li><a href="${apiUrl}/dev/mailbox">Dev mailbox</a></li>
              <li><a href="${apiUrl}/docs">API reference</a></li>
            </ul>
          </div>
        </footer>
      </body>
    </html>`;
}

/** The stand-in for the brokerage's own login: who the visitor is on this site. */
function userSwitcher(user: DemoUser, path: string) {
  return html`<form class="user-switcher" method="post" action="/switch-user">
    <label for="demo-user">Logged in as</label>
    <select id="demo-user" name="user">
      ${demoUsers.map(
        (person) =>
          html`<option value="${person.externalId}" ${person === user ? 'selected' : ''}>
            ${personWithRole(person)}
          </option>`,
      )}
    </select>
    <input type="hidden" name="returnTo" value="${path}" />
    <button type="submit">Switch</button>
  </form>`;
}
