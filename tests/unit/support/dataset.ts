import conflicts from '../../../src/data/conflicts.json';
import milestones from '../../../src/data/milestones.json';
import observations from '../../../src/data/observations.json';
import sources from '../../../src/data/sources.json';
import { createDataset } from '../../../src/data/dataset';
import { parseDataset } from '../../../src/data/schema';

/** The real dataset, validated and indexed as the app does it. */
export const dataset = createDataset(
  parseDataset({ sources, conflicts, observations, milestones }),
);
