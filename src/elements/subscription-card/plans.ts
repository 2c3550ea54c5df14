/** The plan types the card knows, with their label and meaning (from the Credits guide). */
import { msg } from '../../i18n/localize.js';
import { humanise } from '../../ui/humanise.js';

export type KnownPlan = 'trial' | 'pro' | 'enterprise' | 'payg';

export interface PlanText {
  label: string;
  meaning: string;
}

/** Known plan type for an API value ('PAYG', 'pay_as_you_go' → 'payg'), or undefined. */
export function knownPlan(planType: string): KnownPlan | undefined {
  const key = planType.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (key === 'trial' || key === 'pro' || key === 'enterprise' || key === 'payg') return key;
  if (key === 'pay_as_you_go') return 'payg';
  return undefined;
}

/** Label and meaning in the current locale; an unknown plan type shows its raw value and no meaning. */
export function planText(planType: string): PlanText & { known: KnownPlan | undefined } {
  const known = knownPlan(planType);
  switch (known) {
    case 'trial':
      return {
        known,
        label: msg('Trial', { id: 'subscription-card.plan.trial' }),
        meaning: msg('Free trial with limited credits to explore 9Pic. Upgrade anytime to unlock public events and more.', {
          id: 'subscription-card.plan.trial.meaning',
        }),
      };
    case 'pro':
      return {
        known,
        label: msg('Pro', { id: 'subscription-card.plan.pro' }),
        meaning: msg('Annual subscription with custom domain, 9Pic Certify, race videos, and priority support.', {
          id: 'subscription-card.plan.pro.meaning',
        }),
      };
    case 'enterprise':
      return {
        known,
        label: msg('Enterprise', { id: 'subscription-card.plan.enterprise' }),
        meaning: msg('Custom plan with dedicated support and SLAs.', { id: 'subscription-card.plan.enterprise.meaning' }),
      };
    case 'payg':
      return {
        known,
        label: msg('Pay As You Go', { id: 'subscription-card.plan.payg' }),
        meaning: msg('Flexible usage-based pricing with no commitment.', { id: 'subscription-card.plan.payg.meaning' }),
      };
    default:
      return { known, label: humanise(planType), meaning: '' };
  }
}
