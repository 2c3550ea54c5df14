/**
 * The table body's height and what it says about scrolling (#17.16). Rows that
 * fit are all shown: the body is as tall as its rows, up to
 * `--credits-table-height`. Taller, the body scrolls inside the card, and then
 * (1) its height ends on a whole row, never mid-row; (2) a fade edge marks the
 * side where rows continue (`data-more="above|below|both"` on the wrapper);
 * (3) the footer's count names the rows in view ("Showing 1–11 of 12 entries").
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RowsInView {
  /** 1-based positions of the first and last row wholly in view. */
  first: number;
  last: number;
}

export class BodyScroll implements ReactiveController {
  /** The rows in view when the body scrolls; undefined when every row is shown. */
  inView?: RowsInView;
  private body?: HTMLElement;
  private frame = 0;
  private width = 0;
  private readonly resize = new ResizeObserver(() => {
    // Only a new width reflows the rows (a narrow card stacks them); the body's own height changes are ours.
    const width = this.body?.clientWidth ?? 0;
    if (width !== this.width) this.schedule();
  });

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The plain (not virtualised) body, when one is rendered. */
    private readonly find: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const body = this.find();
    if (body !== this.body) {
      this.body?.removeEventListener('scroll', this.onScroll);
      this.resize.disconnect();
      this.body = body ?? undefined;
      if (body) {
        body.addEventListener('scroll', this.onScroll, { passive: true });
        this.resize.observe(body);
      }
    }
    this.measure();
  }

  hostDisconnected(): void {
    this.body?.removeEventListener('scroll', this.onScroll);
    this.resize.disconnect();
    cancelAnimationFrame(this.frame);
    this.body = undefined;
  }

  private readonly onScroll = () => this.schedule();

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.measure());
  }

  /** Snap the height to whole rows, mark the fade edges, and update the rows in view. */
  private measure(): void {
    const body = this.body;
    let next: RowsInView | undefined;
    if (body) {
      this.width = body.clientWidth;
      const wrap = body.parentElement!;
      const limit = Number.parseFloat(getComputedStyle(wrap).maxHeight) || Infinity;
      const rows = [...body.children] as HTMLElement[];
      let height = 0;
      for (const row of rows) {
        if (height + row.offsetHeight > limit + 0.5) break;
        height += row.offsetHeight;
      }
      const all = rows.reduce((sum, r) => sum + r.offsetHeight, 0);
      body.style.maxHeight = all > limit + 0.5 && height > 0 ? `${height}px` : '';
      // The loading skeleton only takes the height its rows will have.
      if (!body.classList.contains('tbody')) return;
      const scrolls = body.scrollHeight > body.clientHeight + 1;
      const top = body.scrollTop;
      const above = scrolls && top > 1;
      const below = scrolls && top + body.clientHeight < body.scrollHeight - 1;
      if (above || below) wrap.dataset.more = above && below ? 'both' : above ? 'above' : 'below';
      else delete wrap.dataset.more;
      wrap.toggleAttribute('data-scrolls', scrolls);
      // The header stops where the rows stop: before the body's scrollbar, when it takes room.
      const gutter = body.offsetWidth - body.clientWidth;
      const header = wrap.previousElementSibling as HTMLElement | null;
      if (header) header.style.paddingInlineEnd = gutter > 0 ? `${gutter}px` : '';
      if (scrolls) {
        const view = body.getBoundingClientRect();
        const shown = rows.filter((r) => {
          const box = r.getBoundingClientRect();
          return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
        });
        const index = (r: HTMLElement) => Number(r.getAttribute('aria-rowindex')) - 1;
        if (shown.length) next = { first: index(shown[0]!), last: index(shown[shown.length - 1]!) };
      }
    }
    if (next?.first !== this.inView?.first || next?.last !== this.inView?.last) {
      this.inView = next;
      this.host.requestUpdate();
    }
  }
}
