/**
 * `credits-organisation-select`: a viewer chose an organisation in
 * `<credits-organisations>`. Bubbles, composed, cancelable; declared in
 * `HTMLElementEventMap` so `addEventListener('credits-organisation-select', e => e.detail.organisation.id)` is typed.
 */
import type { OrganisationSummary } from '../../api/schemas.js';
import { onSandbox, type SandboxFlag } from '../../core/events.js';

export interface OrganisationSelectDetail extends SandboxFlag {
  /** The organisation chosen, as the list shows it. */
  organisation: OrganisationSummary;
}
export type CreditsOrganisationSelectEvent = CustomEvent<OrganisationSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'credits-organisation-select': CreditsOrganisationSelectEvent;
  }
}

/** Dispatch it from `target`; false when a listener cancelled it. */
export function emitOrganisationSelect(target: EventTarget, organisation: OrganisationSummary): boolean {
  return target.dispatchEvent(
    new CustomEvent('credits-organisation-select', { detail: onSandbox(target) ? { organisation, sandbox: true } : { organisation }, bubbles: true, composed: true, cancelable: true }),
  );
}
