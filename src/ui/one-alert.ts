/**
 * One `role="alert"` at a time on the page. An error panel takes the role
 * with `oneAlert(takeOver)`:
 * - a load that failed on its own (`takeOver` false) takes it only when no
 *   other panel in the document holds it: when every read fails at once (the
 *   whole Credits area), one alert is announced, not four; the other panels
 *   are still shown, only not announced;
 * - the result of the user's own action (a failed save, download or Retry;
 *   `takeOver` true) always takes it: the previous holder becomes a plain panel.
 * A panel claims once, when it first renders (re-renders announce nothing new);
 * a holder that left the document frees the role.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

let holder: Element | undefined;

class OneAlertDirective extends Directive {
  private claimed = false;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('oneAlert() goes in an element: <div ${oneAlert(false)}>.');
  }

  render(_takeOver: boolean): unknown {
    return noChange;
  }

  override update(part: ElementPart, [takeOver]: [boolean]): unknown {
    if (this.claimed) return noChange;
    this.claimed = true;
    const el = part.element;
    if (!takeOver && holder && holder !== el && holder.isConnected) return noChange;
    if (holder && holder !== el) holder.removeAttribute('role');
    holder = el;
    el.setAttribute('role', 'alert');
    return noChange;
  }
}

export const oneAlert = directive(OneAlertDirective);
