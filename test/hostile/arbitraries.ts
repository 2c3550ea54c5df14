/**
 * fast-check arbitraries for every resource of API.md: answers that are valid
 * but extreme (zero, negative and 2^53-1 credits, empty and 10,000-character
 * strings, RTL and emoji text, far past and future dates, long lists, unknown
 * enum values) and answers that are broken (a key deleted, retyped or nulled;
 * a body that is not the resource at all; non-JSON, HTML error pages, an
 * empty 200).
 */
import fc from 'fast-check';
import { looksBroken } from './support.js';

// ---------------------------------------------------------------- scalars

const LONG = 'Ω'.repeat(2_500) + 'x'.repeat(2_500) + 'مرحبا'.repeat(1_000);

/** Text a server might send: empty, 10,000 characters, RTL, emoji, bidi controls, whitespace, or ordinary. */
export const text = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    fc.constantFrom(
      '',
      ' ',
      LONG,
      'مرحبا بالعالم: سباق المدينة',
      'מרוץ העיר 10 ק"מ',
      '🏃‍♀️🏃🏽‍♂️🎉👩🏽‍💻🇮🇳',
      '\u202eevil.exe\u202c',
      'Z̷̢̛a̴l̸g̵o̶ text',
      '\u0000\u0007\u001b[31m',
      '<b>bold</b> & <i>"quotes"</i>',
      'ＦＵＬＬＷＩＤＴＨ　１２３',
    ),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  )
  .filter((s) => !looksBroken(s));

/** Whole credits at the edges. */
export const credits = fc.oneof(
  fc.constantFrom(0, -1, 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 999, 1000, 10_000_000),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
);

/** An amount in major units with at most two decimals (the contract's money). */
export const money = fc.oneof(
  fc.constantFrom('0', '0.00', '0.01', '-5.00', '-0.01', '1770.00', '999999999999999999999999999999.99', '7.99', '100'),
  fc.tuple(fc.integer({ min: -1_000_000, max: 100_000_000 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
);

/** A unit price: may carry sub-cent precision ("0.015"). */
export const unitPrice = fc.oneof(
  fc.constantFrom('0', '0.00', '0.02', '1.50', '0.015', '1.005', '0.0001', '99999.99'),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9999 })).map(([a, b]) => `${a}.${String(b).padStart(4, '0')}`),
);

export const rate = fc.constantFrom('0', '0.18', '0.125', '1', '0.00', '2.5');

/** Currencies Intl knows (INR, USD, EUR, GBP: two decimals) and a well-formed code it does not know. */
export const currency = fc.constantFrom('INR', 'USD', 'EUR', 'GBP', 'XYZ');

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const year = fc.oneof(fc.constantFrom(1, 1970, 1999, 2026, 2027, 9999), fc.integer({ min: 1, max: 9999 }));

/** A date-only value from year 1 to 9999. */
export const dateOnly = fc
  .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);

/** A timestamp with offset from year 1 to 9999, with odd offsets and fractions. */
export const timestamp = fc
  .tuple(
    dateOnly,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom('Z', '+05:30', '-12:00', '+14:00', '+00:00'),
    fc.constantFrom('', '.5', '.123'),
  )
  .map(([d, h, m, offset, fraction]) => `${d}T${pad(h)}:${pad(m)}:00${fraction}${offset}`);

/** An enum value: a known one or something the elements have never heard of. */
const enumOf = (...known: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, fc.constantFrom('something_new', 'REFUNDED', '', '🆕'));

const id = fc.oneof(fc.stringMatching(/^[a-z]{2,4}_[A-Za-z0-9]{1,12}$/), fc.constantFrom('x', 'id with spaces', 'ü/../ñ', 'a'.repeat(200)));

/** Lists: usually short, sometimes long. */
const list = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 6 }) }, fc.array(item, { minLength: 150, maxLength: 300 }));

const cursor = fc.option(fc.constantFrom('c_2', 'opaque=&?#', ''), { nil: null });

