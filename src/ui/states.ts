/** Templates every element shares: the error panel, skeleton lines, badges, the four-state switch. */
import { html, nothing, type TemplateResult } from 'lit';
import { ApiError } from '../api/errors.js';
import { inlineStyle } from './inline-style.js';
import { oneAlert } from './one-alert.js';
import { msg, str } from '../i18n/localize.js';
import type { ResourceReader } from '../state/resource-controller.js';

export type Tone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

/** A badge; `title` (default: the label) is its tooltip, e.g. the raw API value behind a humanised label. */
export const badge = (label: string, tone: Tone = 'neutral', part = 'badge', title = label) =>
  html`<span class="badge" data-tone=${tone} part=${part} title=${title}>${label}</span>`;

/** A grey bar standing in for text while loading (sized through CSSOM, never a style attribute, so a strict style-src CSP allows it). */
export const skeleton = (width: string, height = '1em') => html`<span class="skeleton" aria-hidden="true" ${inlineStyle({ width, height })}></span>`;

/** Words for an error, by what went wrong; the server's own message when it sent one. */
export function describeError(error: ApiError | Error): string {
  if (!(error instanceof ApiError)) return error.message;
  switch (error.kind) {
    case 'network':
      return msg('The server could not be reached. Check your connection.', { id: 'error.network' });
    case 'timeout':
      return msg('The server did not answer in time.', { id: 'error.timeout' });
    case 'invalid_response':
      return msg('The server sent an answer we could not understand.', { id: 'error.invalid' });
    case 'aborted':
      return msg('The request was cancelled.', { id: 'error.aborted' });
    case 'refused':
      if (error.code === 'sandbox_conflict')
        return msg(str`The sandbox did not start: it is never mixed with a real setup, and ${error.fields.settings ?? ''} belong to one. Remove sandbox or those settings.`, {
          id: 'error.sandbox-conflict',
        });
      return msg('The API address changed to another site, so the sign-in token was not sent. The page must set up sign-in again.', {
        id: 'error.token-origin',
      });
  }
  if (error.status === 401) return msg('Your session has expired. Please sign in again.', { id: 'error.auth' });
  if (error.status === 429) return msg('Too many requests. Please try again in a moment.', { id: 'error.rate-limited' });
  if ((error.status ?? 0) >= 500) return msg('The server had a problem. Please try again shortly.', { id: 'error.server' });
  if (error.status === 403) return error.code ? error.message : msg('You are not allowed to do this.', { id: 'error.forbidden' });
  return error.message;
}

/** The button an error panel offers: Retry for a load, Dismiss for a notice. */
export interface PanelAction {
  label: string;
  run: () => void;
}

export interface AlertOptions {
  /** The one button: Retry, Dismiss. */
  action?: PanelAction;
  /** A class beside `error-panel`. */
  className?: string;
  /** Say why (`describeError`); off where the title already says it (a 422 with the fields marked). Default true. */
  explain?: boolean;
  /** More under the first line (a list of the server's messages). */
  details?: unknown;
  /** Announce it even when another panel holds the page's one alert: true (default) for the result of the user's own action, false for a load that failed by itself (`oneAlert`). */
  takeOver?: boolean;
}

/**
 * The one error panel: `title` (what failed, in bold), why, the request id,
 * and one button when there is something to do. Loads use it through
 * `errorPanel`; a failed action (an invoice download, a save) with its own
 * title and Dismiss or Retry; a form's check with no error at all.
 */
export function errorAlert(title: string, error: ApiError | Error | undefined, { action, className = '', explain = true, details, takeOver = true }: AlertOptions = {}): TemplateResult {
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return html`<div class=${`error-panel ${className}`.trim()} ${oneAlert(takeOver)} part="error">
    <p><strong>${title}</strong> ${error && explain ? describeError(error) : nothing}</p>
    ${details ?? nothing}
    ${requestId ? html`<p class="request-id">${msg('Request ID', { id: 'common.request-id' })}: <code>${requestId}</code></p>` : nothing}
    ${action ? html`<button type="button" class="btn btn-small" @click=${action.run}>${action.label}</button>` : nothing}
  </div>`;
}

/**
 * The error state: what failed, as a whole sentence written once per resource
 * (`failed`, e.g. "The credits balance could not be loaded.": a translation
 * makes its verb agree with the resource), why, the request id, and a Retry
 * button when retrying can help.
 */
export function errorPanel(failed: string, error: ApiError | Error, retry?: () => void, afterRetry = false): TemplateResult {
  const canRetry = retry && !(error instanceof ApiError && (error.status === 403 || error.status === 401 || error.kind === 'refused'));
  return errorAlert(failed, error, {
    action: canRetry ? { label: msg('Retry', { id: 'common.retry' }), run: retry } : undefined,
    takeOver: afterRetry,
  });
}

/** Reads whose last Retry was the user's: their failure is the result of the user's action, announced even when another panel holds the alert. */
const retriedByUser = new WeakSet<object>();

export interface StateViews<T> {
  /** The error's headline, a whole sentence: "The credits balance could not be loaded." */
  failed: string;
  loading: () => unknown;
  empty?: () => unknown;
  data: (data: T) => unknown;
}

/** Render a resource's four states. */
export function renderResource<T>(controller: ResourceReader<T>, views: StateViews<T>): unknown {
  const state = controller.state;
  if (state.status === 'error' && state.error)
    return errorPanel(
      views.failed,
      state.error,
      () => {
        retriedByUser.add(controller);
        void controller.retry();
      },
      retriedByUser.has(controller),
    );
  if (state.data === undefined) return views.loading();
  retriedByUser.delete(controller);
  if (views.empty && controller.isEmpty) return views.empty();
  return views.data(state.data);
}
