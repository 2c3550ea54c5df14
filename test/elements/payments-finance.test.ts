/** <payments-list> for a finance team (#19): description, invoice number, filters sent to the API, CSV export, narrow cards. */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/payments-list/define.js';
import type { PaymentsList } from '../../src/elements/payments-list/payments-list.js';
import type { Payment } from '../../src/api/schemas.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { $, mountInProvider, requestsTo, shadowText } from '../support.js';

const mount = (options: Parameters<typeof mountInProvider>[1] = {}) => mountInProvider<PaymentsList>(html`<payments-list></payments-list>`, options);
const rows = (el: PaymentsList) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tr[data-payment]')];
const loaded = (el: PaymentsList) => waitUntil(() => rows(el).length > 0, 'rows never appeared');
const row = (el: PaymentsList, id: string) => rows(el).find((r) => r.dataset.payment === id)!;
const cell = (el: PaymentsList, id: string, selector: string) => row(el, id).querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
const seeded = (sim: Simulator, test: (p: Payment) => boolean) => sim.state.orgs.org_42!.payments.map((r) => r.payment).find(test)!;
const filtered = (sim: Simulator) => requestsTo(sim, 'GET', '/payments').filter((r) => /status=|from=|to=/.test(r.search));
const params = (r: { search: string }) => Object.fromEntries(new URLSearchParams(r.search));

