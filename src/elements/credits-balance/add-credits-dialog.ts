/**
 * The staff "Add Credits" dialog of `<credits-balance>`: a native modal
 * `<dialog>` (the page outside is inert, Escape closes) with credits and a
 * reason, posted once per intent with an idempotency key.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ApiError } from '../../api/errors.js';
import { describeError } from '../../ui/states.js';
import { field } from '../../ui/field.js';
import { msg, str } from '../../i18n/localize.js';
import { validateCreditsInput } from '../../money/pricing.js';
import { grantCredits, newIdempotencyKey } from '../../state/actions.js';
import type { CreditsContextValue } from '../../state/context.js';
import { textLength } from '../../ui/text-length.js';
import { adoptFormStyles } from '../../styles/forms.js';
import { adoptStyles } from '../../styles/adopt.js';

export const REASON_MAX_LENGTH = 500;

/** The dialog's own rules (after the field and dialog styles it adopts): they come with it, not with the balance. */
const dialogStyles = css`
  dialog form {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
    width: min(400px, calc(100vw - 80px));
  }
  dialog h2 {
    margin: 0;
    font-size: 1.2em;
  }
  dialog .dialog-actions {
    margin-top: 0;
  }
  dialog .error-panel:focus {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  textarea {
    resize: vertical;
  }
`;

interface DialogHost extends ReactiveControllerHost, HTMLElement {
  readonly credits: CreditsContextValue | undefined;
  /** Called after a grant succeeded (the host announces it). */
  grantSucceeded(credits: number): void;
}

type Field = 'credits' | 'reason';

export class AddCreditsDialog implements ReactiveController {
  credits = '';
  reason = '';
  submitting = false;
  /** The failure of the last attempt (shown at the top of the dialog). */
  error?: Error;
  fieldErrors: Partial<Record<Field, string>> = {};
  /** One key per intent: kept across retries, dropped when the user edits a value or the grant succeeds. */
  private idempotencyKey?: string;
  private opener?: HTMLElement;

  constructor(private readonly host: DialogHost) {
    host.addController(this);
    // The balance does not carry the field and dialog styles: they come with this dialog.
    adoptFormStyles(host);
    adoptStyles(host, dialogStyles);
  }

  hostConnected(): void {}

  /** The dialog is open or holds typed values. */
  get active(): boolean {
    return Boolean(this.dialog?.open || this.credits || this.reason || this.error);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector('dialog.grant') ?? null;
  }

  /** Open the dialog; focus moves to the credits field and returns to `opener` on close. */
  async open(opener?: HTMLElement): Promise<void> {
    this.opener = opener;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('#grant-credits')?.focus();
  }

