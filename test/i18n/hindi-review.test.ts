/**
 * #22 Hindi: the strings the native-speaker review named, as it asked for them. The glossary
 * (docs/HINDI-GLOSSARY.md, enforced by scripts/i18n-check.mjs) forbids the stiff words (ऋणात्मक,
 * पूर्ण, निर्यात, आवश्यक, Recheck…); what no forbidden word can catch is held here: labels read as
 * nouns, each "could not be loaded" agrees with its resource, the consent is one sentence, and the
 * phone error's example is a number the form accepts.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/billing-details-form/define.js';
import { templates as hindi } from '../../src/i18n/locales/hi.js';
import { $, mountInProvider } from '../support.js';

/** A catalog entry as the reader sees it: a string, or a str``/html`` template with its placeholders as {n} and tags removed. */
function text(id: string): string {
  const value = (hindi as Record<string, unknown>)[id];
  expect(value, `no Hindi entry "${id}"`).to.exist;
  if (typeof value === 'string') return value;
  const strings = (value as { strings: readonly string[] }).strings;
  return strings.map((s, i) => s + (i < strings.length - 1 ? `{${i}}` : '')).join('').replace(/<[^>]*>/g, '');
}

describe('#22 Hindi: the strings the review named', () => {
  it('labels are nouns, statuses and actions as Indian payment apps say them', () => {
    const want: [string, string][] = [
      ['credits-balance.negative', 'नेगेटिव बैलेंस'],
      ['credits-organisations.negative', 'नेगेटिव बैलेंस'],
      ['payments-list.status.completed', 'सफल'],
      ['payments-list.export', 'CSV डाउनलोड करें'],
      ['usage-table.export', 'CSV डाउनलोड करें'],
      ['usage-table.filter.from', 'तारीख से'],
      ['usage-table.filter.to', 'तारीख तक'],
      ['payments-list.filter.from', 'तारीख से'],
      ['payments-list.filter.to', 'तारीख तक'],
      ['payments-list.sheet.created', 'बनाने का समय'],
      ['subscription-card.started', 'शुरू होने की तारीख'],
      ['subscription-card.expired', 'समाप्त हो चुका'],
      ['billing-details-form.error.required', 'यह फ़ील्ड भरना ज़रूरी है।'],
      ['payments-list.action.recheck', 'फिर से जाँचें'],
      ['purchase-wizard.action.recheck-here', 'फिर से जाँचें'],
      ['credits-balance.show-cost', 'प्रति क्रेडिट लागत दिखाएँ'],
      ['credits-balance.hide-cost', 'प्रति क्रेडिट लागत छिपाएँ'],
    ];
    expect(want.map(([id]) => [id, text(id)])).to.deep.equal(want);
    expect(text('credits-balance.grant.intro')).to.include('उसके खरीद इतिहास').and.not.include('उसकी खरीद');
  });

  it('each "could not be loaded" agrees with its resource; the consent is one sentence around its link; one entry is not "all"', () => {
    expect(text('subscription-card.load-failed')).to.equal('सदस्यता लोड नहीं हो सकी।');
    expect(text('payments-list.load-failed')).to.equal('भुगतान लोड नहीं हो सके।');
    expect(text('credits-organisations.load-failed')).to.equal('संगठन लोड नहीं हो सके।');
    expect(text('usage-table.more-failed')).to.equal('और प्रविष्टियाँ लोड नहीं हो सकीं।');
    expect(text('purchase-wizard.review.load-failed')).to.equal('कीमत लोड नहीं हो सकी।');
    expect(text('credits-balance.load-failed')).to.equal('क्रेडिट बैलेंस लोड नहीं हो सका।');
    expect(text('purchase-wizard.payment.consent-link')).to.equal('मैंने रिफ़ंड नीति पढ़ ली है और मुझे यह स्वीकार है');
    for (const id of ['purchase-wizard.payment.consent', 'purchase-wizard.payment.consent-link']) expect(text(id), id).not.to.match(/करता\s*\/|\/\s*करती/);
    expect(text('usage-table.count.all-one')).not.to.include('सभी');
    expect(text('credits-organisations.count.all-one')).not.to.include('सभी');
  });

  for (const locale of ['en-IN', 'hi-IN'] as const) {
    it(`${locale}: the phone error's example is a phone number the form accepts`, async () => {
      const { el } = await mountInProvider<HTMLElement & { updateComplete: Promise<unknown> }>(html`<billing-details-form></billing-details-form>`, { locale });
      await waitUntil(() => el.shadowRoot!.querySelector('[name="phone"]'), 'the form never rendered', { timeout: 4000 });
      const phone = $<HTMLInputElement>(el, '[name="phone"]');
      const error = () => {
        const ids = (phone.getAttribute('aria-describedby') ?? '').split(' ');
        return ids.map((id) => el.shadowRoot!.getElementById(id)).find((n) => n?.classList.contains('field-error'))?.textContent?.trim() ?? '';
      };
      const enter = async (value: string) => {
        phone.value = value;
        phone.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        $<HTMLFormElement>(el, 'form').requestSubmit();
        await el.updateComplete;
      };
      await enter('call me');
      await waitUntil(() => error(), 'no phone error');
      const example = /\+?\d[\d\s-]*\d/.exec(error())?.[0];
      expect(example, `the error gives no example: ${error()}`).to.exist;
      await enter(example!);
      expect(phone.getAttribute('aria-invalid'), `"${example}" is refused by the form whose error suggested it`).not.to.equal('true');
      expect(error()).to.equal('');
    });
  }
});
