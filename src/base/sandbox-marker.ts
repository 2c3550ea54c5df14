/**
 * The **Sandbox** marker every element shows on the simulated backend, so nobody mistakes it for
 * real money. It lives in the shadow root, outside the element's template, with no part and no
 * token: the page cannot restyle or hide it.
 */
import { css } from 'lit';
import { msg } from '../i18n/localize.js';

const CLASS = 'credits-sandbox-marker';

export const sandboxMarkerStyles = css`
  .credits-sandbox-marker {
    all: initial;
    display: block;
    width: fit-content;
    margin: 0 0 6px auto;
    padding: 2px 8px;
    border: 1px solid #8a5a00;
    border-radius: 4px;
    background: #fff3c4;
    color: #5c3b00;
    font: 600 12px/1.4 system-ui, sans-serif;
    letter-spacing: 0.02em;
    visibility: visible;
    opacity: 1;
  }
`;

/** Adds, updates or removes the marker at the top of `root`. */
export function syncSandboxMarker(root: ParentNode, on: boolean): void {
  // Among the root's own children (`:scope` matches nothing in a shadow root's querySelector).
  let marker = [...root.children].find((child) => child.classList.contains(CLASS));
  if (!on) {
    marker?.remove();
    return;
  }
  if (!marker) {
    marker = document.createElement('span');
    marker.className = CLASS;
    marker.setAttribute('role', 'note');
    root.prepend(marker);
  }
  const text = msg('Sandbox', { id: 'common.sandbox' });
  if (marker.textContent !== text) marker.textContent = text;
  marker.setAttribute('title', msg('Sandbox: simulated data, no real money', { id: 'common.sandbox-title' }));
}
