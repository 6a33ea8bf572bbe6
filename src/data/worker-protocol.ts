import type { DatasetProblem } from './dataset-error';
import type { RawDataset } from './types';

/** The data files' texts, by key, for the parse worker. */
export interface WorkerRequest {
  texts: Record<string, string>;
}

/** The validated dataset, or what was wrong with it (as plain data the error screen reads). */
export type WorkerReply =
  | { ok: true; data: RawDataset }
  | {
      ok: false;
      error:
        | { kind: 'json'; file: string; detail: string }
        | { kind: 'dataset'; problems: DatasetProblem[] }
        | { kind: 'other'; detail: string };
    };
