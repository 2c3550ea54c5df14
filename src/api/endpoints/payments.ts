/** Buying: purchase options, quotes, purchases, payments and their invoices, billing details. */
import type * as S from '../schemas.js';
import { BillingDetails, Payment, PaymentPage, PurchaseOptions, PurchaseResult, Quote } from '../schemas/payments.js';
import { ApiError } from '../errors.js';
import { enc, orgPath, type CallOptions, type Transport, type WriteOptions } from '../transport.js';

export const getPurchaseOptions = (t: Transport, org: string, o: CallOptions = {}) =>
  t.request({
    method: 'get',
    path: orgPath(org, 'purchase-options'),
    schema: PurchaseOptions,
    signal: o.signal,
  });

export const quote = (t: Transport, org: string, body: S.QuoteRequest, o: CallOptions = {}) =>
  t.request({
    method: 'post',
    path: orgPath(org, 'purchases/quote'),
    json: body,
    schema: Quote,
    signal: o.signal,
  });

export const purchase = (t: Transport, org: string, body: S.PurchaseRequest, o: WriteOptions) =>
  t.request({
    method: 'post',
    path: orgPath(org, 'purchases'),
    json: body,
    schema: PurchaseResult,
    ...o,
  });

export const listPayments = (t: Transport, org: string, q: S.PaymentQuery = {}, o: CallOptions = {}) =>
  t.request({
    method: 'get',
    path: orgPath(org, 'payments'),
    searchParams: { ...q },
    schema: PaymentPage,
    signal: o.signal,
  });

export const getPayment = (t: Transport, org: string, id: string, o: CallOptions = {}) =>
  t.request({
    method: 'get',
    path: orgPath(org, `payments/${enc(id)}`),
    schema: Payment,
    signal: o.signal,
  });

export const recheckPayment = (t: Transport, org: string, id: string, o: CallOptions = {}) =>
  t.request({
    method: 'post',
    path: orgPath(org, `payments/${enc(id)}/recheck`),
    schema: Payment,
    signal: o.signal,
  });

export const generateInvoice = (t: Transport, org: string, id: string, o: CallOptions = {}) =>
  t.request({
    method: 'post',
    path: orgPath(org, `payments/${enc(id)}/invoice`),
    schema: Payment,
    signal: o.signal,
  });

/** The saved billing details, or `null` when none are saved yet (404). */
export async function getBillingDetails(t: Transport, org: string, o: CallOptions = {}): Promise<S.BillingDetails | null> {
  try {
    return await t.request({
      method: 'get',
      path: orgPath(org, 'billing-details'),
      schema: BillingDetails,
      signal: o.signal,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const putBillingDetails = (t: Transport, org: string, body: S.BillingDetails, o: CallOptions = {}) =>
  t.request({
    method: 'put',
    path: orgPath(org, 'billing-details'),
    json: body,
    schema: BillingDetails,
    signal: o.signal,
  });
