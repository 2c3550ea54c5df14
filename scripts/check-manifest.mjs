// Regenerates custom-elements.json from src/ with the analyzer, in a stable
// order (modules sorted by path: the analyzer follows the file system's order,
// which differs between checkouts). With --check (CI), fails instead when the
// committed copy differs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = 'custom-elements.json';
const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
execFileSync('npx', ['cem', 'analyze'], { stdio: ['ignore', 'ignore', 'inherit'] });
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
writeFileSync(file, fresh);
if (fresh !== committed) {
  if (process.argv.includes('--check')) {
    writeFileSync(file, committed);
    console.error(`${file} is stale: run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${file} regenerated: commit it.`);
} else {
  console.log(`${file} is up to date.`);
}
