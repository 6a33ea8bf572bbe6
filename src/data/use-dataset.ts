import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadDataset } from './load-dataset';

/** The dataset through TanStack Query: loaded once, never stale, not retried when invalid. */
export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: loadDataset,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export function useDataset() {
  return useQuery(datasetQuery);
}
