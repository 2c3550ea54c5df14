/**
 * The Hindi catalog (a lazy chunk): message ids → translations. `str`
 * placeholders are indexes into the English template's values. One file per
 * area under hi/, merged here.
 */
import { common } from './hi/common.js';
import { creditsBalance } from './hi/credits-balance.js';
import { monthlyUsage } from './hi/monthly-usage.js';

export const templates = {
  ...common,
  ...creditsBalance,
  ...monthlyUsage,
};
