/**
 * The Hindi catalog (a lazy chunk): message ids → translations. `str`
 * placeholders are indexes into the English template's values. One file per
 * area under hi/, merged here.
 */
import { common } from './hi/common.js';
import { usageTable } from './hi/usage-table.js';

export const templates = {
  ...common,
  ...usageTable,
};
