// npm run data:check [-- --sources DIR] [--data-dir DIR]: every data check, a summary, exit 0 or 1.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(import.meta.dirname, '..');
const { module: desk } = await runnerImport(resolve(root, 'scripts/data-desk.ts'));
const sources = option('--sources');
const result = desk.runCheck(
  resolve(option('--data-dir') ?? resolve(root, 'src/data')),
  sources ? resolve(sources) : null,
);
for (const line of result.lines) console.log(line);
process.exit(result.ok ? 0 : 1);
