import type { Dataset } from './dataset';
import { DataFileError, DatasetError } from './dataset-error';
import { setLoadStage } from './load-progress';
import { DATA_FILES, fileName, type DataFileKey } from './raw-dataset';
import type { RawDataset } from './types';
import type { WorkerReply } from './worker-protocol';

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
 * Above this many characters of JSON the files are parsed and validated in a Web Worker: for
 * tens of thousands of records that keeps the main thread free for a third of a second or more.
 * The real data (about 85 kB) stays on the main thread, where no worker has to start.
 */
export const WORKER_ABOVE = 1_000_000;

/** One data file's text, or a `DataFileError` naming it. */
async function fetchText(key: DataFileKey): Promise<string> {
  const file = fileName(key);
  let response: Response;
  try {
    response = await fetch(DATA_FILES[key]);
  } catch (error) {
    throw new DataFileError(file, 'network', error instanceof Error ? error.message : '');
  }
  if (!response.ok) throw new DataFileError(file, 'http', String(response.status));
  return response.text();
}

/** Every data file's text, fetched in parallel. */
async function fetchTexts(): Promise<Record<DataFileKey, string>> {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const values = await Promise.all(keys.map(fetchText));
  return Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Record<DataFileKey, string>;
}

/** The files as the object `parseDataset` takes, parsed here, on the main thread. */
function parseTexts(texts: Record<DataFileKey, string>): Record<DataFileKey, unknown> {
  return Object.fromEntries(
    Object.entries(texts).map(([key, text]) => {
      try {
        return [key, JSON.parse(text) as unknown];
      } catch (error) {
        const detail = error instanceof Error ? error.message : '';
        throw new DataFileError(fileName(key as DataFileKey), 'json', detail);
      }
    }),
  ) as Record<DataFileKey, unknown>;
}

/** Parses and validates in a module worker; null where workers are unavailable. */
function parseInWorker(texts: Record<DataFileKey, string>): Promise<RawDataset> | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<RawDataset>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) return resolve(reply.data);
      const { error } = reply;
      if (error.kind === 'json') reject(new DataFileError(error.file, 'json', error.detail));
      else if (error.kind === 'dataset') reject(new DatasetError(error.problems));
      else reject(new Error(error.detail));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ texts });
  });
}

/**
 * Loads, validates and indexes the dataset. The data files are static JSON assets fetched at
 * run time, in parallel with the schema and the indexer (imported lazily so the first screen's
 * bundle stays small). A large dataset is parsed and validated in a worker.
 */
export async function loadDataset(): Promise<Dataset> {
  setLoadStage({ step: 'files' });
  const override = typeof window === 'undefined' ? undefined : window.__CQAM_TEST_DATASET__;
  const [{ parseDataset }, { createDataset }, texts] = await Promise.all([
    import('./schema'),
    import('./dataset'),
    override === undefined ? fetchTexts() : Promise.resolve(null),
  ]);
  const bytes = texts ? Object.values(texts).reduce((n, t) => n + t.length, 0) : 0;
  setLoadStage({ step: 'checking', bytes });
  const inWorker = texts && bytes > WORKER_ABOVE ? parseInWorker(texts) : null;
  const raw = inWorker ? await inWorker : parseDataset(texts ? parseTexts(texts) : override);
  setLoadStage({ step: 'indexing', records: raw.observations.length });
  // A large load: a moment for the loading line to say so before indexing takes the thread.
  if (bytes > WORKER_ABOVE) await new Promise((resolve) => setTimeout(resolve, 0));
  return createDataset(raw);
}
