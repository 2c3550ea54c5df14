import { expect } from '@open-wc/testing';

const root = new URL('../../', import.meta.url);
const text = async (path: string) => {
  const response = await fetch(new URL(path, root));
  expect(response.status, path).to.equal(200);
  return response.text();
};

describe('the package as published', () => {
  it('names its version in a banner on the CDN bundle, and ships the bundled libraries’ licences beside it', async () => {
    const pkg = JSON.parse(await text('package.json')) as { name: string; version: string };
    const bundle = await text('dist/cdn/credits-elements.js');
    expect(bundle.slice(0, 300)).to.contain(`/*! ${pkg.name} ${pkg.version} | MIT |`);
    expect(bundle.slice(0, 200)).to.contain('THIRD-PARTY-LICENSES.md');
    const licences = await text('dist/cdn/THIRD-PARTY-LICENSES.md');
    for (const dependency of ['lit - ', 'lit-html - ', 'zod - ', 'ky - ']) expect(licences, dependency).to.contain(`## ${dependency}`);
    expect(licences).to.contain('BSD 3-Clause License');
    expect(licences).to.contain('MIT License');
  });

  it('declares where it comes from and how it is published', async () => {
    const pkg = JSON.parse(await text('package.json')) as Record<string, unknown>;
    for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'engines']) expect(pkg[field], field).to.exist;
    expect(pkg.publishConfig).to.deep.equal({ access: 'public' });
  });

  it('gives editors the tokens and parts (CSS custom data) and the tags (HTML custom data, web-types)', async () => {
    const css = JSON.parse(await text('dist/vscode.css-custom-data.json')) as { properties: { name: string }[]; pseudoElements?: { name: string }[] };
    const names = css.properties.map((p) => p.name);
    for (const token of ['--credits-color-primary', '--credits-balance-font-size', '--credits-chart-bar-color', '--credits-chart-height', '--credits-table-height']) expect(names, token).to.include(token);
    expect(new Set(names).size, 'each token once').to.equal(names.length);
    expect((css.pseudoElements ?? []).map((p) => p.name)).to.include.members(['::part(card)', '::part(table)']);
    const html = JSON.parse(await text('dist/vscode.html-custom-data.json')) as { tags: { name: string }[] };
    expect(html.tags.map((t) => t.name)).to.include.members(['credits-provider', 'credits-area', 'usage-table']);
    const webTypes = JSON.parse(await text('dist/web-types.json')) as { contributions: { html: { elements: { name: string }[] } } };
    expect(webTypes.contributions.html.elements.map((e) => e.name)).to.include('purchase-wizard');
  });
});
