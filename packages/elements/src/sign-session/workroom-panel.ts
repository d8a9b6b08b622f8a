import { css, html, nothing } from 'lit';
import type { ReactiveController } from 'lit';
import { SignportApiError } from '@signport/core/client';
import type { Workroom, WorkroomMember } from '@signport/core/client';
import type { FillProgress } from '@signport/core/rules';
import { isTerminalState } from '@signport/core/rules';
import { addMessages, message } from '../base/messages.js';
import type { SignportElement } from '../base/signport-element.js';
import { partyRequests } from './party-requests.js';

const english = {
  workroomTitle: 'Signers',
  workroomYou: ' (you)',
  workroomNobody: 'Not named yet',
  workroomChange: '{name}: {status}',
  workroom_waiting: 'Waiting for their turn',
  workroom_invited: 'Invited',
  workroom_viewed: 'Opened',
  workroom_in_progress: 'Filling in',
  workroom_signed: 'Signed',
  workroom_declined: 'Declined',
} as const;

type WorkroomMessages = typeof english;

declare module '../base/messages.js' {
  // Merges the panel's keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends WorkroomMessages {}
}

addMessages('en', english);

export const workroomStyles = css`
  .workroom {
    margin-block-start: calc(var(--_spacing) * 2);
  }

  .workroom :is(ol, ul) {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .workroom h3 {
    margin: var(--_spacing) 0 0;
    font-size: 1em;
  }

  .workroom li li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_spacing) * 2);
  }

  .workroom .status {
    font-weight: 600;
  }
`;

/**
 * The workroom inside `<sign-session>`: every party by role with their status and progress. It polls
 * `GET /v1/party/workroom` with the last ETag (a 304 costs the server one read), less often while the
 * page is hidden, and stops when the session is over or the element leaves the page. Changes to other
 * parties are announced politely and emitted as `signport-workroom-change`.
 */
export class WorkroomPanel implements ReactiveController {
  /** Milliseconds between polls while the page is visible; hidden pages poll six times less often. */
  interval = 5000;
  workroom: Workroom | undefined;
  #announcement = '';
  #etag = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort: AbortController | undefined;
  #failures = 0;
  #running = false;
  #connected = false;
  readonly #host: SignportElement;
  readonly #ownProgress: () => FillProgress | undefined;

  /** `ownProgress` is the viewing party's progress as they type, ahead of what they saved. */
  constructor(host: SignportElement, ownProgress: () => FillProgress | undefined) {
    this.#host = host;
    this.#ownProgress = ownProgress;
    host.addController(this);
  }

  /** Starts polling, beginning now; the element calls it once the party's view has loaded. */
  start(): void {
    this.#running = true;
    this.refresh();
  }

  /** Asks now rather than at the next tick, e.g. right after this party signed. */
  refresh(): void {
    if (!this.#running || !this.#connected) return;
    clearTimeout(this.#timer);
    void this.#poll();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#visibilityChanged);
    // Put back on a page (an app moving it): polling goes on where it stopped.
    this.#connected = true;
    this.refresh();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#visibilityChanged);
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  #visibilityChanged = () => {
    if (document.visibilityState === 'visible') this.refresh();
  };

  async #poll(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    try {
      const changed = await partyRequests.workroom(this.#host.client, this.#etag, abort.signal);
      if (changed) {
        this.#etag = changed.etag;
        this.#adopt(changed.value);
      }
      this.#failures = 0;
    } catch (error) {
      if (abort.signal.aborted) return;
      // A refusal (dead link, origin not allowed) will not change by asking again.
      const status = error instanceof SignportApiError ? error.status : 0;
      if (status >= 400 && status < 500 && status !== 429) return;
      this.#failures++;
    }
    if (
      this.#running &&
      this.#connected &&
      !(this.workroom && isTerminalState(this.workroom.session.status))
    ) {
      const hidden = document.visibilityState === 'hidden' ? 6 : 1;
      this.#timer = setTimeout(
        () => void this.#poll(),
        this.interval * hidden * 2 ** Math.min(this.#failures, 4),
      );
    }
  }

  #adopt(workroom: Workroom): void {
    const previous = this.workroom;
    if (JSON.stringify(previous) === JSON.stringify(workroom)) return;
    const before = new Map(members(previous).map((member) => [member.id, member.status]));
    this.workroom = workroom;
    if (previous) {
      this.#announcement = members(workroom)
        .filter((member) => !member.you && before.get(member.id) !== member.status)
        .map((member) =>
          message(this.#host, 'workroomChange', {
            name: member.name,
            status: message(this.#host, `workroom_${member.status}`),
          }),
        )
        .join('. ');
    }
    this.#host.emit('signport-workroom-change', { workroom });
    this.#host.requestUpdate();
  }

  render() {
    const host = this.#host;
    if (!this.workroom) return nothing;
    return html`<section part="workroom" class="panel workroom" aria-labelledby="workroom-title">
      <h2 id="workroom-title">${message(host, 'workroomTitle')}</h2>
      <ol>
        ${this.workroom.roles.map(
          (role) =>
            html`<li>
              <h3>${role.name}</h3>
              <ul>
                ${
                  role.parties.length
                    ? role.parties.map((member) => {
                        const progress = (member.you && this.#ownProgress()) || member.progress;
                        return html`<li part="workroom-party" data-status=${member.status}>
                          <span>${member.name}${member.you ? message(host, 'workroomYou') : ''}</span>
                          <span class="status">${message(host, `workroom_${member.status}`)}</span>
                          ${
                            progress.required
                              ? html`<span class="count"
                                  >${message(host, 'progress', { ...progress })}</span
                                >`
                              : nothing
                          }
                        </li>`;
                      })
                    : html`<li>${message(host, 'workroomNobody')}</li>`
                }
              </ul>
            </li>`,
        )}
      </ol>
      <p role="status" class="visually-hidden">${this.#announcement}</p>
    </section>`;
  }
}

function members(workroom: Workroom | undefined): WorkroomMember[] {
  return workroom?.roles.flatMap((role) => role.parties) ?? [];
}
