// Fails when the checked-in custom-elements.json differs from what the analyzer makes from src/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = 'custom-elements.json';
const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
execFileSync('npx', ['cem', 'analyze'], { stdio: ['ignore', 'ignore', 'inherit'] });
const fresh = readFileSync(file, 'utf8');
if (fresh.trim() !== committed.trim()) {
  if (process.env.CI) {
    writeFileSync(file, committed);
    console.error(`${file} is stale: run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.warn(`${file} was stale and has been regenerated: commit it.`);
} else {
  console.log(`${file} is up to date.`);
}
