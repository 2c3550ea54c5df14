import { property } from 'lit/decorators.js';
import { html, nothing } from 'lit';
import type { Subscription } from '../../api/schemas.js';
import { CreditsElement } from '../../base/credits-element.js';
import { supportMailto } from '../../ui/safe-url.js';
import { dateOf } from '../../time/format-date.js';
import { badge, renderResource, skeleton } from '../../ui/states.js';
import { msg, str } from '../../i18n/localize.js';
import { ResourceController } from '../../state/resource-controller.js';
import { creditsSummary, subscription } from '../../state/resources.js';
import { expiryStatus } from './expiry-status.js';
import { expiryBadge } from './expiry-badge.js';
import { DayChangeController } from './day-change.js';
import { planText } from './plans.js';
import { styles } from './subscription-card.styles.js';
import { heading } from '../../ui/heading.js';

export const SUPPORT_EMAIL = 'support@9pic.ai';

/**
 * The organisation's plan: its label and what it means, the expiry date with
 * a status badge (**Expired**, **Expires in N days** at 30 days or fewer,
 * otherwise "N days remaining", counted in calendar days in the viewer's time
 * zone), renewal of an expired Pro, the upgrade offer on a Trial, and a mailto
 * link to support for plan changes.
 *
 * @summary The Subscription tab: current plan, expiry and renewal.
 * @tagname subscription-card
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - `{ target: 'purchase', plan: 'pro' }` from **Renew Pro** (expired Pro) and **Upgrade to Pro** (Trial). Cancelable.
 * @csspart card - The card around everything.
 * @csspart plan - The plan label.
 * @csspart expiry - The expiry status (badge or "N days remaining").
 * @csspart offer - The renewal or upgrade offer.
 * @csspart note - The note on renewal and credits.
 * @csspart support-link - The mailto link to support.
 * @csspart status - The plan status (Active, Expired, Trial, or the API's word).
 * @cssprop --credits-color-danger-bg - Background of the **Expired** badge.
 * @cssprop --credits-color-danger-text - Text of the **Expired** badge.
 * @cssprop --credits-color-warning-bg - Background of the **Expires in N days** badge.
 * @cssprop --credits-color-warning-text - Text of the **Expires in N days** badge.
 * @cssprop --credits-color-info-bg - Background of the renewal / upgrade offer.
 * @cssprop --credits-color-info-text - Text of the renewal / upgrade offer.
 */
export class SubscriptionCard extends CreditsElement {
  static override styles = [...CreditsElement.styles, styles];

  /** The clock for day counts (tests and stories pin it); default: the real time at each render. */
  @property({ attribute: false }) now?: Date;

  /** @internal The real clock when `now` is not pinned (tests replace it to cross midnight). */
  clock: () => Date = () => new Date();

  private readonly subscription = new ResourceController(this, subscription);

  constructor() {
    super();
    // The day counts follow the calendar: re-render at midnight in the provider's time zone.
    new DayChangeController(
      this,
      () => this.now ?? this.clock(),
      () => this.zone,
    );
  }

  /** The provider's time zone; `time-zone=""` means the viewer's. */
  private get zone(): string | undefined {
    return this.credits?.timeZone || undefined;
  }
  private readonly summary = new ResourceController(this, creditsSummary);

  protected override render() {
    return renderResource(this.subscription, {
      failed: msg('Subscription could not be loaded.', { id: 'subscription-card.load-failed' }),
      loading: () => this.renderLoading(),
      data: (data) => this.renderData(data),
    });
  }

  private titleHeading() {
    return heading(this.titleLevel, msg('Current plan', { id: 'subscription-card.title' }), { id: 'title', class: 'title' });
  }

  private renderLoading() {
    return html`<section class="card" part="card" aria-busy="true">
      ${this.titleHeading()}
      <span class="visually-hidden">${msg('Loading…', { id: 'common.loading' })}</span>
      <div class="plan-block">${skeleton('6em', '1.6em')} ${skeleton('90%')}</div>
      <div class="facts-skeleton">${skeleton('60%')} ${skeleton('70%')}</div>
      <div class="footer-skeleton">${skeleton('85%')} ${skeleton('65%')}</div>
    </section>`;
  }