  /** Close and forget the intent (Cancel, Escape, success, organisation switch). */
  close(): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
    else this.reset();
  }

  reset(): void {
    this.credits = '';
    this.reason = '';
    this.error = undefined;
    this.fieldErrors = {};
    this.idempotencyKey = undefined;
    this.host.requestUpdate();
  }

  private onClosed = () => {
    this.reset();
    const opener = this.opener;
    this.opener = undefined;
    opener?.focus();
  };

  private onCancel = (event: Event) => {
    // Escape while the grant is in flight would hide its outcome: wait for it.
    if (this.submitting) event.preventDefault();
  };

  private edit(field: Field, value: string): void {
    this[field] = value;
    this.idempotencyKey = undefined; // a new value is a new intent
    if (this.fieldErrors[field]) this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
    this.host.requestUpdate();
  }

  private validate(): { credits: number; reason: string } | undefined {
    // The same whole-number rules as the purchase wizard ("12,500" is fine); a grant has no minimum beyond 1.
    const parsed = validateCreditsInput(this.credits, { kind: 'credits', min: 1, max: Number.MAX_SAFE_INTEGER });
    const credits = parsed.ok ? parsed.credits : undefined;
    const reason = this.reason.trim();
    const errors: Partial<Record<Field, string>> = {};
    if (credits === undefined)
      errors.credits = msg('Enter a whole number of credits greater than 0.', { id: 'credits-balance.grant.credits-invalid' });
    if (!reason) errors.reason = msg('Enter a reason for the grant.', { id: 'credits-balance.grant.reason-required' });
    else if (textLength(reason) > REASON_MAX_LENGTH)
      errors.reason = msg(str`Use at most ${REASON_MAX_LENGTH} characters.`, { id: 'credits-balance.grant.reason-long' });
    this.fieldErrors = errors;
    return errors.credits || errors.reason ? undefined : { credits: credits!, reason };
  }

  private submit = async (event: Event) => {
    event.preventDefault();
    if (this.submitting) return; // one click, one grant
    const store = this.host.credits?.store;
    const body = this.validate();
    this.error = undefined;
    if (!body || !store) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.dialog?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.idempotencyKey ??= newIdempotencyKey();
    this.submitting = true;
    this.host.requestUpdate();
    try {
      await grantCredits(store, body, this.idempotencyKey);
      this.submitting = false;
      this.host.grantSucceeded(body.credits);
      this.close();
    } catch (error) {
      this.submitting = false;
      this.error = error instanceof Error ? error : new Error(String(error));
      if (error instanceof ApiError && error.fields) {
        const { credits, reason } = error.fields;
        this.fieldErrors = { credits, reason };
      }
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.dialog?.querySelector<HTMLElement>('.error-panel')?.focus();
    }
  };

  private errorText(error: Error): string {
    if (error instanceof ApiError && error.status === 403)
      return msg('Only 9Pic staff can add credits. Your account is not allowed to do this.', { id: 'credits-balance.grant.forbidden' });
    if (error instanceof ApiError && error.status === 422) return msg('Check the highlighted fields.', { id: 'credits-balance.grant.invalid' });
    return describeError(error);
  }

  render(organisationName: string) {
    const { error, fieldErrors, submitting } = this;
    const requestId = error instanceof ApiError ? error.requestId : undefined;
    const reasonLength = textLength(this.reason);
    return html`<dialog class="grant" part="dialog" aria-labelledby="grant-title" aria-describedby="grant-intro" @close=${this.onClosed} @cancel=${this.onCancel}>
      <form novalidate @submit=${this.submit}>
        <h2 id="grant-title">${msg('Add Credits', { id: 'credits-balance.add' })}</h2>
        <p class="hint" id="grant-intro">
          ${msg(str`Staff only. The credits are added to ${organisationName} free of charge and appear in its Purchase History as an Admin Grant.`, {
            id: 'credits-balance.grant.intro',
          })}
        </p>
        ${error
          ? html`<div class="error-panel" role="alert" tabindex="-1">
              <p><strong>${msg('The credits were not added.', { id: 'credits-balance.grant.failed' })}</strong> ${this.errorText(error)}</p>
              ${requestId ? html`<p class="request-id">${msg('Request ID', { id: 'common.request-id' })}: <code>${requestId}</code></p>` : nothing}
            </div>`
          : nothing}
        ${field(
          { id: 'grant-credits', label: msg('Credits', { id: 'credits-balance.grant.credits' }), error: fieldErrors.credits },
          (aria) => html`<input
            id="grant-credits"
            name="credits"
            inputmode="numeric"
            autocomplete="off"
            required
            .value=${this.credits}
            aria-invalid=${aria.invalid}
            aria-describedby=${aria.describedBy ?? nothing}
            ?readonly=${submitting}
            @input=${(e: Event) => this.edit('credits', (e.target as HTMLInputElement).value)}
          />`,
        )}
        ${field(
          {
            id: 'grant-reason',
            label: msg('Reason', { id: 'credits-balance.grant.reason' }),
            hint: msg(str`${reasonLength} of ${REASON_MAX_LENGTH} characters`, { id: 'credits-balance.grant.count' }),
            error: fieldErrors.reason,
          },
          (aria) => html`<textarea
            id="grant-reason"
            name="reason"
            rows="3"
            required
            .value=${this.reason}
            aria-invalid=${aria.invalid}
            aria-describedby=${aria.describedBy ?? nothing}
            ?readonly=${submitting}
            @input=${(e: Event) => this.edit('reason', (e.target as HTMLTextAreaElement).value)}
          ></textarea>`,
        )}
        <div class="dialog-actions">
          <button type="button" class="btn" ?disabled=${submitting} @click=${() => this.close()}>${msg('Cancel', { id: 'common.cancel' })}</button>
          <button type="submit" class="btn btn-primary" aria-disabled=${submitting ? 'true' : 'false'}>
            ${submitting ? msg('Adding…', { id: 'credits-balance.grant.adding' }) : msg('Add Credits', { id: 'credits-balance.add' })}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}
