import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { simulatedGateways, storySim } from './support.js';
import '../themes/partner.css';

/** The same elements in the default light theme, the dark theme, and a partner theme built only from tokens and parts. */
const meta: Meta = {
  title: 'Themes/Side by side',
  parameters: { layout: 'fullscreen', a11y: { test: 'error' } },
};
export default meta;

const column = (label: string, theme: 'light' | 'dark', className = '', background = '#ffffff') =>
  html`<section style="flex:1 1 360px;min-width:0;padding:16px;background:${background}">
    <h2 style="font:600 14px system-ui;margin:0 0 12px;color:${theme === 'dark' ? '#e2e8f0' : '#334155'}">${label}</h2>
    <credits-provider api-base="/api" organisation="org_42" locale="en-IN" theme=${theme} class=${className} .fetch=${storySim().fetch} .gateways=${simulatedGateways()}>
      <div style="display:grid;gap:16px">
        <credits-balance expected-photos="5000"></credits-balance>
        <subscription-card></subscription-card>
      </div>
    </credits-provider>
  </section>`;

export const SideBySide: StoryObj = {
  render: () => html`<div style="display:flex;flex-wrap:wrap">
    ${column('Default (light)', 'light')} ${column('Dark: theme="dark"', 'dark', '', '#0f172a')}
    ${column('Partner: themes/partner.css', 'light', 'credits-theme-acme', '#f5efe2')}
  </div>`,
};
