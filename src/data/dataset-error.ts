/** What is wrong with a record, as a code the message catalog turns into words. */
export type ProblemCode =
  | 'type'
  | 'value'
  | 'too-long'
  | 'too-short'
  | 'unknown-field'
  | 'format'
  | 'period'
  | 'unit'
  | 'figure'
  | 'rank-kind'
  | 'rank-peers'
  | 'duplicate'
  | 'unknown-source'
  | 'unknown-conflict'
  | 'unknown-entity'
  | 'unknown-metric'
  | 'derived-metric'
  | 'lonely-conflict'
  | 'other';

/** Where a dataset failed validation, in terms a user can act on. */
export interface DatasetProblem {
  /** e.g. `observations[12]` */
  record: string;
  /** The record's id when it has one. */
  recordId: string | null;
  field: string;
  code: ProblemCode;
  /** Language-neutral detail: the expected type, the allowed values, the offending id. */
  detail: string;
}

/** Thrown by `parseDataset`; kept apart from the schema so the error screen does not load zod. */
export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      problems
        .map(
          (p) =>
            `${p.record}${p.recordId ? ` (${p.recordId})` : ''} ${p.field}: ${p.code} ${p.detail}`,
        )
        .join('; '),
    );
    this.name = 'DatasetError';
  }
}

/** Why a data file could not be read, before any record is checked. */
export type DataFileProblem = 'network' | 'http' | 'json';

/** Thrown by `loadDataset` when a data file is missing, unreachable or not JSON: names the file. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DataFileProblem,
    readonly detail: string,
  ) {
    super(`${file}: ${problem} ${detail}`);
    this.name = 'DataFileError';
  }
}
