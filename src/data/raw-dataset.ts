import conflicts from './conflicts.json';
import entities from './entities.json';
import metrics from './metrics.json';
import milestones from './milestones.json';
import observations from './observations.json';
import sources from './sources.json';

/** The bundled JSON, unvalidated: it goes through `parseDataset` before anything uses it. */
export const rawDataset: unknown = {
  sources,
  conflicts,
  observations,
  milestones,
  entities,
  metrics,
};
