import type { Dataset } from './dataset';
import { DataFileError } from './dataset-error';
import { DATA_FILES, fileName, type DataFileKey } from './raw-dataset';

declare global {
  interface Window {
    /**
     * Test-only seam: end-to-end tests put a corrupt or synthetic dataset here (before the app
     * starts) to exercise the error screen and the benchmark without editing the real data.
     */
    __CQAM_TEST_DATASET__?: unknown;
  }
}

/** One data file as parsed JSON, or a `DataFileError` naming it. */
async function fetchFile(key: DataFileKey): Promise<unknown> {
  const file = fileName(key);
  let response: Response;
  try {
    response = await fetch(DATA_FILES[key]);
  } catch (error) {
    throw new DataFileError(file, 'network', error instanceof Error ? error.message : '');
  }
  if (!response.ok) throw new DataFileError(file, 'http', String(response.status));
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataFileError(file, 'json', error instanceof Error ? error.message : '');
  }
}

/** Every data file, fetched in parallel, as the object `parseDataset` takes. */
export async function fetchRawDataset(): Promise<Record<DataFileKey, unknown>> {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const values = await Promise.all(keys.map(fetchFile));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Record<DataFileKey, unknown>;
}

/**
 * Loads, validates and indexes the dataset. The data files are static JSON assets fetched at
 * run time, in parallel with the schema and the indexer (imported lazily so the first screen's
 * bundle stays small).
 */
export async function loadDataset(): Promise<Dataset> {
  const override = typeof window === 'undefined' ? undefined : window.__CQAM_TEST_DATASET__;
  const [{ parseDataset }, { createDataset }, raw] = await Promise.all([
    import('./schema'),
    import('./dataset'),
    override === undefined ? fetchRawDataset() : Promise.resolve(override),
  ]);
  return createDataset(parseDataset(raw));
}
