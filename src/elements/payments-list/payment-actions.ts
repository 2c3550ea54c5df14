/**
 * The payments list's row actions that talk to the API — Recheck, Invoice
 * (download), Generate / Retry Invoice — and the line announcing their
 * results: one action at a time per row, the row updated in place, focus kept
 * on the row when a button goes away, failures with the request id.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Payment } from '../../api/schemas.js';
import { msg, str } from '../../i18n/localize.js';
import { downloadInvoice, generateInvoice, recheckPayment } from '../../state/actions.js';
import type { ResourceHost } from '../../state/resource-controller.js';
import { saveFile } from '../../ui/save-file.js';
import { errorAlert } from '../../ui/states.js';
import type { PaymentAction } from './payment-rules.js';

interface Notice {
  text: string;
  error?: Error;
}

export interface PaymentActionsHost extends ReactiveControllerHost, ResourceHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class PaymentActions {
  /** Payments with an action under way (one at a time per row). */
  private busy: ReadonlyMap<string, PaymentAction> = new Map();
  private notice?: Notice;
  /** Payments whose invoice the user asked for here: only their settling is announced (never one already generating when the page loaded). */
  private readonly requested = new Set<string>();

  constructor(
    private readonly host: PaymentActionsHost,
    /** A row's button for the first of `actions` it shows (where focus goes back to). */
    private readonly rowButton: (id: string, ...actions: PaymentAction[]) => HTMLButtonElement | undefined,
  ) {}

  /** The action under way on a payment. */
  busyWith(id: string): PaymentAction | undefined {
    return this.busy.get(id);
  }

  /** Forget every action and message (the organisation changed). */
  reset(): void {
    this.busy = new Map();
    this.notice = undefined;
    this.requested.clear();
    this.host.requestUpdate();
  }

  /** Recheck, download or (re)generate. */
  async run(action: PaymentAction, payment: Payment, button: HTMLButtonElement): Promise<void> {
    const store = this.host.credits?.store;
    if (!store || this.busy.has(payment.id)) return;
    const root = this.host.renderRoot as ShadowRoot;
    const hadFocus = root.contains(button) && root.activeElement === button;
    const organisation = store.organisation;
    this.setBusy(payment.id, action);
    try {
      if (action === 'recheck') {
        this.say(recheckResult(await recheckPayment(store, payment.id)));
      } else if (action === 'invoice') {
        const file = await downloadInvoice(store, payment.id);
        saveFile(file.blob, file.filename, root);
        this.say(msg(str`Downloaded ${file.filename}.`, { id: 'payments-list.downloaded' }));
      } else {
        await generateInvoice(store, payment.id);
        this.requested.add(payment.id);
        this.say(msg(str`Generating the invoice for payment ${payment.id}…`, { id: 'payments-list.generate-started' }));
      }
    } catch (error) {
      if (store.organisation === organisation) this.say(failureText(action), error as Error);
    } finally {
      this.setBusy(payment.id, undefined);
    }
    await this.host.updateComplete;
    // The action may be gone from the row now (Recheck on a completed payment): focus its successor, or Details.
    if (hadFocus && !root.activeElement) this.rowButton(payment.id, action, 'details')?.focus();
  }

  /** The poller saw an invoice settle: say how it ended, when the user asked for that invoice here. */
  invoiceSettled(p: Payment | undefined): void {
    if (!p || !this.requested.delete(p.id)) return;
    if (p.invoice.status === 'ready') this.say(msg(str`The invoice for payment ${p.id} is ready.`, { id: 'payments-list.invoice-ready' }));
    else if (p.invoice.status === 'failed')
      this.say(msg(str`The invoice for payment ${p.id} could not be generated. Use Retry Invoice.`, { id: 'payments-list.invoice-failed' }));
  }

  /** The status line, and a failure as an alert with its request id. */
  render() {
    const notice = this.notice;
    return html`<p class="notice" role="status" part="notice">${notice && !notice.error ? notice.text : nothing}</p>
      ${notice?.error
        ? errorAlert(notice.text, notice.error, { action: { label: msg('Dismiss', { id: 'payments-list.dismiss' }), run: () => this.say(undefined) }, className: 'notice-error' })
        : nothing}`;
  }

  private say(text: string | undefined, error?: Error): void {
    this.notice = text === undefined ? undefined : { text, error };
    this.host.requestUpdate();
  }

  private setBusy(id: string, action: PaymentAction | undefined): void {
    const next = new Map(this.busy);
    if (action) next.set(id, action);
    else next.delete(id);
    this.busy = next;
    this.host.requestUpdate();
  }
}

function recheckResult(p: Payment): string {
  if (p.status === 'completed') return msg(str`Payment ${p.id} is completed. The balance and purchase history are updated.`, { id: 'payments-list.recheck-completed' });
  if (p.status === 'pending')
    return msg(str`Payment ${p.id} is still pending. Check again in a moment; if it stays pending, contact 9Pic support with the payment ID.`, {
      id: 'payments-list.recheck-pending',
    });
  if (p.status === 'failed') return msg(str`Payment ${p.id} failed.`, { id: 'payments-list.recheck-status-failed' });
  if (p.status === 'abandoned') return msg(str`Payment ${p.id} was abandoned.`, { id: 'payments-list.recheck-status-abandoned' });
  return msg(str`Payment ${p.id} now has the status “${p.status}”.`, { id: 'payments-list.recheck-status-other' });
}

function failureText(action: PaymentAction): string {
  if (action === 'recheck') return msg('The payment could not be rechecked.', { id: 'payments-list.recheck-failed' });
  if (action === 'invoice') return msg('The invoice could not be downloaded.', { id: 'payments-list.download-failed' });
  return msg('The invoice could not be generated.', { id: 'payments-list.generate-failed' });
}
