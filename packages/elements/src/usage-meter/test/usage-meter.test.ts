import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createTestApi } from '../../../test/test-api.js';
import { workspaceApi } from '../../../test/test-workspace.js';
import type { UsageMeter } from '../usage-meter.js';
import '../usage-meter.js';

async function mount(setup?: (api: ReturnType<typeof workspaceApi>) => Promise<void>) {
  const api = createTestApi();
  await setup?.(workspaceApi(api));
  const element = await fixture<UsageMeter>(
    html`<usage-meter api=${api.url} token="betty"></usage-meter>`,
  );
  return { api, element };
}

const root = (element: UsageMeter) => element.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('<usage-meter>', () => {
  it('shows each agent’s email and SMS credits with warnings from 80 % and 95 %', async () => {
    const { element } = await mount();
    expect(root(element).querySelector('[role=status]')?.getAttribute('aria-busy')).to.equal(
      'true',
    );
    await waitUntil(() => root(element).querySelector('table'), 'the report never loaded');
    expect(text(root(element).querySelector('caption'))).to.equal('Credits for December 2026');
    const rows = [...root(element).querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(rows).to.deep.equal([
      ['Betty Agent', '120 of 5,000 used · 4,880 left', 'No SMS subscription'],
      [
        'Alice Agent',
        '4,100 of 5,000 used · 900 left Running low: 82 % used',
        '10 of 100 used · 90 left',
      ],
      [
        'Bernie OfficeManager',
        '0 of 5,000 used · 5,000 left',
        '96 of 100 used · 4 left Almost out: 96 % used',
      ],
    ]);
    const levels = [...root(element).querySelectorAll('[part~=meter]')].map((meter) =>
      meter.getAttribute('data-level'),
    );
    expect(levels).to.deep.equal(['ok', 'warning', 'ok', 'ok', 'critical']);
    const bar = root(element).querySelector('[role=meter]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('120');
    expect(bar.getAttribute('aria-valuemax')).to.equal('5000');
    await expect(element).to.be.accessible();
  });

  it('shows the server’s message when the report cannot be loaded', async () => {
    const { element } = await mount((api) =>
      api.failNext({
        route: 'GET /v1/usage',
        status: 400,
        code: 'validation_failed',
        message: 'month: Use yyyy-mm',
        field: 'month',
      }),
    );
    await waitUntil(() => root(element).querySelector('[role=alert]'), 'no error shown');
    expect(text(root(element).querySelector('[role=alert]'))).to.equal('month: Use yyyy-mm');
    expect(root(element).querySelector('table')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