  private renderData(data: Subscription) {
    const plan = planText(data.plan_type);
    const status = expiryStatus(data.expires_at, this.now ?? this.clock(), this.zone);
    const expired = status.kind === 'expired' || (status.kind === 'none' && data.status.toLowerCase() === 'expired');
    const showsCreditsNote = plan.known === 'pro' || plan.known === 'trial' || data.expires_at !== null;
    return html`<section class="card" part="card">
      ${this.titleHeading()}
      <div class="plan-block">
        <p class="plan-name" part="plan" data-plan=${plan.known ?? 'other'} title=${plan.known ? nothing : data.plan_type}>${plan.label}</p>
        <p class="meaning">
          ${plan.meaning || msg('The 9Pic team manages the details of this plan.', { id: 'subscription-card.plan.other.meaning' })}
        </p>
      </div>
      <dl class="facts">
        ${data.started_at
          ? html`<div><dt>${msg('Started', { id: 'subscription-card.started' })}</dt><dd>${dateOf(this.fmt, data.started_at)}</dd></div>`
          : nothing}
        <div>
          <dt>${msg('Expires', { id: 'subscription-card.expires' })}</dt>
          <dd>
            ${data.expires_at
              ? html`<span class="date">${dateOf(this.fmt, data.expires_at)}</span> ${expiryBadge(status, this.fmt)}`
              : html`${msg('No expiry date', { id: 'subscription-card.no-expiry' })}
                ${expired ? badge(msg('Expired', { id: 'subscription-card.expired' }), 'danger', 'badge expiry') : nothing}`}
          </dd>
        </div>
        ${data.included_credits > 0
          ? html`<div>
              <dt>${msg('Included credits', { id: 'subscription-card.included' })}</dt>
              <dd class="num-inline">${this.fmt.credits(data.included_credits)}</dd>
            </div>`
          : nothing}
        ${this.renderPlanStatus(data.status)}
      </dl>
      ${this.renderOffer(plan.known, expired)}
      ${showsCreditsNote
        ? html`<p class="note" part="note">
            ${plan.known === 'pro' && status.kind === 'soon'
              ? msg('Pro renewal is manual: you can purchase Pro again once this plan has expired.', { id: 'subscription-card.renewal-hint' })
              : nothing}
            ${plan.known === 'trial'
              ? msg('Your credits stay when you upgrade: they do not expire with your plan.', { id: 'subscription-card.credits-note-trial' })
              : msg('Your credits carry through renewal: they do not expire with your plan.', { id: 'subscription-card.credits-note' })}
          </p>`
        : nothing}
      <p class="support">
        ${msg('Plan type and dates are managed by the 9Pic team.', { id: 'subscription-card.managed' })}
        ${msg(html`<a part="support-link" href=${supportMailto(SUPPORT_EMAIL, this.mailSubject())}>Email ${SUPPORT_EMAIL}</a> for upgrades, renewals or plan corrections.`, {
          id: 'subscription-card.email-support',
        })}
      </p>
    </section>`;
  }

  /** The plan's status, always (Active, Expired, Trial, or the API's own word, shown as text). */
  private renderPlanStatus(status: string) {
    const word = status.trim();
    if (!word) return nothing;
    const known: Record<string, [string, 'success' | 'danger' | 'info']> = {
      active: [msg('Active', { id: 'subscription-card.status.active' }), 'success'],
      expired: [msg('Expired', { id: 'subscription-card.expired' }), 'danger'],
      trialing: [msg('Trial', { id: 'subscription-card.status.trialing' }), 'info'],
    };
    const [label, tone] = known[word.toLowerCase()] ?? [word, 'neutral'];
    return html`<div>
      <dt>${msg('Status', { id: 'subscription-card.status' })}</dt>
      <dd part="status">${badge(label, tone)}</dd>
    </div>`;
  }

  private renderOffer(plan: ReturnType<typeof planText>['known'], expired: boolean) {
    if (plan === 'pro' && expired) {
      return html`<div class="offer" part="offer">
        <p>
          ${msg('Your Pro plan has expired. Renew to get custom domain, 9Pic Certify, race videos and priority support back.', {
            id: 'subscription-card.renew-offer',
          })}
        </p>
        <button type="button" class="btn btn-primary" @click=${this.toPurchase}>
          ${msg('Renew Pro', { id: 'subscription-card.renew' })}
        </button>
      </div>`;
    }
    if (plan === 'trial') {
      return html`<div class="offer" part="offer">
        <p>
          ${msg('Upgrade to Pro to unlock public events, custom domain, 9Pic Certify and more.', { id: 'subscription-card.upgrade-offer' })}
        </p>
        <button type="button" class="btn btn-primary" @click=${this.toPurchase}>
          ${msg('Upgrade to Pro', { id: 'subscription-card.upgrade' })}
        </button>
      </div>`;
    }
    return nothing;
  }

  /** "Plan change: Mumbai Marathon Photos (org_42)"; the organisation id alone while its name is unknown. */
  private mailSubject(): string {
    const id = this.credits?.organisation ?? '';
    const name = this.summary.state.data?.organisation.name;
    const organisation = name ? `${name} (${id})` : id;
    return msg(str`Plan change: ${organisation}`, { id: 'subscription-card.mail-subject' });
  }

  /** Renew Pro and Upgrade to Pro open the purchase with Pro chosen. */
  private readonly toPurchase = () => {
    this.navigate('purchase', undefined, undefined, { plan: 'pro' });
  };
}
