import { html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { AgentUsageReport, UsageReport } from '@signport/core/client';
import { ApiCall } from '../base/api-call.js';
import { cssProperties } from '../base/css-properties.js';
import { define } from '../base/define.js';
import { langAt, message } from '../base/messages.js';
import { SignportElement } from '../base/signport-element.js';
import { workspaceStyles } from '../styles/workspace.styles.js';
import './usage-meter.messages.js';
import { usageMeterStyles } from './usage-meter.styles.js';
import { usageLevel, usagePercent } from './usage-level.js';

/**
 * @summary This month's email and SMS credits per agent — the signed-in agent and their teams'
 * members — with a warning from 80 % used and a stronger one from 95 %.
 *
 * @example
 * <usage-meter api="https://sign.example.com" token="eyJ…"></usage-meter>
 *
 * @event {SignportErrorEvent} signport-error - Loading failed; `detail` is the server's `{ code, message, field }`.
 *
 * @csspart table - The table of agents; each `row`.
 * @csspart meter - One credit meter (`meter-email`, `meter-sms`), with `data-level` ok, warning or critical.
 * @csspart warning - The "Running low" or "Almost out" text.
 */
export class UsageMeter extends SignportElement {
  static override styles = [SignportElement.styles, workspaceStyles, usageMeterStyles];
  // Declared here rather than with decorators, whose runtime would ship in every bundle.
  static override properties: PropertyDeclarations = { month: {} };

  /** The month as `yyyy-mm`; the current one (UTC) when empty. */
  month = '';

  readonly usage = new ApiCall<UsageReport>(this, {
    task: (api, signal) =>
      api.request<UsageReport>(
        `/v1/usage${this.month ? `?month=${encodeURIComponent(this.month)}` : ''}`,
        { signal },
      ),
    dependencies: () => [this.apiUrl, this.token, this.tokenProvider, this.provided, this.month],
    announcesReady: true,
  });

  /** Loads the figures again, e.g. after the host sent a batch. */
  async refresh(): Promise<void> {
    await this.usage.run();
  }

  protected override render() {
    return this.usage.render({ complete: (report) => this.#table(report) });
  }

  #monthName(month: string): string {
    const [year, index] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(langAt(this) || undefined, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year ?? 1970, (index ?? 1) - 1, 1)));
  }

  #table(report: UsageReport) {
    if (!report.agents.length) return html`<p class="empty">${message(this, 'usageEmpty')}</p>`;
    // On a phone the table scrolls sideways: the region takes the keyboard focus to scroll it too.
    return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="usage-caption">
      <table part="table">
        <caption id="usage-caption">
          ${message(this, 'usageMonth', { month: this.#monthName(report.month) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${message(this, 'usageAgent')}</th>
            <th scope="col">${message(this, 'usageEmail')}</th>
            <th scope="col">${message(this, 'usageSms')}</th>
          </tr>
        </thead>
        <tbody>
          ${report.agents.map(
            (agent) =>
              html`<tr part="row">
                <th scope="row">${agent.agent.name}</th>
                <td>${this.#meter('email', agent.email.used, agent.email.limit)}</td>
                <td>${this.#sms(agent)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #sms({ sms }: AgentUsageReport) {
    if (!sms.subscribed) return html`<span class="muted">${message(this, 'usageNoSms')}</span>`;
    return this.#meter('sms', sms.used, sms.used + sms.remaining);
  }

  #meter(kind: 'email' | 'sms', used: number, limit: number) {
    const level = usageLevel(used, limit);
    const percent = usagePercent(used, limit);
    const number = (value: number) => value.toLocaleString(langAt(this) || undefined);
    const text = message(this, 'usageOf', { used: number(used), limit: number(limit) });
    return html`<div class="meter" part=${`meter meter-${kind}`} data-level=${level}>
      <span>${text} · ${message(this, 'usageLeft', { remaining: number(Math.max(0, limit - used)) })}</span>
      <div
        class="bar"
        role="meter"
        aria-label=${message(this, kind === 'email' ? 'usageEmail' : 'usageSms')}
        aria-valuemin="0"
        aria-valuemax=${limit}
        aria-valuenow=${Math.min(used, limit)}
        aria-valuetext=${text}
      >
        <span ${cssProperties({ 'inline-size': `${Math.min(100, percent)}%` })}></span>
      </div>
      ${
        level === 'ok'
          ? nothing
          : html`<span part="warning"
            >${message(this, level === 'critical' ? 'usageCritical' : 'usageWarning', {
              percent,
            })}</span
          >`
      }
    </div>`;
  }
}

define('usage-meter', UsageMeter);

declare global {
  interface HTMLElementTagNameMap {
    'usage-meter': UsageMeter;
  }
}
