/** The organisation's plan. */
import * as z from 'zod/mini';
import { Credits, nullable } from './base.js';
import { DateOnly } from './records.js';

export const Subscription = /* @__PURE__ */ z.object({
  plan_type: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.string(),
  started_at: /* @__PURE__ */ nullable(DateOnly),
  expires_at: /* @__PURE__ */ nullable(DateOnly),
  included_credits: Credits,
});

export type Subscription = z.infer<typeof Subscription>;
