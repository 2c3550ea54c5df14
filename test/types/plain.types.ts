// Type test for plain TypeScript hosts (DOM APIs): tags, properties and events are typed from the package.
import '../../dist/types/index.js';
import type { CreditsTagName } from '../../dist/types/index.js';

const provider = document.querySelector('credits-provider')!;
provider.tokenProvider = async ({ forceRefresh }) => (forceRefresh ? 'fresh' : 'cached');
provider.addEventListener('credits-error', (e) => console.log(e.detail.operation));
provider.addEventListener('credits-billing-saved', (e) => console.log(e.detail.details.address.country));
const table = document.createElement('usage-table');
table.direction = 'addition';
void table.exportCsv;
const payments = document.createElement('payments-list');
payments.exportCsv();
export const paymentsCsv: string = payments.toCsv();
const area = document.querySelector('credits-area')!;
area.show('billing');
export const tag: CreditsTagName = 'credits-area';

// @ts-expect-error misspelled enum value
table.direction = 'usag';
// @ts-expect-error wrong property type
provider.routes = '/credits';
// @ts-expect-error misspelled detail field
provider.addEventListener('credits-navigate', (e) => e.detail.targt);
// @ts-expect-error wrong handler type: the detail of credits-billing-saved is no string
provider.addEventListener('credits-billing-saved', (e: CustomEvent<string>) => e.detail);
// @ts-expect-error unknown tag name
export const unknown: CreditsTagName = 'credits-balanse';
// @ts-expect-error toCsv takes no arguments
payments.toCsv('completed');
// @ts-expect-error not a view
area.show('settings');
