/** #22.9, the smaller points: each a rule a user of assistive technology or of OS settings observes. */
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/index.js';
import { mountInProvider, waitForText } from '../../support.js';

describe('#22.9 smaller points', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('reduced motion: the switch knob does not slide (its ::after transition is off)', async () => {
    const { el } = await mountInProvider(html`<billing-details-form></billing-details-form>`);
    await waitForText(el, 'GSTIN');
    const track = el.shadowRoot!.querySelector<HTMLInputElement>('.switch input')!;
    expect(getComputedStyle(track, '::after').transitionDuration).not.to.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(track, '::after').transitionDuration).to.equal('0s');
  });
});
