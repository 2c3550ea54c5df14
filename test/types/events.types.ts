// Type test for plain TypeScript hosts: the library's events are typed on every element's addEventListener.
import type { CreditsArea, CreditsBalance, NavigateTarget } from '../../dist/types/index.js';

declare const el: CreditsBalance;
declare const area: CreditsArea;

el.addEventListener('credits-navigate', (e) => {
  const target: NavigateTarget = e.detail.target;
  const cancel: () => void = e.preventDefault;
  return [target, cancel, e.detail.eventId?.toUpperCase(), e.detail.credits?.toFixed(0)];
});
area.addEventListener('credits-error', (e) => e.detail.operation.toUpperCase());
document.body.addEventListener('credits-auth-required', (e) => e.detail.error.status);

// @ts-expect-error the detail of credits-navigate has no `amount`
el.addEventListener('credits-navigate', (e) => e.detail.amount);
// @ts-expect-error a navigate target is a string union, not a number
el.addEventListener('credits-navigate', (e) => e.detail.target.toFixed(0));
