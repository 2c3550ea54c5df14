/**
 * `CreditsClient`: every endpoint of the HTTP contract as a method, for hosts that want one object.
 * A thin wrapper over the transport (transport.ts) and the endpoint functions (endpoints.ts,
 * invoice.ts); the elements call the functions themselves, so their bundles carry only what they use.
 */
import type * as S from './schemas.js';
import * as E from './endpoints.js';
import { downloadInvoice, type InvoiceFile } from './invoice.js';
import { Transport, type CallOptions, type WriteOptions } from './transport.js';

export { Transport, CLIENT_HEADER, type ClientOptions, type TokenProvider, type CallOptions, type WriteOptions } from './transport.js';
export { safeFilename, type InvoiceFile } from './invoice.js';

export class CreditsClient extends Transport {
  /** The organisations the viewer manages (contract 1.1); `403 not_allowed` for a viewer with one. */
  listOrganisations(q: S.OrganisationQuery = {}, o: CallOptions = {}) {
    return E.listOrganisations(this, q, o);
  }

  getCredits(org: string, o: CallOptions = {}) {
    return E.getCredits(this, org, o);
  }

  getMonthlyUsage(org: string, months = 4, o: CallOptions = {}) {
    return E.getMonthlyUsage(this, org, months, o);
  }

  listTransactions(org: string, q: S.TransactionQuery, o: CallOptions = {}) {
    return E.listTransactions(this, org, q, o);
  }

  grantCredits(org: string, body: S.GrantRequest, o: WriteOptions) {
    return E.grantCredits(this, org, body, o);
  }

  getSubscription(org: string, o: CallOptions = {}) {
    return E.getSubscription(this, org, o);
  }

  getPurchaseOptions(org: string, o: CallOptions = {}) {
    return E.getPurchaseOptions(this, org, o);
  }

  quote(org: string, body: S.QuoteRequest, o: CallOptions = {}) {
    return E.quote(this, org, body, o);
  }

  purchase(org: string, body: S.PurchaseRequest, o: WriteOptions) {
    return E.purchase(this, org, body, o);
  }

  listPayments(org: string, q: S.PaymentQuery = {}, o: CallOptions = {}) {
    return E.listPayments(this, org, q, o);
  }

  getPayment(org: string, id: string, o: CallOptions = {}) {
    return E.getPayment(this, org, id, o);
  }

  recheckPayment(org: string, id: string, o: CallOptions = {}) {
    return E.recheckPayment(this, org, id, o);
  }

  generateInvoice(org: string, id: string, o: CallOptions = {}) {
    return E.generateInvoice(this, org, id, o);
  }

  downloadInvoice(org: string, id: string, o: CallOptions = {}): Promise<InvoiceFile> {
    return downloadInvoice(this, org, id, o);
  }

  /** The live balance (`credits/stream`): the event-stream response, resumed after `lastEventId`; 404/501 without it. */
  openCreditsStream(org: string, o: CallOptions & { lastEventId?: string } = {}): Promise<Response> {
    return E.openCreditsStream(this, org, o);
  }

  /** The saved billing details, or `null` when none are saved yet (404). */
  getBillingDetails(org: string, o: CallOptions = {}) {
    return E.getBillingDetails(this, org, o);
  }

  putBillingDetails(org: string, body: S.BillingDetails, o: CallOptions = {}) {
    return E.putBillingDetails(this, org, body, o);
  }
}