// ---------------------------------------------------------------- resources

export const creditsSummary = fc.record({
  organisation: fc.record({ id, name: text }),
  available_credits: credits,
  currency,
  cost_per_credit: fc.option(unitPrice, { nil: null }),
  viewer: fc.record({ email: text, is_staff: fc.boolean() }),
});

export const monthlyUsage = fc.record({
  months: list(
    fc.record({
      month: fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}`),
      credits_used: credits,
    }),
  ),
});

/** A month key of the last four months, so aggregated answers land on screen. */
export const recentMonthlyUsage = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), credits), { maxLength: 6 })
  .map((rows) => {
    const now = new Date();
    return {
      months: rows.map(([back, used]) => {
        const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
        return { month: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, credits_used: used };
      }),
    };
  });

export const transaction = fc.record(
  {
    id,
    type: enumOf('usage', 'purchase', 'admin_grant', 'free_credits', 'refund'),
    usage_kind: fc.option(enumOf('event_photo_indexing', 'ai_image_rotation'), { nil: null }),
    delta: credits,
    event: fc.option(fc.record({ id, name: text }), { nil: null }),
    user_email: fc.option(text, { nil: null }),
    created_at: timestamp,
    payment_id: fc.option(id, { nil: null }),
  },
  { requiredKeys: ['id', 'type', 'usage_kind', 'delta', 'event', 'user_email', 'created_at'] },
);

/** Unique ids, as a real list has. */
const uniqueById = <T extends { id: string }>(items: T[]) => items.map((item, i) => ({ ...item, id: `${item.id}#${i}` }));

export const transactionPage = fc.record({ data: list(transaction).map(uniqueById), next_cursor: cursor });

export const subscription = fc.record({
  plan_type: enumOf('trial', 'pro', 'enterprise', 'payg'),
  status: enumOf('active', 'expired'),
  started_at: fc.option(dateOnly, { nil: null }),
  expires_at: fc.option(dateOnly, { nil: null }),
  included_credits: credits,
});

const taxInfo = fc.record({ name: text, rate, gstin: fc.option(text, { nil: null }), business_name: fc.option(text, { nil: null }) });

export const purchaseOptions = fc.record({
  currency,
  cost_per_credit: unitPrice,
  min_credits: fc.oneof(fc.constantFrom(0, 1, 1000), credits),
  max_credits: fc.oneof(fc.constantFrom(10_000_000, Number.MAX_SAFE_INTEGER, 0), credits),
  pro: fc.record({ available: fc.boolean(), price: money, included_credits: credits, term_days: fc.constantFrom(0, 365, -1, 100_000) }),
  tax: fc.option(taxInfo, { nil: null }),
  gateway: enumOf('razorpay', 'payglocal'),
  refund_policy_url: fc.constantFrom('https://9pic.ai/refund-policy', '', '/refund', 'javascript:alert(1)'),
  enterprise_contact_url: fc.constantFrom('https://9pic.ai/contact', '', 'data:text/html,x'),
});

const taxAmount = fc.record({ name: text, rate, amount: money });

export const quote = fc.record({
  currency,
  lines: list(fc.record({ label: text, quantity: credits, unit_amount: unitPrice, amount: money })),
  subtotal: money,
  tax: fc.option(taxAmount, { nil: null }),
  total: money,
});

export const payment = fc.record({
  id,
  status: enumOf('completed', 'pending', 'failed', 'abandoned'),
  gateway: enumOf('razorpay', 'payglocal'),
  kind: enumOf('pro_subscription', 'credits', 'custom'),
  credits: fc.option(credits, { nil: null }),
  remark: fc.option(text, { nil: null }),
  amount: money,
  currency,
  subtotal: money,
  tax: fc.option(taxAmount, { nil: null }),
  created_at: timestamp,
  completed_at: fc.option(timestamp, { nil: null }),
  gateway_reference: fc.option(text, { nil: null }),
  invoice: fc.record({
    status: enumOf('ready', 'not_generated', 'awaiting_billing_details', 'failed', 'not_applicable'),
    number: fc.option(text, { nil: null }),
  }),
});

export const paymentPage = fc.record({ data: list(payment).map(uniqueById), next_cursor: cursor });

const address = fc.record({
  line1: text,
  line2: fc.option(text, { nil: null }),
  city: text,
  state: fc.option(text, { nil: null }),
  postal_code: text,
  country: fc.constantFrom('IN', 'US', 'GB', 'ZZ', 'AE', 'IL'),
});

export const billingDetails = fc.record({
  business_name: text,
  billing_email: text,
  phone: fc.option(text, { nil: null }),
  tax_id: fc.option(text, { nil: null }),
  address,
  shipping_address: fc.option(address, { nil: null }),
});

// ---------------------------------------------------------------- broken answers

/** A raw answer: JSON the client parses, or a raw body it must refuse. */
export type Answer =
  | { kind: 'json'; status: number; body: unknown; label: string }
  | { kind: 'raw'; status: number; body: string; contentType: string; label: string };

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.slice(0, 3).map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      const path = [...prefix, key];
      out.push(path);
      paths(child, path, out);
    }
  }
  return out;
}

const MUTATIONS = ['delete', 'null', 'string', 'number', 'float', 'object', 'array', 'boolean', 'nan-string'] as const;

function mutate(value: unknown, path: Path, how: (typeof MUTATIONS)[number]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const replacement: Record<(typeof MUTATIONS)[number], unknown> = {
    delete: undefined,
    null: null,
    string: '12',
    number: 12.5,
    float: 1e308,
    object: { value: 1 },
    array: [1, 2],
    boolean: true,
    'nan-string': 'not-a-number',
  };
  if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement[how];
  return copy;
}

const RAW: Answer[] = [
  { kind: 'raw', status: 200, body: '', contentType: 'application/json', label: 'empty 200' },
  { kind: 'raw', status: 200, body: 'not json at all', contentType: 'application/json', label: 'non-JSON 200' },
  { kind: 'raw', status: 200, body: '{"data": [', contentType: 'application/json', label: 'truncated JSON' },
  { kind: 'raw', status: 200, body: '<!doctype html><title>Login</title><h1>Please sign in</h1>', contentType: 'text/html', label: 'HTML 200' },
  { kind: 'raw', status: 502, body: '<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>', contentType: 'text/html', label: 'HTML 502' },
  { kind: 'raw', status: 500, body: '{"error": "boom"}', contentType: 'application/json', label: '500 with an off-contract error body' },
  { kind: 'raw', status: 404, body: '', contentType: 'text/plain', label: 'empty 404' },
  { kind: 'raw', status: 400, body: '{"error":{"code":"x","message":{"nested":true}}}', contentType: 'application/json', label: '400 with a mistyped message' },
];

const WHOLE: unknown[] = [null, [], 'string', 42, true, {}, { data: null }, { error: { code: 'x', message: 'y' } }];

/** Broken answers built from valid ones of `valid`: a key removed, retyped or nulled; a wrong body; raw junk. */
export function broken(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Answer> {
  const mutated = fc
    .tuple(valid, fc.nat(), fc.constantFrom(...MUTATIONS))
    .map(([value, n, how]): Answer => {
      const all = paths(value);
      if (!all.length) return { kind: 'json', status: 200, body: null, label: 'null' };
      const path = all[n % all.length]!;
      return { kind: 'json', status: 200, body: mutate(value, path, how), label: `${how} at ${path.join('.')}` };
    });
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 2, arbitrary: fc.constantFrom(...RAW) },
    { weight: 1, arbitrary: fc.constantFrom(...WHOLE).map((body): Answer => ({ kind: 'json', status: 200, body, label: `whole body ${JSON.stringify(body)}` })) },
  );
}
