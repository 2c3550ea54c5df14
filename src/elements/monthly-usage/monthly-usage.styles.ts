import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    --_chart-bar-color: var(--credits-chart-bar-color, var(--_color-primary));
    --_chart-height: var(--credits-chart-height, 200px);
  }
  .card {
    position: relative;
    display: grid;
    gap: var(--_spacing);
  }
  .title {
    margin: 0;
    color: var(--_color-text-muted);
    min-height: 28px;
    display: flex;
    align-items: center;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
    min-height: 2em;
    line-height: 1.2;
  }
  .headline .skeleton {
    display: inline-block;
    vertical-align: middle;
  }
  .figure {
    font-size: 1.6em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .total {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .chart-area {
    height: var(--_chart-height);
    container-type: inline-size;
  }
  /* Narrow (a phone): the chart keeps the SVG's proportions (480 × 200), as tall as its bars need,
     with no blank band above or below (#17.20). */
  @container (max-width: 560px) {
    .chart-area {
      height: auto;
      aspect-ratio: 12 / 5;
      max-height: var(--_chart-height);
    }
  }
  .chart {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .bar {
    fill: var(--_chart-bar-color);
  }
  .axis {
    stroke: var(--_color-border);
    stroke-width: 1;
  }
  .value,
  .month {
    font: inherit;
    font-size: 0.8125rem;
    fill: var(--_color-text);
    font-variant-numeric: tabular-nums;
  }
  .value {
    font-weight: 600;
  }
  .month {
    fill: var(--_color-text-muted);
  }
  .month.current {
    fill: var(--_color-text);
    font-weight: 600;
  }
  /* Below 480px the SVG (480 units wide) scales down, and its text with it: larger units keep the
     labels at 11.5px or more on a phone or in a narrow column (#17.20). In rem: they follow the reader's text size. */
  @container (max-width: 420px) {
    .value,
    .month {
      font-size: 1.125rem;
    }
  }
  @container (max-width: 340px) {
    .value,
    .month {
      font-size: 1.3125rem;
    }
  }
  @container (max-width: 270px) {
    .value,
    .month {
      font-size: 1.4375rem;
    }
  }
  /* Where the chart's bars and axis will be: the SVG is 480 × 200 units, 28 above and below the plot. */
  .skeleton-bars {
    display: grid;
    grid-template-columns: repeat(4, 1fr);
    align-items: end;
    justify-items: center;
    max-width: calc(var(--_chart-height) * 2.4);
    height: calc(100% - 28px);
    margin-inline: auto;
    padding-top: 28px;
    border-bottom: 1px solid var(--_color-border);
  }
  .skeleton-bars .skeleton {
    width: 46.67%;
  }
  .empty-area {
    display: grid;
    place-items: center;
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .empty-area .empty {
    margin: 0;
  }
`;
