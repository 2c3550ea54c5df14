/**
 * Which view `<credits-area>` shows and how it moves: tabs (click and the
 * arrow keys, automatic activation), programmatic navigation (focus on the
 * view's heading), and with `routing="history"` the URL — pushing an entry
 * per view change, following back/forward and deep links, and keeping the
 * purchase wizard's step and order in the purchase entry's history state.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readSnapshot, type WizardSnapshot } from '../purchase-wizard/snapshot.js';
import { TAB_VIEWS, isAreaView, pathFor, viewFromLocation, type AreaView } from './router.js';

/** What the controller reads and sets on the area. */
export interface AreaViewHost extends ReactiveControllerHost, HTMLElement {
  routing?: 'history' | 'none';
  basePath: string;
  view: AreaView;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class AreaViewController implements ReactiveController {
  /** The view to show when the URL names none of the area's paths (history routing). */
  private fallbackView: AreaView = 'credits';
  /** The next view change came from the URL: do not push it back. */
  private changeFromHistory = false;
  /** The next view change came from an arrow key on the tabs: it replaces the history entry instead of pushing one. */
  private changeFromArrow = false;
  /** After the next render, focus the view's heading. */
  private focusHeadingAfterRender = false;
  private listening = false;
  /** The first render shows the initial view: it never pushes a history entry. */
  private hasRendered = false;
  private hasConnected = false;
  /** `routing` and `view` as of the last update, to see what changed. */
  private lastRouting?: string;
  private lastView?: AreaView;

  constructor(private readonly host: AreaViewHost) {
    host.addController(this);
  }

  private get historyRouting(): boolean {
    return this.host.routing === 'history';
  }

  /** The view shown (`credits` for a `view` that names none). */
  get current(): AreaView {
    return isAreaView(this.host.view) ? this.host.view : 'credits';
  }

  hostConnected(): void {
    if (!this.hasConnected) this.fallbackView = this.current;
    this.hasConnected = true;
    this.syncListeners();
    if (this.historyRouting) this.readLocation(false);
  }

  hostDisconnected(): void {
    this.stopListening();
  }

  hostUpdate(): void {
    const routing = this.host.routing;
    if (routing !== this.lastRouting && this.host.isConnected) {
      this.syncListeners();
      // Switched to history routing on a live area: the URL decides now.
      if (this.historyRouting && this.lastRouting !== undefined) this.readLocation(false);
    }
    this.lastRouting = routing;
  }

  hostUpdated(): void {
    const view = this.host.view;
    if (view !== this.lastView && this.historyRouting && !this.changeFromHistory && this.hasRendered) {
      if (viewFromLocation(window.location, this.host.basePath) !== this.current) {
        // Arrowing along the tabs shows each view (automatic activation) but is not a visit: Back
        // leaves the tab the user settled on, not the tabs passed over (#22.9).
        const state = { creditsArea: this.current };
        const path = pathFor(this.current, this.host.basePath);
        if (this.changeFromArrow) window.history.replaceState(state, '', path);
        else window.history.pushState(state, '', path);
      }
    }
    this.lastView = view;
    this.changeFromHistory = false;
    this.changeFromArrow = false;
    this.hasRendered = true;
    if (this.focusHeadingAfterRender) {
      this.focusHeadingAfterRender = false;
      this.host.renderRoot.querySelector<HTMLElement>(`#heading-${this.current}`)?.focus();
    }
  }

  /** Change the view; `focusHeading` for programmatic navigation (tabs keep focus on the tab). */
  select(view: AreaView, focusHeading: boolean): void {
    if (focusHeading) this.focusHeadingAfterRender = true;
    if (view === this.current) {
      if (focusHeading) this.host.requestUpdate();
      return;
    }
    this.host.view = view;
  }

  /** Arrow keys, Home and End move between the tabs and select (data is cached, switching is cheap). */
  readonly onTabKeydown = (event: KeyboardEvent): void => {
    // From the tab that has focus (with automatic activation that is also the selected one).
    const focusedTab = (event.target as HTMLElement).closest('[role="tab"]');
    const current = TAB_VIEWS.findIndex((view) => focusedTab?.id === `tab-${view}`);
    const last = TAB_VIEWS.length - 1;
    const next =
      event.key === 'ArrowRight' ? (current >= last ? 0 : current + 1)
      : event.key === 'ArrowLeft' ? (current <= 0 ? last : current - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : -1;
    if (next < 0) return;
    event.preventDefault();
    const view = TAB_VIEWS[next]!;
    if (view !== this.current) this.changeFromArrow = true;
    this.select(view, false);
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  };

  /** The step and order the current history entry carries (history routing, purchase view). */
  savedPurchase(): WizardSnapshot | undefined {
    if (!this.historyRouting || viewFromLocation(window.location, this.host.basePath) !== 'purchase') return undefined;
    const state: unknown = window.history.state;
    return state && typeof state === 'object' ? readSnapshot((state as { creditsWizard?: unknown }).creditsWizard) : undefined;
  }

  /** The wizard moved: its history entry carries the step and the order, so Back and Forward keep them. */
  readonly onWizardState = (event: CustomEvent<WizardSnapshot>): void => {
    event.stopPropagation();
    if (!this.historyRouting || this.current !== 'purchase' || viewFromLocation(window.location, this.host.basePath) !== 'purchase') return;
    const state: unknown = window.history.state;
    window.history.replaceState({ ...(state && typeof state === 'object' ? state : {}), creditsArea: 'purchase', creditsWizard: event.detail }, '');
  };

  private readonly onPopState = () => this.readLocation(true);

  /** Show the view the URL names (the fallback view when it names none). */
  private readLocation(fromNavigation: boolean): void {
    const view = viewFromLocation(window.location, this.host.basePath) ?? this.fallbackView;
    if (view === this.current) return;
    this.changeFromHistory = true;
    // Back/forward while working in the area: focus follows to the new view's heading.
    if (fromNavigation && this.host.matches(':focus-within')) this.focusHeadingAfterRender = true;
    this.host.view = view;
  }

  private syncListeners(): void {
    if (this.historyRouting && !this.listening) {
      window.addEventListener('popstate', this.onPopState);
      window.addEventListener('hashchange', this.onPopState);
      this.listening = true;
    } else if (!this.historyRouting) {
      this.stopListening();
    }
  }

  private stopListening(): void {
    if (!this.listening) return;
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('hashchange', this.onPopState);
    this.listening = false;
  }
}
