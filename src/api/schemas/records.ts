/**
 * What the records of the lists share: timestamps, calendar dates and the list page. Apart from
 * base.ts, so a bundle that parses no list (the balance) carries none of it (zod's ISO formats
 * and their regular expressions included).
 */
import * as z from 'zod/mini';
import { nullable } from './base.js';

/**
 * A calendar date `YYYY-MM-DD` that exists (leap days included), and a timestamp on it with seconds and an offset.
 * The very patterns `z.iso.date()` and `z.iso.datetime({ offset: true })` test (zod 4's regexes.date and
 * regexes.datetime({ offset: true })), as plain regex checks: zod's ISO schemas and the functions that build these
 * patterns would otherwise sit in the CDN entry (the chunk that holds zod's core modules), which reads no date.
 * test/api/records.test.ts checks that both read as zod's ISO schemas do.
 */
const DATE = '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const DATE_PATTERN = /* @__PURE__ */ new RegExp(`^${DATE}$`);
const TIMESTAMP_PATTERN = /* @__PURE__ */ new RegExp(`^${DATE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`);

export const Timestamp = /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.regex(TIMESTAMP_PATTERN, 'Expected an ISO-8601 timestamp with an offset'));
export const DateOnly = /* @__PURE__ */ (/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.regex(DATE_PATTERN, 'Expected a date YYYY-MM-DD'));

/**
 * A list page. One invalid row does not make the page invalid (API.md
 * "Conventions"): it is left out and counted in `skipped`.
 */
export const page = <T extends z.ZodMiniType>(item: T) =>
  /* @__PURE__ */ z.pipe(
    /* @__PURE__ */ z.object({ data: /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown()), next_cursor: /* @__PURE__ */ nullable(/* @__PURE__ */ z.string()) }),
    /* @__PURE__ */ z.transform(({ data, next_cursor }) => {
      const rows: z.infer<T>[] = [];
      let skipped = 0;
      for (const row of data) {
        const parsed = item.safeParse(row);
        if (parsed.success) rows.push(parsed.data as z.infer<T>);
        else skipped++;
      }
      return { data: rows, next_cursor, skipped };
    }),
  );

export interface PageQuery {
  limit?: number;
  cursor?: string | null;
}
