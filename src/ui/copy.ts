/**
 * Copy buttons for the values support asks for (payment IDs): the value
 * goes to the clipboard (`navigator.clipboard.writeText`), the button says
 * "Copied" for a moment, and one polite live region per element says what
 * happened, also when the browser refuses the clipboard (then the value is
 * selectable text right beside the button).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '../i18n/localize.js';

/** How long the button reads "Copied". */
const COPIED_FOR = 2000;

export class CopyController implements ReactiveController {
  /** The value copied last (its button reads "Copied"), while COPIED_FOR runs. */
  private copied?: string;
  /** What the live region says. */
  private message = '';
  private failed = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.copied = undefined;
    this.message = '';
  }

  /** Copy `value`; resolves once the clipboard answered (and the status says so). */
  async copy(value: string): Promise<void> {
    clearTimeout(this.timer);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      this.copied = value;
      this.failed = false;
      this.message = msg('Copied', { id: 'copy.copied' });
    } catch {
      this.copied = undefined;
      this.failed = true;
      this.message = msg('The browser did not allow copying. Select the ID and copy it by hand.', { id: 'copy.refused' });
    }
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.copied = undefined;
      if (!this.failed) this.message = '';
      this.host.requestUpdate();
    }, COPIED_FOR);
  }

  /** A small "Copy" button for `value`; `label` names it for assistive technology ("Copy payment ID pay_…"). */
  button(value: string, label: string, tabindex?: number) {
    const done = this.copied === value;
    return html`<button type="button" class="btn-link copy" part="copy" data-copy=${value} aria-label=${label} title=${label}
      tabindex=${tabindex ?? 0} @click=${() => void this.copy(value)}>${done ? msg('Copied', { id: 'copy.copied' }) : msg('Copy', { id: 'copy.copy' })}</button>`;
  }

  /** The live region (render it once, always: it must exist before it speaks). */
  status() {
    return html`<p class=${this.failed ? 'copy-status failed' : 'copy-status visually-hidden'} role="status" aria-live="polite">${this.message}</p>`;
  }
}
