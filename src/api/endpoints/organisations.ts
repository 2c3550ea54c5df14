/** The organisations the viewer manages (contract 1.1). */
import type { OrganisationQuery } from '../schemas/organisations.js';
import { OrganisationPage } from '../schemas/organisations.js';
import type { CallOptions, Transport } from '../transport.js';

/** The organisations the viewer manages (contract 1.1); `403 not_allowed` for a viewer with one. */
export const listOrganisations = (t: Transport, q: OrganisationQuery = {}, o: CallOptions = {}) =>
  t.request({
    method: 'get',
    path: 'organisations',
    searchParams: { ...q },
    schema: OrganisationPage,
    signal: o.signal,
  });
