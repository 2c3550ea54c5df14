// Type test for hosts (compiled by `tsc -p test/types/tsconfig.json`, never run):
// correct uses compile, and every misuse marked @ts-expect-error must be an error.
import '../../dist/types/react.js';
import type { CreditsNavigateEvent } from '../../dist/types/index.js';

export const ok = (
  <credits-provider
    api-base="/api"
    organisation="org_42"
    locale="en-IN"
    theme="dark"
    tokenProvider={async () => 'token'}
    routes={{ purchase: '/credits/purchase', event: '/events/{eventId}' }}
    oncredits-error={(e) => console.log(e.detail.operation, e.detail.requestId)}
  >
    <span>children</span>
  </credits-provider>
);

export const lowBalance = (
  <credits-balance low-balance-threshold="5000" oncredits-low-balance={(e) => (e.detail.available satisfies number) + (e.detail.threshold satisfies number)} />
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

export const navigate = (e: CreditsNavigateEvent) => e.detail.target satisfies 'credits' | 'billing' | 'subscription' | 'purchase' | 'event' | 'support';

export const misuses = [
  // @ts-expect-error theme is 'light' | 'dark'
  <credits-provider theme="blue" />,
  // @ts-expect-error routes is an object of hrefs, not a string
  <credits-provider routes="/credits" />,
  // @ts-expect-error the listener gets a CreditsErrorEvent, whose detail has no `payment`
  <credits-provider oncredits-error={(e) => e.detail.payment} />,
  // @ts-expect-error the listener gets a CreditsLowBalanceEvent, whose detail has no `payment`
  <credits-balance oncredits-low-balance={(e) => e.detail.payment} />,
  // @ts-expect-error the select event's detail carries `organisation`, not `organisationId`
  <credits-organisations oncredits-organisation-select={(e) => e.detail.organisationId} />,
  // @ts-expect-error unknown attribute
  <credits-provider organization="org_42" />,
];
