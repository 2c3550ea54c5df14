// Type test for React 19 hosts (compiled by `tsc -p test/types/tsconfig.json`, never run): correct uses
// compile, and every misuse marked @ts-expect-error must be an error (tsc fails if one stops being caught).
import type {} from '../../dist/types/react.js';
import { isCreditsElement, tagNames } from '../../dist/types/react.js';

// The README's React snippet: listeners on the provider get every bubbling event, typed, with no annotation.
export const readme = (
  <credits-provider
    api-base="/api"
    organisation="org_42"
    locale="en-IN"
    theme="dark"
    tokenProvider={async () => 'token'}
    routes={{ purchase: '/credits/purchase', event: '/events/{eventId}' }}
    oncredits-error={(e) => console.log(e.detail.operation, e.detail.requestId)}
    oncredits-navigate={(e) => e.detail.target === 'purchase' && e.preventDefault()}
    oncredits-purchase-complete={(e) => console.log(e.detail.payment.id)}
    oncredits-billing-saved={(e) => console.log(e.detail.details.address.country)}
    onClick={() => undefined}
  >
    <credits-balance expected-photos={1200} />
    <usage-table direction="addition" />
    <purchase-wizard plan="pro" oncredits-payment-pending={(e) => e.detail.payment.status} />
  </credits-provider>
);

export const lowBalance = (
  <credits-balance low-balance-threshold={5000} oncredits-low-balance={(e) => (e.detail.available satisfies number) + (e.detail.threshold satisfies number)} />
);

export const organisations = (
  <credits-organisations
    low-balance-threshold={1000}
    oncredits-organisation-select={(e) => {
      if (e.detail.organisation.available_credits < 0) e.preventDefault();
      return e.detail.organisation.id;
    }}
  />
);
export const area = <credits-area view="billing" routing="history" base-path="/app" oncredits-purchase-complete={(e) => e.detail.payment} />;
export const vueOption: (tag: string) => boolean = isCreditsElement;
export const all: readonly string[] = tagNames;

export const misuses = [
  // @ts-expect-error misspelled enum value: direction is 'usage' | 'addition'
  <usage-table direction="usag" />,
  // @ts-expect-error theme is 'light' | 'dark'
  <credits-provider theme="blue" />,
  // @ts-expect-error wrong property type: routes is an object of hrefs, not a string
  <credits-provider routes="/credits" />,
  // @ts-expect-error the listener gets a CreditsLowBalanceEvent, whose detail has no `payment`
  <credits-balance oncredits-low-balance={(e) => e.detail.payment} />,
  // @ts-expect-error wrong property type: tokenProvider returns a promise of a token
  <credits-provider tokenProvider={() => 42} />,
  // @ts-expect-error wrong handler type: the listener gets an event, not a string
  <credits-provider oncredits-error={(message: string) => message} />,
  // @ts-expect-error misspelled detail field: a CreditsErrorEvent's detail has `operation`, not `operaton`
  <credits-provider oncredits-error={(e) => e.detail.operaton} />,
  // @ts-expect-error misspelled detail field: the navigate detail has `target`
  <credits-area oncredits-navigate={(e) => e.detail.targt} />,
  // @ts-expect-error the select event's detail carries `organisation`, not `organisationId`
  <credits-organisations oncredits-organisation-select={(e) => e.detail.organisationId} />,
  // @ts-expect-error unknown attribute (the British spelling is the attribute)
  <credits-provider organization="org_42" />,
  // @ts-expect-error unknown tag
  <credits-balanse />,
];
