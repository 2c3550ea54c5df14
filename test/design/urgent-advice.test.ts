/**
 * Issue #17 point 26: the urgent "Top up now" advice makes its action THE primary button of the
 * balance card (full size, the only primary one: Purchase Credits steps back to secondary), placed
 * where the eye goes — under the message, at its start edge — not a small button at the far right.
 */
import { expect, fixtureCleanup, html } from "@open-wc/testing";
import { atViewport } from './support.js';
import "../../src/index.js";
import { mountInProvider, button } from "../support.js";
import { settled, visible } from "./support.js";

for (const width of [1280, 390]) {
  describe(`${width} px: the urgent top-up advice (#17.26)`, function () {
    this.timeout(20_000);
    atViewport(width);
    afterEach(() => fixtureCleanup());

    it('"Top up now": its action is the one primary button, full size, under the message at its start edge', async () => {
      // 12,500 credits for 20,000 expected photos: top up now.
      const { el, provider } = await mountInProvider(
        html`<credits-balance expected-photos="20000"></credits-balance>`,
      );
      await settled(provider);
      const root = el.shadowRoot!;
      const advice = root.querySelector<HTMLElement>('[part="advice"]')!;
      expect(advice.textContent).to.include(
        "Top up now. Don't start Sync yet.",
      );
      const action = button(el, "Top up credits");
      const primaries = [
        ...root.querySelectorAll<HTMLElement>(".btn-primary"),
      ].filter(visible);
      expect(primaries).to.deep.equal([action]);
      expect(
        button(el, "Purchase Credits").classList.contains("btn-primary"),
      ).to.equal(false);
      const box = action.getBoundingClientRect();
      const detail = advice
        .querySelector(".advice-detail")!
        .getBoundingClientRect();
      const suggested = advice
        .querySelector(".suggested")!
        .getBoundingClientRect();
      expect(box.height, "a full-size button").to.be.at.least(36);
      expect(box.left, "at the start edge of the message").to.be.closeTo(
        detail.left,
        1,
      );
      expect(box.top, "under the message and the suggestion").to.be.at.least(
        Math.max(detail.bottom, suggested.bottom),
      );
      await expect(el).to.be.accessible();
    });

    it('"Top up before starting Sync": the action sits under the message too, and Purchase Credits stays primary', async () => {
      const { el, provider } = await mountInProvider(
        html`<credits-balance expected-photos="10000"></credits-balance>`,
      );
      await settled(provider);
      const advice =
        el.shadowRoot!.querySelector<HTMLElement>('[part="advice"]')!;
      expect(advice.textContent).to.include("Top up before starting Sync.");
      const action = button(el, "Top up credits");
      expect(action.classList.contains("btn-primary")).to.equal(false);
      expect(
        button(el, "Purchase Credits").classList.contains("btn-primary"),
      ).to.equal(true);
      const detail = advice
        .querySelector(".advice-detail")!
        .getBoundingClientRect();
      expect(action.getBoundingClientRect().left).to.be.closeTo(detail.left, 1);
    });
  });
}
