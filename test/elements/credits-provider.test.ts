import { expect, html } from '@open-wc/testing';
import '../../src/elements/credits-balance/define.js';
import '../../src/elements/monthly-usage/define.js';
import { mountInProvider, requestsTo, waitForText } from '../support.js';
import { runCommonSuite, seen } from './shared/common-suite.js';

// The provider shows nothing itself: the suite reads the elements it serves (a balance and a usage chart).
runCommonSuite({
  name: '<credits-provider>',
  load: 'GET /credits',
  title: 'Available Credits',
  mount: async (sim, organisation) => {
    const { provider } = await mountInProvider(html`<credits-balance></credits-balance><monthly-usage></monthly-usage>`, { sim, organisation });
    return { el: provider, switchOrganisation: (id) => (provider.organisation = id) };
  },
  data: { organisation: 'org_42', text: '12,500' },
  empty: { organisation: 'org_empty', text: 'No credits used in the last 4 months.' },
  switchTo: { organisation: 'org_trial_us', text: '1,387' },
  // The seeded usage is dated relative to today: read org_42's four-month total off the chart.
  stale: (el) => ['12,500', /[\d,]+ in the last 4 months/.exec(seen(el))![0]],
  error: 'Credits balance could not be loaded.',
  skeletons: 4,
  busy: 'section.card',
});

describe('<credits-provider>', () => {
  it('provides to elements at any depth, through another shadow root; readers of one resource share one request', async () => {
    const { provider, sim } = await mountInProvider<HTMLElement>(html`<credits-balance></credits-balance><div><div class="host"></div></div>`);
    const host = provider.querySelector('.host')!.attachShadow({ mode: 'open' });
    const inner = host.appendChild(document.createElement('credits-balance'));
    const outer = provider.querySelector('credits-balance')!;
    await waitForText(outer, '12,500');
    await waitForText(inner, '12,500');
    expect(requestsTo(sim, 'GET', '/credits')).to.have.length(1);
  });
});
