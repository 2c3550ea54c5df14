import { expect } from '@open-wc/testing';
import type { Payment } from '../../src/api/schemas.js';
import { createRazorpayAdapter, loadRazorpay, type RazorpayOptions } from '../../src/gateways/razorpay.js';

const checkout = { gateway: 'razorpay', order_id: 'order_9A', key_id: 'rzp_test_x', amount_minor: 177000, currency: 'INR' };
const payment = { id: 'pay_1' } as Payment;

type Behaviour = (options: RazorpayOptions, instance: FakeRazorpay) => void;
let behaviour: Behaviour = () => {};
const opened: RazorpayOptions[] = [];

class FakeRazorpay {
  failed?: (response: { error: { description: string } }) => void;
  closed = false;
  constructor(readonly options: RazorpayOptions) {}
  on(event: string, callback: (response: { error: { description: string } }) => void) {
    if (event === 'payment.failed') this.failed = callback;
  }
  open() {
    opened.push(this.options);
    behaviour(this.options, this);
  }
  close() {
    this.closed = true;
  }
}

const w = window as unknown as { Razorpay?: unknown };

describe('Razorpay adapter', () => {
  beforeEach(() => {
    w.Razorpay = FakeRazorpay;
    opened.length = 0;
  });
  afterEach(() => {
    delete w.Razorpay;
  });

  it('opens standard checkout with the order, key, amount and currency; handler → completed', async () => {
    behaviour = (options) => setTimeout(() => options.handler({ razorpay_payment_id: 'pay_X', razorpay_order_id: 'order_9A', razorpay_signature: 'sig' }));
    const outcome = await createRazorpayAdapter({ name: '9Pic' }).pay(checkout, { payment });
    expect(outcome).to.equal('completed');
    expect(opened[0]).to.include({ key: 'rzp_test_x', order_id: 'order_9A', amount: 177000, currency: 'INR', name: '9Pic' });
    expect(opened[0]!.modal.ondismiss).to.be.a('function');
  });

  it('closing the modal → cancelled; a failed attempt then closing → failed', async () => {
    behaviour = (options) => setTimeout(() => options.modal.ondismiss());
    expect(await createRazorpayAdapter().pay(checkout, { payment })).to.equal('cancelled');
    behaviour = (options, instance) =>
      setTimeout(() => {
        instance.failed!({ error: { description: 'Card declined' } });
        options.modal.ondismiss();
      });
    expect(await createRazorpayAdapter().pay(checkout, { payment })).to.equal('failed');
  });

  it('a failed attempt followed by a successful retry in the modal → completed', async () => {
    behaviour = (options, instance) =>
      setTimeout(() => {
        instance.failed!({ error: { description: 'Card declined' } });
        options.handler({ razorpay_payment_id: 'pay_Y', razorpay_order_id: 'order_9A', razorpay_signature: 'sig' });
        options.modal.ondismiss();
      });
    expect(await createRazorpayAdapter().pay(checkout, { payment })).to.equal('completed');
  });

  it('an abort closes the modal → cancelled', async () => {
    let instance: FakeRazorpay | undefined;
    behaviour = (_options, i) => (instance = i);
    const controller = new AbortController();
    const paying = createRazorpayAdapter().pay(checkout, { payment, signal: controller.signal });
    await new Promise((r) => setTimeout(r));
    controller.abort();
    expect(await paying).to.equal('cancelled');
    expect(instance!.closed).to.equal(true);
  });

  it('refuses a checkout that is not a Razorpay order', async () => {
    let error: unknown;
    try {
      await createRazorpayAdapter().pay({ gateway: 'payglocal', redirect_url: 'https://x' }, { payment });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('loads the checkout script with one script element, shared by concurrent calls', async () => {
    delete w.Razorpay;
    const url = `data:text/javascript,${encodeURIComponent('window.Razorpay = function FakeFromScript() {};')}`;
    createRazorpayAdapter({ scriptUrl: url }); // allows the URL
    const [a, b] = await Promise.all([loadRazorpay(url), loadRazorpay(url)]);
    expect(a).to.equal(b);
    expect(document.querySelectorAll(`script[src^="data:text/javascript"]`)).to.have.length(1);
    expect(await loadRazorpay(url)).to.equal(a);
    expect(document.querySelectorAll(`script[src^="data:text/javascript"]`)).to.have.length(1);
  });

  it('a script that defines nothing rejects; one that fails to load rejects, is removed, and may be tried again', async () => {
    delete w.Razorpay;
    const empty = 'data:text/javascript,void%200';
    createRazorpayAdapter({ scriptUrl: empty });
    const failure = async (url: string) => {
      try {
        await loadRazorpay(url);
      } catch (e) {
        return String(e);
      }
      return 'resolved';
    };
    expect(await failure(empty)).to.include('window.Razorpay');
    const blocked = `${location.origin}/__missing__/checkout.js`; // 404 from the test server: onerror
    createRazorpayAdapter({ scriptUrl: blocked });
    expect(await failure(blocked)).to.include('could not be loaded');
    expect(document.querySelectorAll(`script[src="${blocked}"]`)).to.have.length(0);
    expect(await failure(blocked)).to.include('could not be loaded'); // a new attempt, not the cached failure
  });

  it('the standard script URL is Razorpay checkout.js', async () => {
    const { RAZORPAY_SCRIPT_URL } = await import('../../src/gateways/razorpay.js');
    expect(RAZORPAY_SCRIPT_URL).to.equal('https://checkout.razorpay.com/v1/checkout.js');
  });
});
