import { defineElement } from '../../base/define.js';
import { UsageTable } from './usage-table.js';

defineElement('usage-table', UsageTable);

declare global {
  interface HTMLElementTagNameMap {
    'usage-table': UsageTable;
  }
}

export { UsageTable };
