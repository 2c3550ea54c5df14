/** The organisation's plan. */
import type { Subscription } from '../../api/schemas/subscription.js';
import { getSubscription } from '../../api/endpoints/subscription.js';
import type { ResourceDef } from '../store.js';

export const subscription: ResourceDef<void, Subscription> = {
  name: 'subscription',
  tags: ['subscription'],
  load: ({ client, organisation, signal }) => getSubscription(client, organisation, { signal }),
};

