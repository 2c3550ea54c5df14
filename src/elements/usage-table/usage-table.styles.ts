import { css } from 'lit';

export const styles = css`
  .head {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    margin-bottom: var(--_spacing);
  }
  .head .title {
    margin: 0;
    margin-inline-end: auto;
  }
  /* A fixed width: the event names arriving with the rows never widen it (nothing beside it moves). */
  .filters select {
    width: 14rem;
    max-width: 100%;
  }
  /* The table sizes to its card, never the card to the table (a host's grid or flex track stays
     narrow), and the rows below take their layout from this width. */
  .scroll-x,
  .clip-x {
    container-type: inline-size;
  }
  .scroll-x {
    overflow-x: auto;
  }
  .clip-x {
    overflow: hidden;
  }
  .table {
    min-width: 46rem;
  }
  .tr {
    display: grid;
    grid-template-columns: 10.5rem 6.5rem minmax(8rem, 2fr) minmax(6rem, 1fr) minmax(8rem, 1.6fr) 7.5rem;
    align-items: center;
    column-gap: calc(var(--_spacing) * 1.5);
    min-height: 40px;
    padding: 0 var(--_spacing);
    border-bottom: 1px solid var(--_color-border);
  }
  .table[data-balance] .tr {
    grid-template-columns: 10.5rem 6.5rem 6.5rem minmax(8rem, 2fr) minmax(6rem, 1fr) minmax(8rem, 1.6fr) 7.5rem;
  }
  .table[data-balance] {
    min-width: 54rem;
  }
  /* Purchase History: Payment (ID, Copy, Details) in place of Event and Event ID. */
  .table[data-additions] .tr {
    grid-template-columns: 10.5rem 6.5rem minmax(14rem, 2.4fr) minmax(8rem, 1.6fr) 7.5rem;
  }
  .table[data-additions][data-balance] .tr {
    grid-template-columns: 10.5rem 6.5rem 6.5rem minmax(14rem, 2.4fr) minmax(8rem, 1.6fr) 7.5rem;
  }
  .payment {
    display: flex;
    align-items: baseline;
    gap: 0 6px;
    min-width: 0;
  }
  .payment code.id {
    flex: 0 1 auto;
  }
  .payment .copy {
    margin-inline-start: 0;
  }
  .tr > * {
    min-width: 0;
  }
  /* Header and rows span the card's full width; only a body that scrolls has a scrollbar, and then
     the header is inset by its width (body-scroll.ts), so header and cells line up. */
  .thead {
    overflow: hidden;
  }
  .tr.header {
    border-top: 1px solid var(--_color-border);
    background: var(--_color-surface);
    min-height: 34px;
    font-weight: 600;
    font-size: 0.9em;
    color: var(--_color-text-muted);
  }
  /* The body is as tall as its rows up to --credits-table-height (body-scroll.ts ends it on a whole row).
     When it scrolls, it shows it: a scrollbar that is always drawn, and a fade where rows continue. */
  .body-wrap {
    position: relative;
    max-height: var(--credits-table-height, 28rem);
  }
  .tbody {
    max-height: var(--credits-table-height, 28rem);
    overflow-y: auto;
    scrollbar-width: thin;
    scrollbar-color: var(--_color-text-muted) transparent;
  }
  .body-wrap::before,
  .body-wrap::after {
    content: '';
    position: absolute;
    inset-inline: 0 12px;
    height: 2.5rem;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.15s;
  }
  .body-wrap::before {
    top: 0;
    background: linear-gradient(to top, transparent, var(--_color-bg));
  }
  .body-wrap::after {
    bottom: 0;
    background: linear-gradient(to bottom, transparent, var(--_color-bg));
  }
  .body-wrap:is([data-more='above'], [data-more='both'])::before,
  .body-wrap:is([data-more='below'], [data-more='both'])::after {
    opacity: 1;
  }
  .tbody.virtual {
    /* The virtualizer contains its size: it needs a definite height. */
    height: var(--credits-table-height, 28rem);
  }
  .tbody:focus-visible,
  .tbody > .tr:focus-visible {
    outline-offset: -2px;
  }
  .tbody > .tr:last-child {
    border-bottom: 0;
  }
  .tbody > .tr:hover {
    background: var(--_color-surface);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .c-credits[data-sign='positive'] {
    color: var(--_color-success-text);
  }
  .truncate {
    display: block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    text-align: start;
  }
  button.truncate {
    display: inline-block;
  }
  /* Wide rows stay one line: an email's break before its "@" (a <wbr>) is only for the narrow cards;
     a row that wraps would also make the rows, and the body ending on a whole row, uneven. */
  .truncate wbr {
    display: none;
  }
  code:not(.id) {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
    color: var(--_color-text-muted);
  }
  .c-date {
    white-space: nowrap;
  }
  .payment-link {
    white-space: nowrap;
    font-size: 0.9em;
  }
  .skeleton-rows {
    overflow: hidden;
  }
  .skeleton-rows .tr {
    border-bottom: 1px solid var(--_color-border);
  }
  /* Each grey cell sits on a text line (the type on a badge), so a stacked (narrow) row is as tall as a row of text. */
  .skeleton-rows .skeleton {
    display: inline-block;
    vertical-align: middle;
  }
  .skeleton-rows .badge.skeleton {
    width: 7em;
    vertical-align: baseline;
  }
  /* The smaller text of the event id and the payment link. */
  .skeleton-rows .c-event-id {
    font-size: 0.85em;
  }
  .skeleton-rows .c-payment {
    font-size: 0.9em;
  }
  /* The totals' one summary line while loading; the footer's count as words that wrap as its text does. */
  .totals-pending {
    display: flex;
    align-items: center;
    box-sizing: content-box;
    min-height: 1.5em;
  }
  .foot-pending .hint {
    margin: 0;
  }
  .foot-pending .skeleton {
    display: inline-block;
    vertical-align: middle;
  }
  /* Narrower than the six columns need (a phone, a sidebar): each row stacks into three lines,
     type and credits first, instead of scrolling sideways. The header row stays for screen readers. */
  @container (max-width: 46rem) {
    .table {
      min-width: 0;
      border-top: 1px solid var(--_color-border);
    }
    .tr {
      /* The right column never takes more than 45%: a 40-character event id truncates (full id in its title). */
      grid-template-columns: minmax(0, 1fr) fit-content(45%);
      grid-template-areas: 'type credits' 'event date' 'user event-id';
      row-gap: 2px;
      padding-block: calc(var(--_spacing) * 0.75);
    }
    .tr.header {
      position: absolute;
      width: 1px;
      height: 1px;
      min-height: 0;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .c-type {
      grid-area: type;
    }
    .c-credits {
      grid-area: credits;
      font-weight: 600;
    }
    .c-event {
      grid-area: event;
    }
    .c-date {
      grid-area: date;
      text-align: end;
    }
    .c-user {
      grid-area: user;
      font-size: 0.9em;
    }
    .c-event-id {
      grid-area: event-id;
      text-align: end;
    }
    .c-event-id .truncate {
      text-align: end;
    }
    .table[data-balance] {
      min-width: 0;
    }
    .table[data-balance] .tr {
      grid-template-columns: minmax(0, 1fr) fit-content(45%);
      grid-template-areas: 'type credits' 'event date' 'user event-id' 'balance balance';
    }
    .table[data-additions] .tr,
    .table[data-additions][data-balance] .tr {
      grid-template-columns: minmax(0, 1fr) fit-content(45%);
    }
    .table[data-additions] .tr {
      grid-template-areas: 'type credits' 'payment payment' 'user date';
    }
    .table[data-additions][data-balance] .tr {
      grid-template-areas: 'type credits' 'payment payment' 'user date' 'balance balance';
    }
    .c-payment {
      grid-area: payment;
    }
    .c-balance {
      grid-area: balance;
      text-align: end;
      font-size: 0.9em;
      color: var(--_color-text-muted);
    }
    /* Each value says what it is, as the payments cards do (no bare "−238" or "evt_31"); the
       label is drawn only (empty alternative text): the cells' column headers already name them. */
    [role='cell'][data-label]::before {
      content: attr(data-label) / '';
      margin-inline-end: 0.4em;
      color: var(--_color-text-muted);
      font-size: 0.85em;
      font-weight: normal;
    }
    /* The label may go above the date; the date itself stays on one line. */
    .c-date {
      white-space: normal;
    }
    .c-date time {
      white-space: nowrap;
    }
    /* Long event names, emails and ids wrap rather than truncate. */
    .tr .truncate,
    .tr button.truncate {
      display: inline;
      white-space: normal;
      text-overflow: clip;
      overflow-wrap: anywhere;
    }
    .tr .truncate wbr {
      display: inline;
    }
  }
  .totals {
    margin-bottom: calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
  }
  .totals summary {
    cursor: pointer;
    font-weight: 600;
  }
  .totals .hint {
    margin: var(--_spacing) 0;
  }
  .totals table {
    max-width: 40rem;
  }
`;
