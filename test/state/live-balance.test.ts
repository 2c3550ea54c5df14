/** `live` on the provider: the balance, the tables and the monthly figure follow `credits/stream` (issue #18). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/credits-provider/define.js';
import '../../src/elements/credits-balance/define.js';
import '../../src/elements/usage-table/define.js';
import '../../src/elements/monthly-usage/define.js';
import type { CreditsProvider } from '../../src/elements/credits-provider/credits-provider.js';
import { liveTiming } from '../../src/state/live.js';
import { RECENT_MONTHS, monthlyUsage } from '../../src/state/resources.js';
import { createSimulator, type Processing, type Simulator, type SimulatorOptions } from '../../src/simulator/index.js';
import { requestsTo, shadowText, waitForText } from '../support.js';

const DEFAULT_TIMING = { ...liveTiming };
const streams = (sim: Simulator) => requestsTo(sim, 'GET', '/credits/stream');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.tbody [role="row"]')];

async function mountLive(inner = html`<credits-balance></credits-balance>`, options: SimulatorOptions & { token?: string } = {}) {
  const sim = createSimulator(options);
  const provider = await fixture<CreditsProvider>(
    html`<credits-provider live api-base="/api" organisation="org_42" locale="en-IN" .fetch=${sim.fetch} .tokenProvider=${options.token ? () => options.token! : undefined}
      >${inner}</credits-provider
    >`,
  );
  const balance = provider.querySelector('credits-balance');
  if (balance) await waitForText(balance, '12,500');
  return { sim, provider, balance };
}

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', {
    value: state,
    configurable: true,
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('live balance (credits/stream)', function () {
  this.timeout(20_000);
  let job: Processing | undefined;
  // The usage table's virtualizer: "ResizeObserver loop completed with undelivered notifications" is benign (see usage-table.test.ts).
  let mochaOnError: OnErrorEventHandler = null;
  before(() => {
    mochaOnError = window.onerror;
    window.onerror = (message, ...rest) => (/ResizeObserver loop/.test(String(message)) ? true : mochaOnError?.call(window, message, ...rest));
  });
  after(() => (window.onerror = mochaOnError));

  beforeEach(() => {
    Object.assign(liveTiming, { retryMs: 50, maxRetryMs: 200, pollMs: 30_000 });
  });
  afterEach(() => {
    job?.stop();
    job = undefined;
    Object.assign(liveTiming, DEFAULT_TIMING);
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('one stream for the provider whatever the number of elements; balance events update every balance without a refetch', async () => {
    const { sim, provider } = await mountLive(
      html`<credits-balance></credits-balance><credits-balance></credits-balance><usage-table></usage-table><monthly-usage></monthly-usage>`,
    );
    await waitUntil(() => sim.openStreams === 1, 'no stream opened');
    const summaries = requestsTo(sim, 'GET', '/credits').length;
    job = sim.startProcessing({
      organisation: 'org_42',
      photos: 100,
      rate: 1000,
      tickMs: 50,
    });
    const balances = [...provider.querySelectorAll('credits-balance')];
    for (const b of balances) await waitForText(b, '12,400');
    expect(streams(sim)).to.have.length(1);
    expect(sim.openStreams).to.equal(1);
    expect(requestsTo(sim, 'GET', '/credits').length).to.equal(summaries);
  });

  it('a transaction goes on top of the matching table and into the monthly figure, without a refetch', async () => {
    const { sim, provider } = await mountLive(
      html`<credits-balance></credits-balance><usage-table direction="usage"></usage-table><usage-table direction="addition"></usage-table><monthly-usage></monthly-usage>`,
    );
    const [usage, additions] = [...provider.querySelectorAll('usage-table')] as HTMLElement[];
    await waitUntil(() => rows(usage!).length > 0 && rows(additions!).length > 0, 'no rows');
    await waitUntil(() => sim.openStreams === 1, 'no stream opened');
    const store = provider.store!;
    const usedBefore = store.read(monthlyUsage, {
      months: RECENT_MONTHS,
      timeZone: undefined,
    }).data!.months[0]!.credits_used;
    const additionsFirst = rows(additions!)[0]!.textContent;
    const before = sim.requests.length;
    job = sim.startProcessing({
      organisation: 'org_42',
      photos: 40,
      rate: 800,
      tickMs: 50,
    });
    await waitUntil(() => !!rows(usage!)[0]?.textContent?.includes('Mumbai Marathon 2026'), 'the new row never came to the top');
    await waitUntil(() => !job!.running, 'processing did not finish');
    await waitForText(provider.querySelector('credits-balance')!, '12,460');
    await waitUntil(
      () => store.read(monthlyUsage, { months: RECENT_MONTHS, timeZone: undefined }).data!.months[0]!.credits_used === usedBefore + 40,
      'the monthly figure did not move',
    );
    expect(rows(usage!)[0]!.textContent).to.include('Balance after: 12,460');
    expect(rows(additions!)[0]!.textContent).to.equal(additionsFirst);
    // No request but the stream itself: no refetch of anything.
    expect(sim.requests.slice(before).map((r) => `${r.method} ${r.path}`)).to.deep.equal([]);
  });

  it('reconnects after a dropped stream with Last-Event-ID and replays what it missed', async () => {
    const { sim, balance } = await mountLive();
    await waitUntil(() => sim.openStreams === 1, 'no stream opened');
    job = sim.startProcessing({
      organisation: 'org_42',
      photos: 10,
      rate: 200,
      tickMs: 50,
    });
    await waitUntil(() => !job!.running, 'processing did not finish');
    await waitForText(balance!, '12,490');
    liveTiming.retryMs = 300;
    sim.dropStreams();
    // While the client waits to reconnect, more credits are spent: the replay brings them.
    job = sim.startProcessing({
      organisation: 'org_42',
      photos: 5,
      rate: 1000,
      tickMs: 50,
    });
    await waitUntil(() => streams(sim).length === 2, 'never reconnected', {
      timeout: 4000,
    });
    const lastEventId = streams(sim)[1]!.headers['last-event-id'];
    expect(lastEventId, 'Last-Event-ID').to.match(/^\d+$/);
    await waitForText(balance!, '12,485');
    expect(sim.openStreams).to.equal(1);
  });

  it('the stream carries the bearer token', async () => {
    const { sim } = await mountLive(undefined, { token: 'secret-token' });
    await waitUntil(() => sim.openStreams === 1, 'no stream opened');
    expect(streams(sim)[0]!.headers.authorization).to.equal('Bearer secret-token');
    expect(streams(sim)[0]!.headers.accept).to.equal('text/event-stream');
  });

  it('pauses while the page is hidden and resumes on return', async () => {
    const { sim, balance } = await mountLive();
    await waitUntil(() => sim.openStreams === 1, 'no stream opened');
    setVisibility('hidden');
    await waitUntil(() => sim.openStreams === 0, 'the stream stayed open while hidden');
    job = sim.startProcessing({
      organisation: 'org_42',
      photos: 20,
      rate: 1000,
      tickMs: 50,
    });
    await waitUntil(() => !job!.running, 'processing did not finish');
    await pause(200);
    expect(streams(sim)).to.have.length(1);
    expect(shadowText(balance!)).to.include('12,500');
    setVisibility('visible');
    await waitUntil(() => sim.openStreams === 1, 'no stream after return');
    expect(streams(sim)).to.have.length(2);
    await waitForText(balance!, '12,480');
  });

  it('closes when the last element leaves: no request after removal', async () => {
    const { sim, provider } = await mountLive(html`<credits-balance></credits-balance><credits-balance></credits-balance>`);
    await waitUntil(() => sim.openStreams === 1, 'no stream opened');
    const [a, b] = [...provider.querySelectorAll('credits-balance')];
    a!.remove();
    await pause(100);
    expect(sim.openStreams, 'one element left keeps the stream').to.equal(1);
    b!.remove();
    await waitUntil(() => sim.openStreams === 0, 'the stream stayed open');
    const after = sim.requests.length;
    job = sim.startProcessing({
      organisation: 'org_42',
      photos: 20,
      rate: 1000,
      tickMs: 50,
    });
    await pause(400);
    expect(sim.requests.slice(after)).to.deep.equal([]);
  });

  it('an organisation change closes the old stream: no frame of the old organisation reaches the new one', async () => {
    const { sim, provider, balance } = await mountLive();
    await waitUntil(() => sim.openStreams === 1, 'no stream opened');
    provider.organisation = 'org_trial_us';
    await waitUntil(() => streams(sim).some((r) => r.organisation === 'org_trial_us') && sim.openStreams === 1, 'no stream of the new organisation');
    await waitUntil(() => !shadowText(balance!).includes('12,500') && /\d/.test(shadowText(balance!)), 'org_trial_us never showed');
    const shown = shadowText(balance!);
    job = sim.startProcessing({
      organisation: 'org_42',
      photos: 50,
      rate: 1000,
      tickMs: 50,
    });
    await waitUntil(() => !job!.running, 'processing did not finish');
    await pause(200);
    expect(shadowText(balance!)).to.equal(shown);
    expect(streams(sim).filter((r) => r.organisation === 'org_42')).to.have.length(1);
  });

  it('a server without the stream (404): the summary is refreshed on an interval while visible, and not while hidden', async () => {
    liveTiming.pollMs = 150;
    const { sim } = await mountLive(undefined, { liveStream: false });
    await waitUntil(() => requestsTo(sim, 'GET', '/credits').length >= 3, 'the summary was not polled', { timeout: 4000 });
    expect(streams(sim)).to.have.length(1);
    setVisibility('hidden');
    await pause(50);
    const polled = requestsTo(sim, 'GET', '/credits').length;
    await pause(450);
    expect(requestsTo(sim, 'GET', '/credits').length, 'polled while hidden').to.equal(polled);
    setVisibility('visible');
    await waitUntil(() => requestsTo(sim, 'GET', '/credits').length > polled, 'polling did not resume');
    expect(streams(sim), 'the stream is not asked for again').to.have.length(1);
  });

  it('501 counts as no stream too; without `live` nothing is streamed or polled', async () => {
    liveTiming.pollMs = 100;
    const sim = createSimulator();
    sim.failNext('GET /credits/stream', { status: 501, times: 5 });
    const provider = await fixture<CreditsProvider>(
      html`<credits-provider live api-base="/api" organisation="org_42" .fetch=${sim.fetch}><credits-balance></credits-balance></credits-provider>`,
    );
    await waitUntil(() => requestsTo(sim, 'GET', '/credits').length >= 2, 'no polling after 501');
    provider.live = false;
    await pause(50);
    const polled = requestsTo(sim, 'GET', '/credits').length;
    await pause(300);
    expect(requestsTo(sim, 'GET', '/credits').length).to.equal(polled);

    const quiet = createSimulator();
    await fixture(html`<credits-provider api-base="/api" organisation="org_42" .fetch=${quiet.fetch}><credits-balance></credits-balance></credits-provider>`);
    await pause(300);
    expect(streams(quiet)).to.have.length(0);
  });
});
