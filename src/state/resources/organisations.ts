/** The organisations the viewer manages. */
import type * as S from '../../api/schemas/organisations.js';
import { listOrganisations } from '../../api/endpoints/organisations.js';
import type { ListDef } from '../store.js';
import { listPaging } from '../paging.js';

export type OrganisationFilter = Omit<S.OrganisationQuery, 'cursor' | 'limit'>;

/** The organisations the viewer manages (one list per search and sort, kept across organisation switches). */
export const organisations: ListDef<OrganisationFilter, S.OrganisationSummary> = {
  paging: listPaging,
  name: 'organisations',
  scope: 'viewer',
  // Balances move with purchases and grants, plans and expiry with subscriptions.
  tags: ['balance', 'subscription'],
  loadPage: ({ client, params, signal }, cursor) => listOrganisations(client, { ...params, limit: 100, cursor }, { signal }),
  // A viewer with one organisation: an answer to show, not a failure.
  expected: (error) => error.status === 403,
};

