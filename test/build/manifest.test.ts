import { expect } from '@open-wc/testing';
import { isCreditsElement, tagNames } from '../../src/tags.js';

interface Manifest {
  modules: {
    path: string;
    declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[] }[];
    exports?: { kind: string; name: string; declaration: { module?: string } }[];
  }[];
}
const root = new URL('../../', import.meta.url);
let manifest: Manifest;

describe('custom-elements.json as published', () => {
  before(async () => {
    manifest = (await (await fetch(new URL('custom-elements.json', root))).json()) as Manifest;
  });

  it('names modules that exist in the package (dist/, built)', async () => {
    const paths = new Set(manifest.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((x) => x.declaration.module ?? m.path)]));
    for (const path of paths) {
      expect(path, path).to.match(/^dist\/.+\.js$/);
      expect((await fetch(new URL(path, root))).status, path).to.equal(200);
    }
  });

  it('has a custom-element-definition export for every element, in its define.js', () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    const defined = manifest.modules.flatMap((m) => (m.exports ?? []).filter((x) => x.kind === 'custom-element-definition').map((x) => ({ tag: x.name, path: m.path })));
    expect(defined.map((d) => d.tag).sort()).to.deep.equal([...tags].sort());
    for (const d of defined) expect(d.path).to.equal(`dist/elements/${d.tag}/define.js`);
  });

  it('types every event, and the provider and the area list every event of every element', () => {
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const all = new Set(elements.flatMap((d) => (d.events ?? []).map((e) => e.name)));
    for (const d of elements) for (const e of d.events ?? []) expect(e.type?.text, `${d.tagName} ${e.name}`).to.match(/^CustomEvent<\w+>$/);
    for (const tag of ['credits-provider', 'credits-area']) {
      const names = elements.find((d) => d.tagName === tag)!.events!.map((e) => e.name);
      expect([...names].sort(), tag).to.deep.equal([...all].sort());
    }
  });

  it('exports the tag names the manifest declares (isCreditsElement for Vue)', () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect([...tagNames].sort()).to.deep.equal([...tags].sort());
    expect(isCreditsElement('usage-table')).to.equal(true);
    expect(isCreditsElement('credits-balanse')).to.equal(false);
    expect(isCreditsElement('div')).to.equal(false);
  });
});
