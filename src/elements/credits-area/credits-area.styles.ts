import { css } from 'lit';
import { darkThemeDeclarations } from '../../styles/tokens.js';

export const styles = css`
  :host([theme='dark']) {
    /* Everything inside (the elements read --credits-*) follows the area's theme. */
    ${darkThemeDeclarations()}
  }
  .area {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }
  [role='tablist'] {
    display: flex;
    gap: calc(var(--_spacing) / 2);
    border-bottom: 1px solid var(--_color-border);
    overflow-x: auto;
    scrollbar-width: thin;
  }
  [role='tab'] {
    flex: none;
    appearance: none;
    margin: 0 0 -1px;
    padding: var(--_spacing) calc(var(--_spacing) * 2);
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    color: var(--_color-text-muted);
    font: inherit;
    font-weight: 500;
    white-space: nowrap;
    cursor: pointer;
  }
  [role='tab']:hover {
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_color-text);
    border-bottom-color: var(--_color-primary);
    font-weight: 600;
  }
  [role='tab']:focus-visible {
    outline-offset: -2px;
  }
  /* A phone or a sidebar: the three tabs share the width and wrap between words, all in sight; a word
     is never split (no "Credit s"): a tab is at least as wide as its longest word, and the list scrolls
     sideways before a word breaks. */
  [role='tablist'] {
    container-type: inline-size;
  }
  @container (max-width: 30rem) {
    [role='tab'] {
      flex: 1 1 auto;
      padding-inline: var(--_spacing);
      white-space: normal;
      overflow-wrap: normal;
      text-align: center;
    }
  }
  @container (max-width: 18rem) {
    [role='tab'] {
      padding-inline: calc(var(--_spacing) / 2);
      font-size: 0.9em;
    }
  }
  .panel {
    display: grid;
    gap: calc(var(--_spacing) * 2);
    align-content: start;
    min-width: 0;
  }
  .panel[hidden] {
    display: none;
  }
  .view-head {
    display: grid;
    gap: 2px;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .summary {
    margin: 0;
  }
  /* Balance and Monthly Usage side by side: one row, both cards as tall as the taller (#17.15). */
  .overview {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr));
    gap: calc(var(--_spacing) * 2);
    align-items: stretch;
  }
  .overview > * {
    display: block;
  }
  .overview > ::part(card) {
    box-sizing: border-box;
    height: 100%;
  }
  .back {
    justify-self: start;
  }
  /*
   * Nothing jumps while a view loads (#17.25): an element whose first data is still on the way (:state(loading))
   * may still change size, so what follows it in the view is kept hidden, in place, until it has its data (or its
   * error). The hidden elements load meanwhile, in parallel. After 2 s they show anyway (a slow answer must not
   * hide a loaded table); that reveal is a switch, not motion, so it stays under reduced motion too.
   */
  .panel > :state(loading) ~ *,
  .panel > :has(> :state(loading)) ~ *,
  .overview > :state(loading) ~ * {
    visibility: hidden;
    animation: credits-reveal 0s 2s forwards !important;
  }
  @keyframes credits-reveal {
    to {
      visibility: visible;
    }
  }
`;
