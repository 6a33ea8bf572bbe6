import type { Dataset } from '../data/dataset';
import { useLang, useMessages } from '../i18n/use-messages';
import { newestMonth } from '../lib/data-stamp';
import { formatDate } from '../lib/format';
import { DATASET_VERSION } from '../data/dataset-version';

/**
 * "Data as of Jan 2026 · dataset 3f9a2c1": which data the page shows, so a reader can tell a
 * stale copy (an offline one, a printout) from the current one and cite the version.
 */
export function DataStamp({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const month = newestMonth([...dataset.sources.values()].map((s) => s.date));
  return (
    <span data-testid="data-stamp">
      {t.app.dataStamp(month ? formatDate(month, lang) : '—', DATASET_VERSION)}
    </span>
  );
}
