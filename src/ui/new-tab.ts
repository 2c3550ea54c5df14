/** What a link that opens a new tab says about it (visually hidden, inside the link: part of its name). */
import { html } from 'lit';
import { msg } from '../i18n/localize.js';

export const newTabNote = () => html`<span class="visually-hidden"> ${msg('(opens in a new tab)', { id: 'common.new-tab' })}</span>`;
