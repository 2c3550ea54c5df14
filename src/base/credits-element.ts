/**
 * The thin base of every element: finds its provider through context (or,
 * given `api-base` and `organisation`, makes its own), re-renders on locale
 * changes, and offers navigation and formatting in the provider's locale.
 */
import type { PropertyValues } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { creditsContext, type CreditsContextValue } from '../state/context.js';
import { CreditsRuntime } from '../state/runtime.js';
import { activeCatalog, catalogFor, updateWhenLocaleChanges } from '../i18n/localize.js';
import { baseStyles } from '../styles/tokens.js';
import { sharedStyles } from '../styles/shared.js';
import { emit, type NavigateTarget, type PurchasePlan } from '../core/events.js';
import { safeHref } from '../ui/safe-url.js';
import { Formatter } from '../ui/formatter.js';
import { CreditsConfigured } from './credits-configured.js';
import { sandboxMarkerStyles, syncSandboxMarker } from './sandbox-marker.js';
import { LiveHold } from '../state/live.js';
import { below, toHeadingLevel, type HeadingLevel } from '../ui/heading.js';

/**
 * The base of every Credits element. Inside a `<credits-provider>` the element
 * uses the provider's settings; on its own it takes them itself.
 *
 * The provider's settings (`api-base`, `organisation`, `locale`, `time-zone`, …)
 * are read only without a provider.
 *
 * @fires {CustomEvent<NavigateDetail>} credits-navigate - The element asks the host to go somewhere. Cancelable. `detail: { target, eventId?, credits?, href? }`.
 * @fires {CustomEvent<CreditsErrorDetail>} credits-error - A load or write failed (only without a provider). `detail: { operation, error, requestId }`.
 * @fires {CustomEvent<AuthRequiredDetail>} credits-auth-required - The session is gone (only without a provider). `detail: { error }`.
 * @cssprop --credits-font-family - Font stack.
 * @cssprop --credits-font-size - Base font size (default `0.875rem`: 14px at the browser's default text size, and larger when the reader sets a larger one; prefer rem or em).
 * @cssprop --credits-radius - Corner radius.
 * @cssprop --credits-spacing - Base spacing unit.
 * @cssprop --credits-color-bg - Background.
 * @cssprop --credits-color-surface - Raised/hover surface.
 * @cssprop --credits-color-text - Text.
 * @cssprop --credits-color-text-muted - Secondary text.
 * @cssprop --credits-color-border - Borders and dividers.
 * @cssprop --credits-color-control-border - Edges of controls: fields, selects, the switch track, the stepper (keep ≥ 3:1 against the background).
 * @cssprop --credits-color-primary - Primary buttons and links.
 * @cssprop --credits-color-primary-text - Text on primary buttons.
 * @cssprop --credits-color-focus - Focus ring.
 * @cssprop --credits-color-danger - Errors and negative values.
 * @cssprop --credits-color-skeleton - Loading placeholders.
 * @cssprop --credits-color-success-bg - Success badge background.
 * @cssprop --credits-color-success-text - Success badge text.
 * @cssprop --credits-color-warning-bg - Warning badge background.
 * @cssprop --credits-color-warning-text - Warning badge text.
 * @cssprop --credits-color-danger-bg - Danger badge and error panel background.
 * @cssprop --credits-color-danger-text - Danger badge and error panel text.
 * @cssprop --credits-color-info-bg - Info badge background.
 * @cssprop --credits-color-info-text - Info badge text.
 * @cssprop --credits-color-neutral-bg - Neutral badge background.
 * @cssprop --credits-color-neutral-text - Neutral badge text.
 * @cssprop --credits-color-scheme - `light` or `dark`: the scheme of native controls (date pickers, selects, scrollbars); `dark` in the dark palette.
 * @csspart error - The error panel.
 * @csspart badge - Status and type badges.
 * @cssstate loading - The element's first data is still on the way (it shows its skeleton): its size may still change.
 * Matched with `:state(loading)`; set again when the organisation changes, not when a filter or a refresh reloads.
 * A page that stacks elements can keep what follows one hidden while it matches, so nothing below it jumps
 * (`<credits-area>` does, for at most 2 s).
 */
export class CreditsElement extends CreditsConfigured {
  static override styles = [baseStyles, sharedStyles, sandboxMarkerStyles];

  /**
   * Without a provider, an element with `api-base` and `organisation` makes its
   * own client and store. The area turns this off: it passes its settings to
   * an inner `<credits-provider>` instead.
   */
  protected static readonly ownRuntime: boolean = true;

  /**
   * The level (1–6) of the element's title heading, so it fits the page's outline
   * (default 2); the headings inside it sit one level below (every element but
   * `<credits-provider>`, which shows nothing). Inside
   * `<credits-area>` the area sets it: each view has one heading, its cards one
   * level below.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /** The title's level: `heading-level` when it is 1–6, else 2. */
  protected get titleLevel(): HeadingLevel {
    return toHeadingLevel(this.headingLevel);
  }

  /** The level of the headings inside the element's title (one below it). */
  protected get innerLevel(): HeadingLevel {
    return below(this.titleLevel);
  }

  @consume({ context: creditsContext, subscribe: true })
  @state()
  protected provided?: CreditsContextValue;

