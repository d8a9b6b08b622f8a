import { html, nothing } from 'lit';
import type { ActivityList } from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { formatDate } from '../base/dates.js';
import { message, type PlainMessageKey } from '../base/messages.js';
import type { DetailHost } from './detail-host.js';

// Kinds are open-ended: the known ones are translated, others shown as recorded.
const activityLabels = new Map<string, PlainMessageKey>([
  ['showing', 'detailActivityShowing'],
  ['offer', 'detailActivityOffer'],
  ['document', 'detailActivityDocument'],
  ['message', 'detailKindMessage'],
  ['signing', 'detailActivitySigning'],
]);

/** The client's activity feed, newest first. */
export class DetailActivity {
  readonly #host: DetailHost;
  readonly activity: ApiCall<ActivityList>;

  constructor(host: DetailHost) {
    this.#host = host;
    this.activity = new ApiCall(host, {
      task: (api, signal) =>
        api.request<ActivityList>(`${host.clientPath}/activity?limit=50`, { signal }),
      dependencies: () => host.loadDependencies(),
    });
  }

  /** Loads the feed again, e.g. after a document was shared (which the feed records). */
  reload(): void {
    void this.activity.run();
  }

  #kind(kind: string): string {
    const label = activityLabels.get(kind);
    return label ? message(this.#host, label) : kind.replaceAll('_', ' ');
  }

  render() {
    const host = this.#host;
    if (!host.current) return nothing;
    return html`<section class="card" part="activity" aria-labelledby="activity-title">
      <h3 id="activity-title">${message(host, 'detailActivity')}</h3>
      ${this.activity.render({
        complete: (page) =>
          page.items.length
            ? html`<ul class="items" aria-labelledby="activity-title">
                ${page.items.map(
                  (entry) =>
                    html`<li part="activity-entry">
                      <span class="muted"
                        ><span class="badge">${this.#kind(entry.kind)}</span>
                        ${formatDate(host, entry.occurredAt)}</span
                      >
                      <span>${entry.summary}</span>
                    </li>`,
                )}
              </ul>`
            : html`<p class="empty">${message(host, 'detailActivityEmpty')}</p>`,
      })}
    </section>`;
  }
}
