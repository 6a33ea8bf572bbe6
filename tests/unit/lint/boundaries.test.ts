// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering and the import cycles are kept by the lint rules in eslint.config.js; these probes
 * prove they fire. Each lints a made-up file at a real path with the project's own config (only
 * the import-x rules, without type information, so a file that is not on disk can be read).
 */
const eslint = new ESLint({
  overrideConfig: {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('import-x/'),
});

async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries (eslint.config.js)', () => {
  it.each([
    ['data imports a feature', 'src/data/probe.ts', '../features/nev/nev-series'],
    ['state imports lib', 'src/state/probe.ts', '../lib/format'],
    ['i18n imports lib', 'src/i18n/probe.ts', '../lib/format'],
    ['lib imports export', 'src/lib/probe.ts', '../export/csv'],
    ['export imports a component', 'src/export/probe.ts', '../components/charts/point-marker'],
    ['a component imports a feature', 'src/components/probe.ts', '../features/nev/nev-series'],
    ['a feature imports app', 'src/features/nev/probe.ts', '../../app/panels'],
    ['a feature imports another', 'src/features/nev/probe.ts', '../targets/targets-series'],
  ])('%s: no-restricted-paths', async (_, filePath, from) => {
    const fired = await rulesFired(
      filePath,
      `import * as m from '${from}';\nexport const n = m;\n`,
    );
    expect(fired).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['a feature imports lib', 'src/features/nev/probe.ts', '../../lib/format'],
    ['a feature imports its own series', 'src/features/nev/probe.ts', './nev-series'],
    ['lib imports the vocabulary', 'src/lib/probe.ts', '../data/view-vocabulary'],
    ['app imports a feature', 'src/app/probe.ts', '../features/nev/nev-series'],
  ])('%s: allowed', async (_, filePath, from) => {
    const fired = await rulesFired(
      filePath,
      `import * as m from '${from}';\nexport const n = m;\n`,
    );
    expect(fired).toEqual([]);
  });

  it('an import cycle: no-cycle', async () => {
    // filter-summary.ts imports format.ts; format.ts importing it back closes a cycle.
    const code = `import { filterLine } from './filter-summary';\nexport const f = filterLine;\n`;
    expect(await rulesFired('src/lib/format.ts', code)).toContain('import-x/no-cycle');
  });
});
