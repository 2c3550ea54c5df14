import { expect } from '@open-wc/testing';
import * as S from '../../src/api/schemas.js';
import { harness } from './helpers.js';

describe('simulator: payment filters (contract 1.1)', () => {
  it('filters payments by status and by an inclusive date range on created_at', async () => {
    const { call, sim } = harness();
    const all = sim.state.orgs.org_42!.payments.map((r) => r.payment);
    const completed = (await call('GET', 'org_42/payments?limit=100&status=completed')).json.data as S.Payment[];
    expect(completed.map((p) => p.id)).to.deep.equal(all.filter((p) => p.status === 'completed').map((p) => p.id));
    expect(completed.length).to.be.greaterThan(0);
    const day = all[1]!.created_at.slice(0, 10);
    const oneDay = (await call('GET', `org_42/payments?limit=100&from=${day}&to=${day}`)).json.data as S.Payment[];
    expect(oneDay.map((p) => p.id)).to.deep.equal(all.filter((p) => p.created_at.startsWith(day)).map((p) => p.id));
    const since = (await call('GET', `org_42/payments?limit=100&from=${day}`)).json.data as S.Payment[];
    expect(since.every((p) => p.created_at.slice(0, 10) >= day)).to.equal(true);
    expect(since.length).to.be.greaterThan(oneDay.length - 1);
  });

  it('answers 422 for an unknown status or a date that is not YYYY-MM-DD', async () => {
    const { call } = harness();
    expect((await call('GET', 'org_42/payments?status=refunded')).status).to.equal(422);
    expect((await call('GET', 'org_42/payments?from=01-11-2026')).status).to.equal(422);
  });
});