  private own?: CreditsRuntime;
  private lastOrganisation?: string;
  private formatter?: Formatter;
  /** @internal The element's store readers (`ResourceController`, `ListController`), for the `loading` state. */
  readonly storeReaders = new Set<{ readonly loading: boolean }>();
  /** Its first data has arrived (or failed): `loading` is not set again until the organisation changes. */
  private settled = false;
  private readonly internals = this.attachInternals();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    // While connected, the element keeps its provider's live balance running (when `live` is on).
    new LiveHold(this);
  }

  /** The context this element works in: its provider's, or its own. */
  get credits(): CreditsContextValue | undefined {
    return this.provided ?? this.own?.value;
  }

  /** Formatting in the context's locale and time zone. */
  protected get fmt(): Formatter {
    const locale = this.credits?.locale ?? 'en-IN';
    const timeZone = this.credits?.timeZone || undefined; // time-zone="" means the viewer's
    if (!this.formatter || this.formatter.locale !== locale || this.formatter.timeZone !== timeZone) {
      this.formatter = new Formatter(locale, timeZone);
    }
    return this.formatter;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.provided && (this.constructor as typeof CreditsElement).ownRuntime && (this.sandbox || (this.apiBase !== undefined && this.organisation))) {
      this.own ??= new CreditsRuntime(this);
      this.own.configure(this.config);
    }
    const organisation = this.credits?.organisation;
    if (organisation !== this.lastOrganisation) {
      if (this.lastOrganisation !== undefined) this.organisationChanged();
      this.lastOrganisation = organisation;
      this.settled = false;
    }
  }

  /** On the sandbox (its provider's, or its own `sandbox`). */
  get isSandbox(): boolean {
    return this.credits ? this.credits.sandbox : this.sandbox;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.markLanguage();
    syncSandboxMarker(this.renderRoot, this.isSandbox);
    this.markLoading();
  }

  /** The `loading` custom state, from the first render until every reader has its first answer. */
  private markLoading(): void {
    if (this.settled) return;
    const loading = [...this.storeReaders].some((reader) => reader.loading);
    this.settled = !loading && !!this.credits?.store;
    const states = this.internals.states as Set<string> | undefined; // CustomStateSet: absent in older browsers
    if (loading) states?.add('loading');
    else states?.delete('loading');
  }

  private markedLang?: string;

  /**
   * `lang` and `dir` of the context's locale on the host, so screen readers read
   * what the element renders (its shadow root inherits them) in the right voice.
   * A `lang` the host page set itself is left alone.
   */
  private markLanguage(): void {
    const current = this.getAttribute('lang');
    if (current !== null && current !== this.markedLang) return;
    const { lang, dir } = languageOf(this.credits?.locale ?? 'en-IN', activeCatalog());
    if (current !== lang) this.setAttribute('lang', lang);
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    this.markedLang = lang;
  }

  /** Drop local state that belonged to the previous organisation (forms, open dialogs). */
  protected organisationChanged(): void {}

  /**
   * Ask the host to go somewhere: emits a cancelable `credits-navigate`; when no
   * listener cancels it and `routes` has an href for the target, follows it.
   */
  navigate(target: NavigateTarget, eventId?: string, credits?: number, more: { plan?: PurchasePlan; paymentId?: string } = {}): boolean {
    const template = this.credits?.routes[target];
    // Every placeholder is replaced, '.' encoded too. An id that is a dot segment gets no href at
    // all: URL parsers read '%2E%2E' as '..' (the event still names the id; the host decides).
    const encode = (value: string | undefined) => encodeURIComponent(value ?? '').replace(/\./g, '%2E');
    const dotSegment = (value: string | undefined) => value === '.' || value === '..';
    const unsafe = (dotSegment(eventId) && template?.includes('{eventId}')) || (dotSegment(more.paymentId) && template?.includes('{paymentId}'));
    const filled = unsafe
      ? undefined
      : template
          ?.replaceAll('{eventId}', encode(eventId))
          .replaceAll('{paymentId}', encode(more.paymentId))
          .replaceAll('{plan}', more.plan ?? '');
    const href = safeHref(filled?.replaceAll('{credits}', credits === undefined ? '' : String(credits)));
    const detail = {
      target,
      href,
      ...(eventId === undefined ? {} : { eventId }),
      ...(credits === undefined ? {} : { credits }),
      ...(more.plan === undefined ? {} : { plan: more.plan }),
      ...(more.paymentId === undefined ? {} : { paymentId: more.paymentId }),
    };
    const proceed = emit(this, 'credits-navigate', detail, { cancelable: true });
    if (proceed && href) window.location.assign(href);
    return proceed;
  }

}

/**
 * The language and writing direction of the strings shown for a locale: its
 * own tag when a catalog serves it ('hi-IN' → hi-IN, ltr; 'en-GB' → en-GB),
 * English otherwise (the strings then are English: 'fr-FR' → en), or the
 * language of the catalog on screen when another provider chose it.
 */
export function languageOf(locale: string, shown?: string): { lang: string; dir: 'ltr' | 'rtl' } {
  try {
    const canonical = Intl.getCanonicalLocales(locale)[0] ?? 'en-IN';
    // The strings' language is page-wide (one catalog per page): `shown` is the one on screen.
    const served = shown ?? catalogFor(canonical);
    const tag = served === new Intl.Locale(canonical).language ? canonical : served;
    const info = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    const rtl = direction ? direction === 'rtl' : /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)$/.test(info.language);
    return { lang: tag, dir: rtl ? 'rtl' : 'ltr' };
  } catch {
    return { lang: shown && shown !== 'en' ? shown : 'en-IN', dir: 'ltr' };
  }
}
