import { Suspense, lazy, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useDatasetContext } from './dataset-context';
import { useMessages } from '../i18n/use-messages';
import { SourceDialogContext } from './source-dialog-context';
import { useBackCloses } from '../state/use-back-closes';

// The dialog's content loads with the first question about a source, not with the page.
const Provenance = lazy(() => import('./provenance').then((m) => ({ default: m.Provenance })));

/**
 * One modal dialog for every "where does this come from?" question. The native <dialog> gives
 * focus trapping and Esc; focus goes back to whatever opened it; Back closes it.
 */
export function SourceDialogProvider({ children }: { children: ReactNode }) {
  const t = useMessages();
  const dataset = useDatasetContext();
  const [figureId, setFigureId] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = useCallback((id: string) => {
    if (!dialog.current?.open && document.activeElement instanceof HTMLElement) {
      opener.current = document.activeElement;
    }
    setFigureId(id);
  }, []);

  // Fetch the dialog's code once the page is idle, so the first question opens at once.
  useEffect(() => {
    const id = window.setTimeout(() => void import('./provenance'), 2000);
    return () => window.clearTimeout(id);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (figureId !== null && d && !d.open) d.showModal();
  }, [figureId]);

  // Back closes the dialog (a phone's swipe), not the view behind it.
  useBackCloses(figureId !== null, () => dialog.current?.close());

  const onClose = () => {
    setFigureId(null);
    opener.current?.focus();
  };
  const figure = figureId === null ? undefined : dataset.figure(figureId);

  return (
    <SourceDialogContext value={open}>
      {children}
      <dialog
        ref={dialog}
        onClose={onClose}
        aria-labelledby="source-dialog-title"
        className="m-auto w-[min(42rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50"
      >
        <div className="flex items-start justify-between gap-4 border-b border-line p-4">
          <h2 id="source-dialog-title" className="text-lg font-semibold">
            {t.source.title}
          </h2>
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            {t.source.close}
          </button>
        </div>
        <div className="max-h-[70vh] overflow-y-auto p-4">
          {figure && (
            <Suspense fallback={<p aria-busy="true">{t.app.loading}</p>}>
              <Provenance figure={figure} dataset={dataset} onOpen={open} />
            </Suspense>
          )}
        </div>
      </dialog>
    </SourceDialogContext>
  );
}
