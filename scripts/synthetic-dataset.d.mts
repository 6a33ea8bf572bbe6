// Types for synthetic-dataset.mjs, which the TypeScript tests import.
type Rec = Record<string, unknown> & { id: string };
export interface SyntheticDataset {
  sources: Rec[];
  conflicts: Rec[];
  observations: (Rec & { entity: string; period: string; source: string })[];
  milestones: Rec[];
  entities: (Rec & { type: string; name: { en: string; zh: string } })[];
  metrics: Rec[];
}
export const DATA_FILES: readonly (keyof SyntheticDataset)[];
export function syntheticDataset(options?: {
  seed?: number;
  scale?: 10 | 100 | 1000;
}): SyntheticDataset;
export function writeDataset(dataset: SyntheticDataset, dir: string): void;
