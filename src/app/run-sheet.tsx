import { useState } from 'react';
import { useDatasetContext } from '../components/dataset-context';
import { shortSourceLine } from '../components/panel/source-lines';
import { useLang, useMessages } from '../i18n/use-messages';
import { useNames } from '../components/use-names';
import { slideTitle } from '../lib/document-meta';
import { filterLine } from '../lib/filter-summary';
import { useViewStore } from '../state/view-store';

/**
 * The meeting's run sheet: an ordered list of views, each a slide with its own filters, kept in
 * the URL so the whole walk-through is one link.
 */
export function RunSheet() {
  const t = useMessages();
  const names = useNames();
  const lang = useLang();
  const run = useViewStore((s) => s.run);
  const { addRunStep, moveRunStep, removeRunStep, setView } = useViewStore.getState();
  const title = (slide: (typeof run)[number]['slide']) => slideTitle(slide, t);

  return (
    <details
      className="rounded-lg border border-line bg-surface p-3 print:hidden"
      data-testid="run-sheet"
    >
      <summary className="cursor-pointer font-semibold">{t.run.heading(run.length)}</summary>
      <p className="mt-1 text-sm text-ink-muted">{t.run.intro}</p>
      {run.length === 0 ? (
        <p className="mt-2 text-sm">{t.run.empty}</p>
      ) : (
        <ol className="mt-2 space-y-1">
          {run.map((step, i) => (
            <li key={i} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold">
                {i + 1}. {title(step.slide)}
              </span>
              <span className="text-ink-muted">
                {filterLine(step.slide, step.filters, t, lang, names)}
              </span>
              <span className="ml-auto flex gap-1">
                <button
                  type="button"
                  className="btn"
                  onClick={() => moveRunStep(i, -1)}
                  disabled={i === 0}
                  aria-label={t.run.up(i + 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() => moveRunStep(i, 1)}
                  disabled={i === run.length - 1}
                  aria-label={t.run.down(i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() => removeRunStep(i)}
                  aria-label={t.run.remove(i + 1)}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={() => addRunStep()}>
          {t.run.add}
        </button>
        <button type="button" className="btn" onClick={() => addRunStep('milestones')}>
          {t.run.addMilestones}
        </button>
        {run.length > 0 && (
          <>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setView({ present: true, slide: 1 })}
            >
              {t.run.present}
            </button>
            <button type="button" className="btn" onClick={() => setView({ run: [], slide: 1 })}>
              {t.run.clear}
            </button>
          </>
        )}
        {/* With no steps the deck has every slide, as presenting does. */}
        <DeckButton className="btn" />
      </div>
    </details>
  );
}

/**
 * "Download as PowerPoint": the run sheet's steps (or every slide) as a deck. pptxgenjs and the
 * deck code load on the click, so the button costs the page only itself. The presentation's
 * controls import it from here: a chunk of its own would cost more than the button.
 */
export function DeckButton({ className }: { className: string }) {
  const t = useMessages();
  const lang = useLang();
  const dataset = useDatasetContext();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className}
      aria-busy={busy}
      disabled={busy}
      data-testid="deck-download"
      onClick={() => {
        setBusy(true);
        void import('../export/deck')
          .then((m) =>
            m.downloadDeck(dataset, t, lang, (sources) => shortSourceLine(sources, lang)),
          )
          .finally(() => setBusy(false));
      }}
    >
      {t.exportText.deck}
    </button>
  );
}
