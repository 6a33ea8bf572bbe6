import conflicts from './conflicts.json?url';
import entities from './entities.json?url';
import metrics from './metrics.json?url';
import milestones from './milestones.json?url';
import observations from './observations.json?url';
import sources from './sources.json?url';

/**
 * Where each data file is served. The build emits them as content-hashed static JSON assets
 * (never inlined: see `assetsInlineLimit` in vite.config.ts), so the data is fetched and cached
 * apart from the code, precached by the service worker, and a data update changes no chunk.
 * Maintainers keep editing the files here, in src/data; in dev the same URLs serve them.
 */
export const DATA_FILES = {
  sources,
  conflicts,
  observations,
  milestones,
  entities,
  metrics,
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

/** The file name a maintainer knows, for error messages: `observations.json`. */
export const fileName = (key: DataFileKey): string => `${key}.json`;
