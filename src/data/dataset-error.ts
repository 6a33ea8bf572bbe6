/** Where a dataset failed validation, in words a user can act on. */
export interface DatasetProblem {
  /** e.g. `observations[12]` */
  record: string;
  /** The record's id when it has one. */
  recordId: string | null;
  field: string;
  message: string;
}

/** Thrown by `parseDataset`; kept apart from the schema so the error screen does not load zod. */
export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      problems
        .map((p) => `${p.record}${p.recordId ? ` (${p.recordId})` : ''} ${p.field}: ${p.message}`)
        .join('; '),
    );
    this.name = 'DatasetError';
  }
}
