import { useQuery } from '@tanstack/react-query';
import { loadDataset } from './load-dataset';

/** The dataset through TanStack Query: loaded once, never stale, not retried when invalid. */
export function useDataset() {
  return useQuery({
    queryKey: ['dataset'],
    queryFn: loadDataset,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
