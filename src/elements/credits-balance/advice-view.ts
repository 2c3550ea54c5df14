/**
 * The Pro guide's "When to Top Up" advice as the balance card shows it: the
 * level (no top-up needed, top up before starting Sync, top up now) with why,
 * and the suggested top-up with a button to buy it (see `top-up-advice.ts`).
 * Its own chunk with its styles: a balance without `expected-photos` never loads it; one with it loads it
 * beside the balance's request and holds the panel's place with a skeleton until it is here.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import type { Formatter } from '../../ui/formatter.js';
import { badge, type Tone } from '../../ui/states.js';
import type { TopUpAdvice, TopUpLevel } from './top-up-advice.js';

/** The panel's style rules, added to the balance's shadow root when this chunk arrives. */
export const adviceStyles = css`
  .advice {
    display: grid;
    gap: calc(var(--_spacing) * 0.75);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: calc(var(--_spacing) * 1.5);
    background: var(--_color-surface);
  }
  .advice[data-level='fine'] {
    border-inline-start-color: var(--_color-success-text);
  }
  .advice[data-level='before-sync'] {
    border-inline-start-color: var(--_color-warning-text);
  }
  .advice[data-level='now'] {
    border-inline-start-color: var(--_color-danger);
  }
  .advice-skeleton {
    border: 0;
    padding: 0;
    background: none;
  }
  .advice p {
    margin: 0;
  }
  .advice-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_spacing);
  }
  /* The action under the message, at its start edge: where the eye goes after reading it (#17.26). */
  .advice-action {
    display: grid;
    justify-items: start;
    gap: var(--_spacing);
    margin-top: calc(var(--_spacing) * 0.25);
  }
  .suggested-credits {
    font-variant-numeric: tabular-nums;
  }
`;

const ADVICE_TONE: Record<TopUpLevel, Tone> = {
  fine: 'success',
  'before-sync': 'warning',
  now: 'danger',
};

/** The headline and the explanation for the advice's level. */
function adviceText(advice: TopUpAdvice, balance: number, fmt: Formatter): [string, string] {
  const photos = fmt.credits(advice.expectedPhotos);
  const have = fmt.credits(balance);
  const target = fmt.credits(advice.expectedPhotos * 3);
  return advice.level === 'fine'
    ? [
        msg('No top-up needed.', { id: 'credits-balance.advice.fine' }),
        msg(str`Your ${have} credits are at least twice the ${photos} photos you expect at your next event.`, {
          id: 'credits-balance.advice.fine-detail',
        }),
      ]
    : advice.level === 'before-sync'
      ? [
          msg('Top up before starting Sync.', {
            id: 'credits-balance.advice.before-sync',
          }),
          msg(str`Your ${have} credits cover the ${photos} photos you expect, with less than twice the margin. Top up to about ${target} credits (3×) before starting Sync.`, {
            id: 'credits-balance.advice.before-sync-detail',
          }),
        ]
      : [
          msg("Top up now. Don't start Sync yet.", {
            id: 'credits-balance.advice.now',
          }),
          balance < 0
            ? msg(
                str`Your balance is below zero, so nothing covers the ${photos} photos you expect: processing would pause. Top up to about ${target} credits (3×) plus what is owed first.`,
                { id: 'credits-balance.advice.now-negative-detail' },
              )
            : msg(str`Your ${have} credits do not cover the ${photos} photos you expect: processing would pause partway through. Top up to about ${target} credits (3×) first.`, {
                id: 'credits-balance.advice.now-detail',
              }),
        ];
}

/**
 * The advice panel; `buy` opens the purchase with the suggested quantity. Its action sits under the
 * message, at its start edge; when the advice is urgent ("Top up now") it is the card's primary button.
 */

export function adviceView(advice: TopUpAdvice | undefined, balance: number, fmt: Formatter, buy: (credits: number) => void) {
  if (!advice) return nothing;
  const [title, detail] = adviceText(advice, balance, fmt);
  return html`<aside class="advice" part="advice" data-level=${advice.level} aria-labelledby="advice-title">
    <p class="advice-title" id="advice-title">
      ${badge(msg('Top-up advice', { id: 'credits-balance.advice' }), ADVICE_TONE[advice.level])}
      <strong>${title}</strong>
    </p>
    <p class="advice-detail">${detail}</p>
    ${
      advice.suggestedCredits > 0
        ? html`<div class="advice-action">
            <p class="suggested">
              ${msg('Suggested top-up', { id: 'credits-balance.advice.suggested' })}:
              <strong class="suggested-credits">${msg(str`${fmt.credits(advice.suggestedCredits)} credits`, { id: 'credits-balance.advice.credits' })}</strong>
            </p>
            <button type="button" class=${advice.level === 'now' ? 'btn btn-primary' : 'btn btn-small'} @click=${() => buy(advice.suggestedCredits)}>
              ${msg('Top up credits', { id: 'credits-balance.advice.buy' })}
            </button>
          </div>`
        : nothing
    }
  </aside>`;
}
