// npm run data:import -- FILE.csv [--entities E.csv] [--sources-file S.csv] [--update] [--dry-run]
// [--data-dir DIR] [--sources ARTICLES_DIR]: merges spreadsheet rows into the data files, all files or none (docs/data.md).
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const WITH_VALUE = ['--entities', '--sources-file', '--data-dir', '--sources'];
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter(
  (a, i) => !a.startsWith('--') && !WITH_VALUE.includes(args[i - 1] ?? ''),
);
const input = (path) =>
  path ? { name: basename(path), text: readFileSync(path, 'utf8') } : undefined;
if (
  positional.length > 1 ||
  (!positional.length && !option('--entities') && !option('--sources-file'))
) {
  console.error(
    'Usage: npm run data:import -- FILE.csv [--entities E.csv] [--sources-file S.csv] [--update] [--dry-run] [--data-dir DIR]',
  );
  process.exit(1);
}
const root = resolve(import.meta.dirname, '..');
const { module: desk } = await runnerImport(resolve(root, 'scripts/data-desk.ts'));
const result = await desk.runImport({
  dataDir: resolve(option('--data-dir') ?? resolve(root, 'src/data')),
  observations: input(positional[0]),
  entities: input(option('--entities')),
  sources: input(option('--sources-file')),
  update: args.includes('--update'),
  dryRun: args.includes('--dry-run'),
  articles: option('--sources') ? resolve(option('--sources')) : undefined,
});
for (const line of result.lines) console.log(line);
process.exit(result.ok ? 0 : 1);
