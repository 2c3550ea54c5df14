/**
 * The CDN build's entry, from one `<script type="module">`: the provider and the
 * balance are defined at once; every other element loads the first time its tag
 * is seen (src/autoload.ts). `load(tag)` resolves with an element's class.
 */
import { start } from './autoload.js';
import type { CreditsClient } from './api/client.js';

// The provider first, so elements connecting right after find it.
export { CreditsProvider } from './elements/credits-provider/define.js';
export { CreditsBalance } from './elements/credits-balance/define.js';
export { discover, load, lazyTags } from './autoload.js';
// The lazily loaded classes, as types (`load(tag)` gives the class itself).
export type { CreditsMonthlyUsage } from './elements/monthly-usage/define.js';
export type { PaymentsList } from './elements/payments-list/define.js';
export type { BillingDetailsForm, BillingSavedDetail, CreditsBillingSavedEvent } from './elements/billing-details-form/define.js';
export type { SubscriptionCard } from './elements/subscription-card/define.js';
export type { CreditsArea } from './elements/credits-area/define.js';
export type { PurchaseWizard } from './elements/purchase-wizard/define.js';
export type { UsageTable } from './elements/usage-table/define.js';
export type { CreditsOrganisations, CreditsOrganisationSelectEvent, OrganisationSelectDetail } from './elements/credits-organisations/define.js';

// The rest of the npm entry (src/index.ts).
export { CreditsElement } from './base/credits-element.js';
export { defineElement } from './base/define.js';
export * from './core/events.js';
// `CreditsClient` carries every endpoint and schema, which no element needs: it loads on demand
// (`await loadClient()` gives the class), like the lazily loaded elements.
export type { CreditsClient, ClientOptions, TokenProvider, InvoiceFile } from './api/client.js';
export const loadClient = (): Promise<typeof CreditsClient> => import('./api/client.js').then((m) => m.CreditsClient);
export { ApiError, type ApiErrorKind } from './api/errors.js';
export type * from './api/schemas.js';
export { CreditsStore, type Tag, type ResourceState } from './state/store.js';
export { creditsContext, type CreditsContextValue, type CreditsRoutes } from './state/context.js';
export type { GatewayAdapter, GatewayOutcome } from './core/gateway.js';
export {
  RETURN_PARAM,
  RETURN_WINDOW_MS,
  recheckReturnedPayment,
  returnedPayment,
  returnedPaymentId,
  returnUrlFor,
  clearReturnMarker,
  type ReturnedPayment,
} from './gateways/return.js';
// The gateway adapter factories stay out of the entry: the built-in adapters load on demand when a payment
// starts; a host that configures its own adapters bundles the npm package.
export type { RazorpayAdapterOptions } from './gateways/razorpay.js';
export type { PayGlocalAdapterOptions } from './gateways/payglocal.js';
export { CLIENT_HEADER } from './api/transport.js';
export { lightTokens, darkTokens } from './styles/tokens.js';
export { tagNames, isCreditsElement, type CreditsTagName } from './tags.js';
export type { AreaView } from './elements/credits-area/router.js';
export type { UsageDirection } from './elements/usage-table/usage-table.js';

start();
