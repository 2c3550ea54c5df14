import { defineElement } from '../../base/define.js';
import { CreditsOrganisations } from './credits-organisations.js';

defineElement('credits-organisations', CreditsOrganisations);

declare global {
  interface HTMLElementTagNameMap {
    'credits-organisations': CreditsOrganisations;
  }
}

export { CreditsOrganisations };
export type { CreditsOrganisationSelectEvent, OrganisationSelectDetail } from './select-event.js';
