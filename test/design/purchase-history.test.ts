/**
 * Issue #17, points 17–19: Purchase History shows what matters for additions
 * (type, credits, user, date, the payment it came from) and no always-empty Event
 * columns; unknown types read as words with the raw value kept; payment IDs are
 * readable (monospace, full contrast) with a Copy button that says what happened.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/usage-table/define.js';
import '../../src/elements/payments-list/define.js';
import type { UsageTable } from '../../src/elements/usage-table/usage-table.js';
import type { PaymentsList } from '../../src/elements/payments-list/payments-list.js';
import { createSimulator } from '../../src/simulator/index.js';
import { mountInProvider, shadowText } from '../support.js';

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"]')];
const headers = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role="columnheader"]')].map((h) => h.textContent!.trim());
const mountHistory = async (organisation = 'org_42') => {
  const mounted = await mountInProvider<UsageTable>(html`<usage-table direction="addition"></usage-table>`, { organisation });
  await waitUntil(() => rows(mounted.el).length > 0, 'rows never appeared');
  return mounted;
};

/** Replaces navigator.clipboard.writeText for one test. */
function fakeClipboard(behaviour: 'accept' | 'refuse') {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => (behaviour === 'accept' ? (written.push(text), Promise.resolve()) : Promise.reject(new DOMException('Denied', 'NotAllowedError'))) },
  });
  // The own property shadows Navigator.prototype's getter; deleting it brings the real clipboard back.
  return { written, restore: () => void delete (navigator as { clipboard?: unknown }).clipboard };
}

/** Contrast ratio of two CSS colours (rgb()). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('Purchase History columns (#17.17)', () => {
  it('shows Type, Credits, Balance, Payment, User, Date: no Event / Event ID columns', async () => {
    const { el } = await mountHistory();
    expect(headers(el)).to.deep.equal(['Type', 'Credits', 'Balance', 'Payment', 'User', 'Date']);
    expect(el.shadowRoot!.querySelector('.tbody .c-event, .tbody .c-event-id')).to.equal(null);
    // Every row has one cell per column.
    for (const row of rows(el)) expect(row.querySelectorAll('[role="cell"]')).to.have.length(6);
  });

  it("a purchase names its payment (ID, Copy, Details); a grant or free credits show a dash", async () => {
    const { el, sim } = await mountHistory();
    const org = sim.state.orgs.org_42!;
    const purchase = org.transactions.find((t) => t.payment_id)!;
    const row = rows(el).find((r) => r.querySelector('code.id')?.textContent === purchase.payment_id)!;
    expect(row, 'a row shows the payment ID').to.exist;
    const cell = row.querySelector('.c-payment')!;
    expect(cell.querySelector('button[data-copy]')!.getAttribute('aria-label')).to.equal(`Copy payment ID ${purchase.payment_id}`);
    expect(cell.querySelector('button[data-payment]')!.textContent!.trim()).to.equal('Details');
    const grant = rows(el).find((r) => /Admin Grant|Free Credits/.test(r.textContent!))!;
    expect(grant.querySelector('.c-payment')!.textContent!.trim()).to.equal('—');
    await expect(el).to.be.accessible();
  });

  it('the CSV has the same columns: the payment ID instead of the event', async () => {
    const { el, sim } = await mountHistory();
    const [header, ...lines] = el.toCsv().trim().split(/\r?\n/);
    expect(header).to.equal('Type,Credits,Balance,Payment,User,Date');
    const id = sim.state.orgs.org_42!.transactions.find((t) => t.payment_id)!.payment_id!;
    expect(lines.some((l) => l.includes(id))).to.equal(true);
  });
});

describe('Unknown types humanised (#17.18)', () => {
  it('Purchase History shows promo_bonus as "Promo bonus", the raw value in the title', async () => {
    const { el } = await mountHistory();
    const badge = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody .badge')].find((b) => b.textContent!.trim() === 'Promo bonus')!;
    expect(badge, 'a Promo bonus badge').to.exist;
    expect(badge.title).to.equal('promo_bonus');
    expect(badge.dataset.tone).to.equal('neutral');
    expect(shadowText(el)).not.to.include('promo_bonus');
  });

  it('an unknown payment kind and status read as words in the payments list', async () => {
    const sim = createSimulator();
    const p = sim.state.orgs.org_42!.payments[0]!.payment;
    p.status = 'under_review';
    p.kind = 'gift_card';
    const { el } = await mountInProvider<PaymentsList>(html`<payments-list></payments-list>`, { sim });
    await waitUntil(() => shadowText(el).includes('Under review'), 'status never humanised');
    expect(shadowText(el)).to.include('Gift card');
    expect(shadowText(el)).not.to.include('under_review');
  });
});

describe('Payment IDs readable and copyable (#17.19)', () => {
  it('Purchase History: the ID is monospace at the text colour (not muted), at least 4.5:1', async () => {
    const { el } = await mountHistory();
    const code = el.shadowRoot!.querySelector<HTMLElement>('.c-payment code.id')!;
    const style = getComputedStyle(code);
    expect(style.fontFamily).to.match(/mono/i);
    expect(style.color).to.equal(getComputedStyle(el.shadowRoot!.querySelector('h2')!).color);
    expect(contrast(style.color, 'rgb(255, 255, 255)')).to.be.at.least(4.5);
  });

  it('Copy writes the ID to the clipboard, the button says Copied and a polite live region announces it', async () => {
    const clip = fakeClipboard('accept');
    try {
      const { el } = await mountHistory();
      const copy = el.shadowRoot!.querySelector<HTMLButtonElement>('.c-payment button[data-copy]')!;
      const id = copy.dataset.copy!;
      const status = el.shadowRoot!.querySelector<HTMLElement>('[role="status"].copy-status')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      copy.click();
      await waitUntil(() => status.textContent!.trim() === 'Copied', 'no Copied status');
      expect(clip.written).to.deep.equal([id]);
      const again = el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-copy="${id}"]`)!;
      expect(again.textContent!.trim()).to.equal('Copied');
    } finally {
      clip.restore();
    }
  });

  it('a refused clipboard says so, visibly, and leaves the ID selectable', async () => {
    const clip = fakeClipboard('refuse');
    try {
      const { el } = await mountInProvider<PaymentsList>(html`<payments-list></payments-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('button[data-copy]'), 'no Copy button in the payments list');
      const copy = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-copy]')!;
      const code = copy.parentElement!.querySelector<HTMLElement>('code.id')!;
      expect(getComputedStyle(code).userSelect).to.not.equal('none');
      copy.click();
      const status = el.shadowRoot!.querySelector<HTMLElement>('[role="status"].copy-status')!;
      await waitUntil(() => status.textContent!.includes('did not allow copying'), 'no refusal message');
      expect(status.getClientRects().length).to.be.greaterThan(0);
      expect(status.getBoundingClientRect().height).to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    } finally {
      clip.restore();
    }
  });
});
