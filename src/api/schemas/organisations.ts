/** The organisations a viewer manages (contract 1.1). */
import * as z from 'zod/mini';
import { Credits, Currency, Decimal } from './base.js';
import { DateOnly, page } from './records.js';

/** One organisation a viewer manages (`GET /organisations`, contract 1.1). */
export const OrganisationSummary = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  available_credits: Credits,
  currency: Currency,
  plan_type: /* @__PURE__ */ z.string(),
  expires_at: /* @__PURE__ */ z.nullable(DateOnly),
  cost_per_credit: /* @__PURE__ */ z.nullable(Decimal),
});

export const OrganisationPage = /* @__PURE__ */ page(OrganisationSummary);

export type OrganisationSummary = z.infer<typeof OrganisationSummary>;
export type OrganisationPage = z.infer<typeof OrganisationPage>;

/** How `GET /organisations` orders: by name (A–Z), lowest balance first, or soonest expiry first. */
export type OrganisationSort = 'name' | 'available_credits' | 'expires_at';

/** Query of the organisations list: `q` matches name or id (contains, case-insensitive). */
export interface OrganisationQuery {
  limit?: number;
  cursor?: string | null;
  q?: string;
  sort?: OrganisationSort;
}
