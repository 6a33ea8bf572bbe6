import { createContext, useContext } from 'react';
import type { Dataset } from '../data/dataset';

/** The loaded dataset, for components deep in a chart that need sources or conflicts. */
export const DatasetContext = createContext<Dataset | null>(null);

export function useDatasetContext(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('useDatasetContext outside a loaded dataset');
  return dataset;
}
