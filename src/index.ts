/**
 * @9pic/credits-elements: importing this module defines every element
 * (skipping tags already taken). Classes are exported for custom tag names.
 */
// The provider first, so elements connecting right after find it.
export { CreditsProvider } from './elements/credits-provider/define.js';
export { CreditsBalance } from './elements/credits-balance/define.js';
export { CreditsMonthlyUsage } from './elements/monthly-usage/define.js';
export { PaymentsList } from './elements/payments-list/define.js';
export { BillingDetailsForm, type BillingSavedDetail, type CreditsBillingSavedEvent } from './elements/billing-details-form/define.js';
export { SubscriptionCard } from './elements/subscription-card/define.js';
export { CreditsArea } from './elements/credits-area/define.js';
export { PurchaseWizard } from './elements/purchase-wizard/define.js';
export { UsageTable } from './elements/usage-table/define.js';
export { CreditsOrganisations, type CreditsOrganisationSelectEvent, type OrganisationSelectDetail } from './elements/credits-organisations/define.js';

export { CreditsElement } from './base/credits-element.js';
export { defineElement } from './base/define.js';
export * from './core/events.js';
export { CreditsClient, type ClientOptions, type TokenProvider, type InvoiceFile } from './api/client.js';
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
export { createRazorpayAdapter, type RazorpayAdapterOptions } from './gateways/razorpay.js';
export { createPayGlocalAdapter, PAYGLOCAL_HOSTS, type PayGlocalAdapterOptions } from './gateways/payglocal.js';
export { CLIENT_HEADER } from './api/client.js';
export { lightTokens, darkTokens } from './styles/tokens.js';
export { tagNames, isCreditsElement, type CreditsTagName } from './tags.js';
export type { AreaView } from './elements/credits-area/router.js';
export type { UsageDirection } from './elements/usage-table/usage-table.js';
