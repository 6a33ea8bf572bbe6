import conflicts from '../../../src/data/conflicts.json';
import entities from '../../../src/data/entities.json';
import metrics from '../../../src/data/metrics.json';
import milestones from '../../../src/data/milestones.json';
import observations from '../../../src/data/observations.json';
import sources from '../../../src/data/sources.json';
import { createDataset } from '../../../src/data/dataset';
import { filterChoices } from '../../../src/data/registry';
import { parseDataset } from '../../../src/data/schema';
import { setChoices } from '../../../src/state/choices';

/** The real dataset, validated and indexed as the app does it. */
export const dataset = createDataset(
  parseDataset({ sources, conflicts, observations, milestones, entities, metrics }),
);

// The list filters' choices, as the app sets them once the dataset has loaded.
setChoices(filterChoices(dataset));