function change(el: PaymentsList, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<payments-list> for a finance team', () => {
  it('describes what each payment bought: "5,000 credits", the Pro subscription, a custom payment\'s remark', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    const pack = seeded(sim, (p) => p.kind === 'credits' && p.credits === 5000);
    const pro = seeded(sim, (p) => p.kind === 'pro_subscription');
    const custom = seeded(sim, (p) => p.kind === 'custom');
    expect(cell(el, pack.id, 'td.description')).to.equal('5,000 credits');
    expect(cell(el, pro.id, 'td.description')).to.equal('Pro Subscription');
    expect(cell(el, custom.id, 'td.description')).to.equal('Custom watermark setup fee');
    expect($(el, 'thead').textContent).to.include('Description');
  });

  it('shows the invoice number of every payment that has one, and none for the others', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    const all = sim.state.orgs.org_42!.payments.map((r) => r.payment);
    expect(all.some((p) => p.invoice.number)).to.equal(true);
    for (const p of all) {
      if (p.invoice.number) expect(cell(el, p.id, 'td.invoice'), p.id).to.equal(p.invoice.number);
      else expect(cell(el, p.id, 'td.invoice'), p.id).to.equal('—None');
    }
  });

  it('sends the status and date filters to the API once the user pauses, and shows only what the server answered', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    change(el, '#filter-status', 'completed');
    change(el, '#filter-from', '2026-01-01');
    change(el, '#filter-to', '2026-12-31');
    await waitUntil(() => filtered(sim).length > 0, 'no filtered request');
    await new Promise((r) => setTimeout(r, 500));
    expect(filtered(sim).map(params), 'one request for three quick changes').to.deep.equal([{ limit: '25', status: 'completed', from: '2026-01-01', to: '2026-12-31' }]);
    await waitUntil(() => rows(el).length > 0 && rows(el).every((r) => r.textContent!.includes('Completed')), 'not filtered');
    const expected = sim.state.orgs.org_42!.payments
      .map((r) => r.payment)
      .filter((p) => p.status === 'completed' && p.created_at.slice(0, 10) >= '2026-01-01' && p.created_at.slice(0, 10) <= '2026-12-31');
    expect(rows(el).map((r) => r.dataset.payment)).to.deep.equal(expected.map((p) => p.id));
    // The filter stays in view, as chosen.
    expect($<HTMLSelectElement>(el, '#filter-status').value).to.equal('completed');
    await expect(el).to.be.accessible();
  });

  it('never shows an older filter\'s late answer', async () => {
    const sim = createSimulator();
    const through = sim.fetch;
    let lateAsked = 0;
    sim.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.url.includes('status=failed')) {
        lateAsked++;
        await new Promise((r) => setTimeout(r, 900));
      }
      return through(request);
    }) as typeof fetch;
    const { el } = await mount({ sim });
    await loaded(el);
    change(el, '#filter-status', 'failed');
    await waitUntil(() => lateAsked === 1, 'the failed filter was never asked for');
    change(el, '#filter-status', 'pending');
    await waitUntil(() => rows(el).length > 0 && rows(el).every((r) => r.textContent!.includes('Pending')), 'pending never shown', { timeout: 3000 });
    await waitUntil(() => sim.requests.some((r) => r.search.includes('status=failed')), 'the late answer never came', { timeout: 3000 });
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(0);
    for (const r of rows(el)) expect(r.textContent).to.include('Pending').and.not.include('Failed');
  });

  it('keeps a filter that matches nothing in view, says so, and clears it', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    change(el, '#filter-from', '2030-01-01');
    await waitUntil(() => shadowText(el).includes('No payments match these filters.'), 'no empty message');
    expect($<HTMLInputElement>(el, '#filter-from').value, 'shown in the provider locale (en-IN)').to.equal('01/01/2030');
    expect(shadowText(el)).to.not.include('No payments yet');
    await expect(el).to.be.accessible();
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.empty button')].find((b) => b.textContent!.includes('Clear filters'))!.click();
    await loaded(el);
    expect($<HTMLInputElement>(el, '#filter-from').value).to.equal('');
    expect(rows(el)).to.have.length(sim.state.orgs.org_42!.payments.length);
  });

  it('refuses a start date after the end date in words, without asking the API', async () => {
    const { el, sim } = await mount();
    await loaded(el);
    change(el, '#filter-from', '2026-05-10');
    change(el, '#filter-to', '2026-05-01');
    await waitUntil(() => shadowText(el).includes('The start date must not be after the end date.'));
    expect($(el, '#filter-to').getAttribute('aria-invalid')).to.equal('true');
    await new Promise((r) => setTimeout(r, 500));
    expect(filtered(sim)).to.have.length(0);
  });

  it('exports what is loaded as CSV: quoted, formula-like text neutralised, named after the organisation and filters', async () => {
    const sim = createSimulator();
    const custom = sim.state.orgs.org_42!.payments.find((r) => r.payment.kind === 'custom')!.payment;
    custom.remark = '=HYPERLINK("http://evil.example","Refund"), urgent';
    const { el } = await mount({ sim });
    await loaded(el);
    const csv = el.toCsv();
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('Payment ID,Description,Status,Gateway,Gateway reference,Subtotal,Tax,Amount,Currency,Invoice number,Invoice,Created at,Completed at');
    expect(lines).to.have.length(sim.state.orgs.org_42!.payments.length + 2); // header, rows, the final CRLF
    expect(csv).to.include(`${custom.id},"'=HYPERLINK(""http://evil.example"",""Refund""), urgent",Completed,Razorpay,`);
    const pack = seeded(sim, (p) => p.kind === 'credits' && p.invoice.number !== null);
    const line = lines.find((l) => l.startsWith(`${pack.id},`))!;
    expect(line).to.include(`,${pack.subtotal},${pack.tax!.amount},${pack.amount},INR,${pack.invoice.number},Ready,${pack.created_at},${pack.completed_at}`);
    const saved: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      change(el, '#filter-status', 'completed');
      await waitUntil(() => rows(el).length > 0 && rows(el).every((r) => r.textContent!.includes('Completed')), 'not filtered');
      ($(el, '[part="export"]') as HTMLButtonElement).click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(saved).to.deep.equal(['payments-org_42-completed.csv']);
  });

  it('at 390px each payment is a card whose every value is labelled, the filters in two compact rows', async () => {
    const { el, provider } = await mount();
    provider.style.display = 'block';
    provider.style.width = '390px';
    await loaded(el);
    for (const r of rows(el)) {
      for (const c of r.querySelectorAll<HTMLElement>('th, td:not(.actions-cell)')) {
        const label = c.dataset.label;
        expect(label, c.outerHTML.slice(0, 80)).to.be.a('string').and.not.equal('');
        expect(getComputedStyle(c, '::before').content).to.equal(`"${label}"`);
      }
    }
    // Narrow, the filters wait behind their Filters button (#17.20): open them to measure the rows.
    $<HTMLButtonElement>(el, '.filters-toggle').click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const status = $(el, '.f-status').getBoundingClientRect();
    const from = $(el, '.f-from').getBoundingClientRect();
    const to = $(el, '.f-to').getBoundingClientRect();
    expect(from.top).to.be.greaterThan(status.top);
    expect(Math.round(from.top)).to.equal(Math.round(to.top));
    expect(el.getBoundingClientRect().right).to.be.at.most(provider.getBoundingClientRect().right + 0.5);
    expect(el.shadowRoot!.querySelector('.table-wrap')!.scrollWidth).to.be.at.most(390);
  });
});
