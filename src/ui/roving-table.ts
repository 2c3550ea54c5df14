/**
 * A table's row buttons are ONE Tab stop (the #22 keyboard budgets): the next
 * Tab leaves the table however many rows it has, and arrow keys move between
 * its buttons and links — a roving tabindex, the grid pattern's keys:
 *
 * - ArrowRight / ArrowLeft: the next / previous control in the row;
 * - ArrowDown / ArrowUp: the control in the same position in the next / previous row;
 * - Home / End: the first row's / last row's first control.
 *
 * The stop is the control used last (while it exists), else the first one. The
 * table keeps its semantics: screen readers read it cell by cell as before.
 * Listeners sit on the render root, so the row templates need nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const CONTROLS = 'a[href], button';

export interface RovingTableHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class RovingTable implements ReactiveController {
  private last?: HTMLElement;

  /** `body`: the selector of the element holding the rows (`table.data tbody`). */
  constructor(
    private readonly host: RovingTableHost,
    private readonly body: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKeyDown as EventListener);
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostUpdated(): void {
    const controls = this.controls();
    const active = (this.host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    const stop = controls.find((c) => c === active) ?? controls.find((c) => c === this.last) ?? controls[0];
    for (const c of controls) c.tabIndex = c === stop ? 0 : -1;
  }

  private rows(): HTMLElement[] {
    const body = this.host.renderRoot.querySelector(this.body);
    return body ? [...body.querySelectorAll<HTMLElement>(':scope > tr')].filter((r) => r.querySelector(CONTROLS)) : [];
  }

  private controls(): HTMLElement[] {
    return this.rows().flatMap((r) => [...r.querySelectorAll<HTMLElement>(CONTROLS)]);
  }

  private readonly onFocusIn = (e: FocusEvent): void => {
    const target = e.target as HTMLElement;
    if (!this.controls().includes(target)) return;
    this.last = target;
    for (const c of this.controls()) c.tabIndex = c === target ? 0 : -1;
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as HTMLElement;
    const rows = this.rows();
    const row = rows.find((r) => r.contains(target));
    if (!row || !target.matches(CONTROLS)) return;
    const inRow = (r: HTMLElement | undefined) => (r ? [...r.querySelectorAll<HTMLElement>(CONTROLS)] : []);
    const at = inRow(row).indexOf(target);
    const r = rows.indexOf(row);
    const sameColumn = (other: HTMLElement | undefined) => {
      const controls = inRow(other);
      return controls[Math.min(at, controls.length - 1)];
    };
    const next =
      e.key === 'ArrowRight' ? inRow(row)[at + 1]
      : e.key === 'ArrowLeft' ? inRow(row)[at - 1]
      : e.key === 'ArrowDown' ? sameColumn(rows[r + 1])
      : e.key === 'ArrowUp' ? sameColumn(rows[r - 1])
      : e.key === 'Home' ? inRow(rows[0])[0]
      : e.key === 'End' ? inRow(rows.at(-1))[0]
      : undefined;
    if (!['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    next?.focus();
  };
}
