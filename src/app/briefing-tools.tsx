import { useDatasetContext } from '../components/dataset-context';
import { sourceLine } from '../components/panel/source-lines';
import { exportContext } from '../export/export-context';
import { useLang, useMessages } from '../i18n/use-messages';
import { viewLink } from '../state/url-codec';
import { defaultView } from '../state/view';
import { useViewStore } from '../state/view-store';

/** Whole-dashboard outputs: the print briefing and every figure as one CSV. */
export function BriefingTools() {
  const dataset = useDatasetContext();
  const t = useMessages();
  const lang = useLang();

  const downloadAll = async () => {
    const { exportDataset } = await import('../export/run-export');
    await exportDataset(
      dataset,
      exportContext(dataset, t, lang, {
        subject: t.exportText.dataset,
        headline: t.app.dataNote,
        filters: t.exportText.allData,
        sources: sourceLine([...dataset.sources.values()], lang),
        // All data, so no filters: the dashboard as it opens, in this language.
        link: viewLink(defaultView(lang)),
      }),
    );
  };

  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <button
        type="button"
        className="btn"
        onClick={() => useViewStore.setState({ printing: true })}
      >
        {t.exportText.print}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => void downloadAll()}
        data-testid="download-all"
      >
        {t.exportText.dataset}
      </button>
    </div>
  );
}
