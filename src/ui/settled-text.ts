/**
 * `settled(text, ms)`: the text once it has stopped changing for `ms`. For a
 * live region that follows typing (the order total): the region says the
 * result once the user pauses, not one total per keystroke (#22.8). The first
 * render shows nothing (nothing is announced before the user acts); an empty
 * text clears the region at once.
 */
import { nothing } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

class SettledTextDirective extends AsyncDirective {
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: string;
  private shown: string | typeof nothing = nothing;
  private first = true;

  render(text: string, ms: number): unknown {
    if (this.first) {
      this.first = false;
      this.pending = text;
      return this.shown;
    }
    if (text === this.pending) return this.shown;
    this.pending = text;
    clearTimeout(this.timer);
    if (!text) return (this.shown = nothing);
    this.timer = setTimeout(() => {
      this.shown = text;
      if (this.isConnected) this.setValue(text);
    }, ms);
    return this.shown;
  }

  protected override disconnected(): void {
    clearTimeout(this.timer);
  }

  protected override reconnected(): void {
    if (this.pending && this.shown !== this.pending) this.setValue((this.shown = this.pending));
  }
}

export const settled = directive(SettledTextDirective);
