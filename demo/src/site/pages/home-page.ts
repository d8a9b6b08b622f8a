import { html } from 'hono/html';
import { demoUsers, personWithRole, type DemoUser } from '../../demo-users.js';
import { elementPages } from '../site-pages.js';

export interface HomePageOptions {
  user: DemoUser;
  apiUrl: string;
}

/** What the demo shows, who the visitor is, and the live proof that embedding works. */
export function homePage({ user, apiUrl }: HomePageOptions) {
  return html`
    <h1>Welcome back, ${user.name.split(' ')[0]}</h1>
    <p class="lead">
      Shoreline Realty is a fictional brokerage. Its pages embed Signport's elements, served by a
      separate Signport server, exactly as a real host website would.
    </p>
    <section class="card start-here section-gap" aria-labelledby="start-heading">
      <h2 id="start-heading">Start here</h2>
      <ol>
        <li>
          As ${personWithRole(user)}, open <a href="/sign">Sign a document</a> and send the
          purchase agreement to a buyer and a seller (any names; emails stay on this machine).
        </li>
        <li>
          Open the buyer's invitation in the <a href="${apiUrl}/dev/mailbox">Dev mailbox</a> and
          follow its link: you are now the buyer, on this site's signing page.
        </li>
        <li>
          Sign, then watch the <a href="/dashboard">Dashboard</a> follow each party. Try the signing
          page at phone width too: it steps field by field.
        </li>
      </ol>
    </section>
    <div class="grid">
      <section class="card signport-status" aria-labelledby="signport-heading">
        <h2 id="signport-heading">Signport connection</h2>
        <p class="status-line" data-signport-me data-state="loading" role="status">
          Connecting to Signport…
        </p>
        <p class="status-detail">
          This site's backend mints an embed token for you with its secret key; your browser then
          calls <code>GET /v1/me</code> on <code>${apiUrl}</code>, another origin.
        </p>
      </section>
      <section class="card" aria-labelledby="you-heading">
        <h2 id="you-heading">Who you are</h2>
        <div class="person">
          <img src="/assets/logos/${user.externalId}.svg" alt="" width="56" height="56" />
          <div>
            <strong>${user.name}</strong>
            <span>${user.title} · ${user.email}</span>
          </div>
        </div>
        <p>${user.role}</p>
        <p class="status-detail">
          Use “Logged in as” at the top to see the site as someone else:
          ${demoUsers.map((person, index) => html`${index ? ', ' : ''}${personWithRole(person)}`)}.
        </p>
      </section>
    </div>
    <section class="card section-gap" aria-labelledby="pages-heading">
      <h2 id="pages-heading">What this demo shows</h2>
      <ul class="page-list">
        ${elementPages.map(
          (page) =>
            html`<li>
              <a href="${page.path}">${page.label}</a>
              <span>${page.summary} (<code>&lt;${page.element}&gt;</code>)</span>
            </li>`,
        )}
        <li>
          <a href="${apiUrl}/dev/mailbox">Dev mailbox</a>
          <span>Every email Signport sends while running the demo lands here.</span>
        </li>
      </ul>
    </section>
  `;
}
