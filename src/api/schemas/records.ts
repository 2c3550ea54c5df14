/**
 * What the records of the lists share: timestamps, calendar dates and the list page. Apart from
 * base.ts, so a bundle that parses no list (the balance) carries none of it (zod's ISO formats
 * and their regular expressions included).
 */
import * as z from 'zod/mini';
import { nullable } from './base.js';

export const Timestamp = /* @__PURE__ */ z.iso.datetime({ offset: true });
export const DateOnly = /* @__PURE__ */ z.iso.date();

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
