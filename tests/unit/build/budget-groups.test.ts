import { describe, expect, it } from 'vitest';
import { groupChunks, type ManifestChunk } from '../../../scripts/budget-groups.mjs';

/** A small build: the entry, a lazy panel, and on-demand code reached in the ways it is. */
const manifest: Record<string, ManifestChunk> = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/app/panels.tsx', 'src/app/presentation/presentation.tsx'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_shared.js': { file: 'assets/shared.js' },
  'src/app/panels.tsx': {
    file: 'assets/panels.js',
    imports: ['_shared.js'],
    dynamicImports: ['src/export/run-export.ts', 'src/export/deck.ts'],
  },
  // Uses a chunk that viewing code uses too: that one stays viewing.
  'src/export/run-export.ts': { file: 'assets/run-export.js', imports: ['_shared.js'] },
  // The deck's library, imported statically by the deck module.
  'src/export/deck.ts': { file: 'assets/deck.js', imports: ['_pptxgen.js'] },
  '_pptxgen.js': { file: 'assets/pptxgen.js' },
  'src/app/presentation/presentation.tsx': {
    file: 'assets/presentation.js',
    dynamicImports: [
      'src/app/presentation/slide-qr.tsx',
      'node_modules/pptxgenjs/dist/pptxgen.es.js',
    ],
  },
  'src/app/presentation/slide-qr.tsx': {
    file: 'assets/slide-qr.js',
    dynamicImports: ['node_modules/uqr/dist/index.mjs'],
  },
  'node_modules/uqr/dist/index.mjs': { file: 'assets/uqr.js' },
  'node_modules/pptxgenjs/dist/pptxgen.es.js': { file: 'assets/pptxgen-direct.js' },
};

describe('groupChunks', () => {
  const groups = groupChunks(manifest);

  it('puts the entry and its static imports on the first screen', () => {
    expect([...groups.firstScreen].sort()).toEqual(['assets/index.js', 'assets/react.js']);
  });

  it('counts what panels and slides load as viewing, including chunks exports share with them', () => {
    expect([...groups.viewing].sort()).toEqual([
      'assets/index.js',
      'assets/panels.js',
      'assets/presentation.js',
      'assets/react.js',
      'assets/shared.js',
    ]);
  });

  it('counts exports, QR code and deck code (and their libraries) as on demand', () => {
    expect([...groups.onDemand].sort()).toEqual([
      'assets/deck.js',
      'assets/pptxgen-direct.js',
      'assets/pptxgen.js',
      'assets/run-export.js',
      'assets/slide-qr.js',
      'assets/uqr.js',
    ]);
    expect(groups.byRoot['src/app/presentation/slide-qr.tsx']).toEqual([
      'assets/slide-qr.js',
      'assets/uqr.js',
    ]);
  });

  it('keeps on-demand code statically imported by a viewing module in viewing', () => {
    const leaky = {
      ...manifest,
      'src/app/panels.tsx': { file: 'assets/panels.js', imports: ['src/export/run-export.ts'] },
    };
    const { viewing, onDemand } = groupChunks(leaky);
    expect(viewing.has('assets/run-export.js')).toBe(true);
    expect(onDemand.has('assets/run-export.js')).toBe(false);
  });
});
