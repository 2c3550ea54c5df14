// Type test for Vue hosts: GlobalComponents carries the elements' props and events.
import type { GlobalComponents } from 'vue';
import '../../dist/types/vue.js';

type ProviderProps = InstanceType<GlobalComponents['credits-provider']>['$props'];
export const ok: ProviderProps = { organisation: 'org_42', 'api-base': '/api', theme: 'light', onCreditsError: (e) => e.detail.operation };
// @ts-expect-error theme is 'light' | 'dark'
export const bad: ProviderProps = { theme: 'blue' };

type OrganisationsProps = InstanceType<GlobalComponents['credits-organisations']>['$props'];
export const list: OrganisationsProps = { 'low-balance-threshold': 1000, onCreditsOrganisationSelect: (e) => e.detail.organisation.name };
// @ts-expect-error the detail is `{ organisation }`
export const badList: OrganisationsProps = { onCreditsOrganisationSelect: (e) => e.detail.id };
