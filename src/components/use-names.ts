import { namesOf, type Names } from '../data/registry';
import { useLang } from '../i18n/use-messages';
import { useDatasetContext } from './dataset-context';

/** Entity and metric names from the dataset's registry, in the UI language. */
export function useNames(): Names {
  return namesOf(useDatasetContext(), useLang());
}
