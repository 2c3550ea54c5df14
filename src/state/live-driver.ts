/**
 * The live balance's start, stop and resume (loaded with the stream session, live-session.ts, the first
 * time `live` is on with an element connected): runs one session while `live` is on, at least one element
 * holds it and the page is visible; stops when the last element leaves, the organisation changes or the
 * page is hidden, and resumes (with `Last-Event-ID`) on return. What it uses of the entry is handed over.
 */
import type { LiveBalance, LiveDeps, LiveMemory, LiveSession } from './live.js';
import { liveEffects, startLiveSession } from './live-session.js';

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';
const freshMemory = (): LiveMemory => ({
  unsupported: false,
  polledAt: 0,
  applied: new Set(),
  connected: false,
});

export class LiveDriver {
  private session?: LiveSession;
  private memory = freshMemory();
  private readonly onVisibility = () => this.sync();
  private listening = false;

  constructor(
    private readonly live: LiveBalance,
    private readonly deps: LiveDeps,
  ) {}

  /** A new organisation: the old one's stream stops at once, and what it remembered is dropped. */
  reset(): void {
    this.stop();
    this.memory = freshMemory();
  }

  sync(): void {
    const { enabled, holders, organisation, store } = this.live;
    this.listen(enabled && holders > 0);
    if (!enabled || !holders || organisation === undefined || hidden()) return this.stop();
    if (this.session) return;
    const { deps, memory } = this;
    this.session = startLiveSession({
      open: (lastEventId, signal) => deps.open(store.client, organisation, { lastEventId, signal }),
      effects: liveEffects(deps, store, organisation, memory),
      memory,
      timing: deps.timing,
    });
  }

  /** Visibility is watched only while the stream is wanted but for the page being hidden. */
  private listen(on: boolean): void {
    if (on === this.listening || typeof document === 'undefined') return;
    this.listening = on;
    if (on) document.addEventListener('visibilitychange', this.onVisibility);
    else document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private stop(): void {
    this.session?.stop();
    this.session = undefined;
  }
}
