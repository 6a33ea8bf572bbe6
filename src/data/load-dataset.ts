import type { Dataset } from './dataset';

declare global {
  interface Window {
    /**
     * Test-only seam: end-to-end tests put a corrupt or synthetic dataset here (before the app
     * starts) to exercise the error screen and the benchmark without editing the real data.
     */
    __CQAM_TEST_DATASET__?: unknown;
  }
}

/**
 * Loads, validates and indexes the dataset. The JSON and the schema are imported lazily so the
 * first screen's bundle stays small; a remote source could replace the import later.
 */
export async function loadDataset(): Promise<Dataset> {
  const [{ parseDataset }, { createDataset }, bundled] = await Promise.all([
    import('./schema'),
    import('./dataset'),
    import('./raw-dataset'),
  ]);
  const override = typeof window === 'undefined' ? undefined : window.__CQAM_TEST_DATASET__;
  return createDataset(parseDataset(override ?? bundled.rawDataset));
}
