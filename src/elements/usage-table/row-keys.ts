/**
 * The table body is ONE Tab stop (#22.2): Tab reaches the body (a focusable,
 * scrolling row group) and the next Tab leaves the table, however many rows are
 * loaded. Within it, arrow keys move a roving focus:
 *
 * - ArrowDown / ArrowUp: the next / previous row (from the body: the first row in view);
 * - Home / End: the first / last loaded row;
 * - ArrowRight / ArrowLeft: into a row's links and buttons (event name, Details) and back;
 * - Enter on a row: its event name (what the row's link or button does).
 *
 * Rows and their controls carry `tabindex="-1"`; while focus is on a row the body
 * leaves the Tab order too, so Shift+Tab also leaves the table in one press.
 * Moving focus never loads more rows: `movedByKeys()` tells infinite scroll to
 * ignore the scrolling that a key move caused.
 */

const ROW = '[role="row"]';
const CONTROLS = 'a[href], button';
/** A key move scrolls the body; for this long, that scrolling is not the user's scrolling. */
const KEY_SCROLL_MS = 600;

const frame = () => new Promise((r) => requestAnimationFrame(r));
const rowIndex = (row: Element) => Number(row.getAttribute('aria-rowindex'));
/** How many rows are loaded (the body's `data-rows`), rendered or not. */
const loaded = (body: HTMLElement) => Number(body.dataset.rows ?? 0);

export class RowKeys {
  private lastMove = -Infinity;

  /** Whether a key move happened just now (its scrolling must not load more rows). */
  movedByKeys(): boolean {
    return performance.now() - this.lastMove < KEY_SCROLL_MS;
  }

  /** A focused row may have been recycled by the virtualizer: the body is then the Tab stop again. */
  restoreStop(body: HTMLElement | null): void {
    const active = (body?.getRootNode() as ShadowRoot | undefined)?.activeElement;
    if (body && body.tabIndex !== 0 && !(active && body.contains(active))) body.tabIndex = 0;
  }

  readonly onFocusIn = (e: FocusEvent): void => {
    const body = e.currentTarget as HTMLElement;
    body.tabIndex = e.target === body ? 0 : -1;
  };

  readonly onFocusOut = (e: FocusEvent): void => {
    const body = e.currentTarget as HTMLElement;
    if (!(e.relatedTarget instanceof Node && body.contains(e.relatedTarget))) body.tabIndex = 0;
  };

  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const body = e.currentTarget as HTMLElement;
    const target = e.target as HTMLElement;
    const row = target === body ? null : target.closest<HTMLElement>(ROW);
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const down = e.key === 'ArrowDown';
        if (row) void this.focusIndex(body, rowIndex(row) + (down ? 1 : -1), down ? 'next' : 'previous');
        else this.focusInView(body);
        break;
      }
      case 'Home':
        void this.focusIndex(body, 2, 'first');
        break;
      case 'End':
        void this.focusIndex(body, loaded(body) + 1, 'last');
        break;
      case 'ArrowRight':
      case 'ArrowLeft': {
        if (!row) return;
        const controls = [...row.querySelectorAll<HTMLElement>(CONTROLS)];
        const at = controls.indexOf(target);
        const next = e.key === 'ArrowRight' ? controls[at + 1] : at > 0 ? controls[at - 1] : at === 0 ? row : undefined;
        if (!next) return;
        this.focus(next);
        break;
      }
      case 'Enter':
        if (target !== row) return;
        (row.querySelector<HTMLElement>('.c-event :is(a, button), .payment-link') ?? row.querySelector<HTMLElement>(CONTROLS))?.click();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  private focus(el: HTMLElement): void {
    this.lastMove = performance.now();
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** The first row whose top is in view (the body scrolls). */
  private focusInView(body: HTMLElement): void {
    const top = body.getBoundingClientRect().top;
    const first = [...body.querySelectorAll<HTMLElement>(ROW)].filter((r) => r.getBoundingClientRect().bottom > top + 1).sort((a, b) => rowIndex(a) - rowIndex(b))[0];
    if (first) this.focus(first);
  }

  /**
   * Focus the row at `aria-rowindex` = `index` (data rows start at 2). A virtualised
   * body may not hold it yet: scroll towards it and look again for a few frames.
   */
  private async focusIndex(body: HTMLElement, index: number, where: 'next' | 'previous' | 'first' | 'last'): Promise<void> {
    if (index < 2 || index > loaded(body) + 1) return;
    for (let attempt = 0; attempt < 6; attempt++) {
      const row = body.querySelector<HTMLElement>(`${ROW}[aria-rowindex="${index}"]`);
      if (row) return this.focus(row);
      this.lastMove = performance.now();
      if (where === 'first') body.scrollTop = 0;
      else if (where === 'last') body.scrollTop = body.scrollHeight;
      else body.scrollTop += where === 'next' ? body.clientHeight / 2 : -body.clientHeight / 2;
      await frame();
      await frame();
    }
  }
}
