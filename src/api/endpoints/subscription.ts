/** The organisation's plan. */
import { Subscription } from '../schemas/subscription.js';
import { orgPath, type CallOptions, type Transport } from '../transport.js';

export const getSubscription = (t: Transport, org: string, o: CallOptions = {}) =>
  t.request({
    method: 'get',
    path: orgPath(org, 'subscription'),
    schema: Subscription,
    signal: o.signal,
  });
