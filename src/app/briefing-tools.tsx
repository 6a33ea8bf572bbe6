import { today } from '../components/export-menu';
import { sourceLine } from '../components/panel/source-lines';
import type { Dataset } from '../data/dataset';
import { useLang, useMessages } from '../i18n/use-messages';
import { formatDate } from '../lib/format';
import { useViewStore } from '../state/view-store';

/** Whole-dashboard outputs: the print briefing and every figure as one CSV. */
export function BriefingTools({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();

  const downloadAll = async () => {
    const { exportDataset } = await import('../export/run-export');
    const sources = [...dataset.sources.values()];
    const latest =
      sources
        .map((s) => s.date)
        .sort()
        .at(-1) ?? '';
    exportDataset(dataset, {
      lang,
      title: `${t.app.title} — ${t.exportText.dataset}`,
      headline: t.app.dataNote,
      filters: t.exportText.allData,
      sources: `${t.panel.sources}${t.punct.colon}${sourceLine(sources, lang)}`,
      dataDate: t.exportText.dataDate(formatDate(latest, lang), formatDate(today(), lang)),
      exportedOn: today(),
      link: `${window.location.origin}${window.location.pathname}?lang=${lang}&v=2`,
    });
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
