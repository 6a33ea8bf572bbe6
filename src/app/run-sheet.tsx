import { useState } from 'react';
import { useDatasetContext } from '../components/dataset-context';
import { LazyQrCode } from '../components/lazy-qr';
import { shortSourceLine } from '../components/panel/source-lines';
import { useLang, useMessages } from '../i18n/use-messages';
import { pickView } from '../state/url-codec';
import { runSheetLink, withoutNotes } from '../state/run-link';
import { useViewStore } from '../state/view-store';
import { RunSheetStep } from './run-sheet-step';

/** Read when asked (this is `runSheetLink`): it follows every edit without re-rendering on each view change. */
const currentRunLink = () => {
  const s = useViewStore.getState();
  return runSheetLink(pickView(s), s.pinLang);
};
/** The same walk-through without the speaker notes: what the QR code carries when notes make it too long. */
const currentRunLinkNoNotes = () => {
  const s = useViewStore.getState();
  return runSheetLink(withoutNotes(pickView(s)), s.pinLang);
};

/**
 * The run sheet's code: at least 3 CSS px a module (a ~900-character link drawn in a fixed
 * 160 px square was 1.7 px a module: too dense for a phone), growing with the link up to 400 px
 * (about 1,100 characters) or the screen's width less the page's margins, whichever is less. A
 * longer link's code carries the walk-through without its notes, and says so.
 */
const RUN_QR = { minSide: 160, maxSide: 400, margins: 64, modulePx: 3 } as const;

/**
 * The meeting's run sheet: an ordered list of views, each a slide with its own filters, title and
 * speaker notes, kept in the URL so the whole walk-through is one link. Its own link opens the
 * walk-through presenting from slide 1. Open from the start when the page has one (a presenter
 * who left the slides with Esc lands on it).
 */
export function RunSheet() {
  const t = useMessages();
  const run = useViewStore((s) => s.run);
  const pinLang = useViewStore((s) => s.pinLang);
  const { addRunStep, setView } = useViewStore.getState();
  const [open, setOpen] = useState(() => run.length > 0);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(currentRunLink());
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  };

  return (
    <details
      className="rounded-lg border border-line bg-surface p-3 print:hidden"
      data-testid="run-sheet"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold">{t.run.heading(run.length)}</summary>
      <p className="mt-1 text-sm text-ink-muted">{t.run.intro}</p>
      {run.length === 0 ? (
        <p className="mt-2 text-sm">{t.run.empty}</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {run.map((step, i) => (
            <RunSheetStep key={i} step={step} index={i} count={run.length} />
          ))}
        </ol>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
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
            <button type="button" className="btn" onClick={() => void copyLink()}>
              {t.run.copyLink}
            </button>
            <label className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={pinLang}
                onChange={(e) => useViewStore.setState({ pinLang: e.target.checked })}
              />
              {t.run.pinLang}
            </label>
            <button type="button" className="btn" onClick={() => setView({ run: [], slide: 1 })}>
              {t.run.clear}
            </button>
          </>
        )}
        {/* With no steps the deck has every slide, as presenting does. */}
        <DeckButton className="btn" />
      </div>
      {run.length > 0 && <p className="mt-1 text-xs text-ink-muted">{t.run.pinLangHint}</p>}
      <p role="status" className={copy === 'copied' ? 'mt-1 text-sm' : 'sr-only'}>
        {copy === 'copied' ? t.run.copied : ''}
      </p>
      {/* Once the link is asked for, its code too: phones in the room open the walk-through. */}
      {copy !== 'idle' && run.length > 0 && (
        <div className="mt-2 w-fit rounded bg-white p-1" data-testid="run-sheet-qr">
          <LazyQrCode
            value={currentRunLink()}
            size={RUN_QR.minSide}
            modulePx={RUN_QR.modulePx}
            shorter={{
              value: currentRunLinkNoNotes(),
              maxSide: Math.min(RUN_QR.maxSide, window.innerWidth - RUN_QR.margins),
              note: t.run.qrWithoutNotes,
            }}
          />
        </div>
      )}
      {copy === 'manual' && (
        <label className="mt-1 block text-sm" data-testid="run-link-manual">
          {t.share.manual}
          <input
            readOnly
            value={currentRunLink()}
            aria-label={t.run.linkLabel}
            className="mt-1 w-full rounded border border-line bg-page p-1 font-mono text-xs"
            onFocus={(e) => e.target.select()}
          />
        </label>
      )}
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
