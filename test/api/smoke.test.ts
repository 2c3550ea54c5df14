import { expect } from '@open-wc/testing';
import { CreditsSummary } from '../../src/api/schemas.js';

describe('schemas', () => {
  it('parses the API.md credits example', () => {
    const parsed = CreditsSummary.safeParse({
      organisation: { id: 'org_42', name: 'Mumbai Marathon Photos' },
      available_credits: 12500,
      currency: 'INR',
      cost_per_credit: '1.50',
      viewer: { email: 'ops@example.com', is_staff: false },
      extra: 'ignored',
    });
    expect(parsed.success).to.equal(true);
  });
});
