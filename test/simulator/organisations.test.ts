import { expect } from '@open-wc/testing';
import * as S from '../../src/api/schemas.js';
import { PARTNER_VIEWER, STRESS_PARTNER_VIEWER } from '../../src/simulator/index.js';
import { harness } from './helpers.js';

describe('simulator: GET /organisations (contract 1.1)', () => {
  it('403 not_allowed for a viewer who manages one organisation', async () => {
    const { call } = harness();
    const { status, json } = await call('GET', '');
    expect(status).to.equal(403);
    expect(json.error.code).to.equal('not_allowed');
  });

  it("the partner viewer's six organisations, valid by the schema, by name; q matches name or id; sort by balance or expiry", async () => {
    const { call } = harness({ viewer: PARTNER_VIEWER });
    const all = (await call('GET', '')).json;
    expect(S.OrganisationPage.safeParse(all).success).to.equal(true);
    expect(all.data.map((o: S.OrganisationSummary) => o.id)).to.deep.equal(['org_trial_us', 'org_payg', 'org_expired', 'org_enterprise', 'org_42', 'org_empty']);
    expect(all.data.find((o: S.OrganisationSummary) => o.id === 'org_42')).to.deep.include({ available_credits: 12500, currency: 'INR', plan_type: 'pro', cost_per_credit: '1.50' });
    expect((await call('GET', '?q=CYCL')).json.data.map((o: S.OrganisationSummary) => o.id)).to.deep.equal(['org_expired']);
    expect((await call('GET', '?q=org_pay')).json.data.map((o: S.OrganisationSummary) => o.id)).to.deep.equal(['org_payg']);
    const byBalance = (await call('GET', '?sort=available_credits')).json.data.map((o: S.OrganisationSummary) => o.available_credits);
    expect(byBalance).to.deep.equal([...byBalance].sort((a: number, b: number) => a - b));
    const byExpiry = (await call('GET', '?sort=expires_at')).json.data.map((o: S.OrganisationSummary) => o.expires_at);
    expect(byExpiry.slice(-2)).to.deep.equal([null, null]);
    expect(byExpiry.slice(0, 4)).to.deep.equal([...byExpiry.slice(0, 4)].sort());
    expect((await call('GET', '?sort=size')).status).to.equal(422);
  });

  it('the stress partner: 10,000 organisations in cursor pages, each one a working organisation', async function () {
    this.timeout(30_000);
    const { call } = harness({ viewer: STRESS_PARTNER_VIEWER });
    const ids = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: S.OrganisationPage = (await call('GET', `?limit=100${cursor ? `&cursor=${cursor}` : ''}`)).json;
      for (const o of page.data) ids.add(o.id);
      cursor = page.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).to.equal(100);
    expect(ids.size).to.equal(10_000);
    const summary = (await call('GET', '?q=org_p04242')).json.data[0];
    const credits = await call('GET', 'org_p04242/credits');
    expect(credits.status).to.equal(200);
    expect(credits.json.available_credits).to.equal(summary.available_credits);
    expect((await call('GET', 'org_p10001/credits')).status).to.equal(404);
  });
});
