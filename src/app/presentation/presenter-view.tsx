import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SlideTitleContext } from '../../components/slide-title';
import { HeadlineStrip } from '../../features/headline/headline-strip';
import { useMessages } from '../../i18n/use-messages';
import type { Messages } from '../../i18n/messages';
import { pickFilters, slidesOf, type RunStep } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { PanelSlot } from '../panels';
import { ViewRenderMode } from '../view-render-mode';
import { usePresentationKeys } from './use-presentation-keys';
import { useSlideSync } from './use-slide-sync';
import { slideTitle } from '../../lib/document-meta';
import { SlideStepper } from './slide-stepper';

const title = (step: RunStep | undefined, t: Messages) =>
  !step ? '' : (step.title ?? slideTitle(step.slide, t));

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** Time since the presenter view opened (or was reset), ticking each second. */
function useElapsed(): [number, () => void] {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return [
    Math.max(0, now - start),
    () => {
      setStart(Date.now());
      setNow(Date.now());
    },
  ];
}

// The audience's milestones slide, the same on-demand chunk the presentation loads.
const MilestonesSlide = lazy(() =>
  import('../../features/milestones/milestones-slide').then((m) => ({
    default: m.MilestonesSlide,
  })),
);

/** How small the next slide is drawn: a slide laid out at the window's size, zoomed out. */
const PREVIEW_ZOOM = 0.3;

/** The next slide, small and inert: drawn as the audience will see it, not for reading aloud. */
function SlidePreview({ step }: { step: RunStep }) {
  const t = useMessages();
  return (
    <div
      className="pointer-events-none overflow-hidden rounded-md border-2 border-line"
      aria-hidden="true"
      inert
      data-testid="presenter-preview"
    >
      <div className="p-[0.8rem]" style={{ zoom: PREVIEW_ZOOM, width: '100vw', height: '100vh' }}>
        <ViewRenderMode mode="slide" filters={step.filters}>
          <SlideTitleContext value={step.title ?? null}>
            {step.slide === 'figures' ? (
              <HeadlineStrip />
            ) : step.slide === 'milestones' ? (
              // The timeline as the audience will see it (the step's years): its count and first
              // events tell the presenter what comes, where its name alone said nothing.
              <Suspense
                fallback={<p className="text-3xl font-semibold">{slideTitle('milestones', t)}</p>}
              >
                <MilestonesSlide />
              </Suspense>
            ) : (
              <PanelSlot id={step.slide} />
            )}
          </SlideTitleContext>
        </ViewRenderMode>
      </div>
    </div>
  );
}

/**
 * The presenter's own window (opened with `S`): this slide's speaker notes, the next slide's
 * title, a timer and the count, like presentation software's presenter view. It moves with the
 * audience screen both ways (see `useSlideSync`); the audience screen never shows the notes.
 */
export function PresenterView() {
  const t = useMessages();
  const state = useViewStore(
    useShallow((s) => ({ slide: s.slide, run: s.run, ...pickFilters(s) })),
  );
  const setView = useViewStore((s) => s.setView);
  const slides = useMemo(() => slidesOf(state), [state]);
  const count = slides.length;
  const current = Math.min(Math.max(state.slide, 1), count);
  const step = slides[current - 1];
  const next = slides[current];
  const [elapsed, reset] = useElapsed();
  useSlideSync(current);

  const handlers = useMemo(
    () => ({
      count,
      current,
      go: (n: number) => setView({ slide: n }),
      exit: () => window.close(),
      toggleFullscreen: () => undefined,
      pause: () => undefined,
      toggleAutoplay: () => undefined,
      toggleQr: () => undefined,
    }),
    [count, current, setView],
  );
  usePresentationKeys(handlers);

  return (
    <main
      id="main"
      className="grid h-dvh grid-cols-[2fr_1fr] grid-rows-[auto_1fr_auto] gap-[0.8rem] bg-page p-[0.8rem] text-ink"
      data-testid="presenter-view"
      aria-label={t.present.presenterHeading}
    >
      <header className="col-span-2 flex flex-wrap items-baseline justify-between gap-[1rem]">
        <h1 className="text-[1.2rem] font-bold">{t.present.presenterHeading}</h1>
        <span className="font-semibold tabular-nums" data-testid="presenter-counter">
          {current} / {count}
        </span>
      </header>
      <section className="min-h-0 overflow-auto" aria-labelledby="presenter-current">
        <h2
          id="presenter-current"
          className="text-[1.3rem] leading-tight font-bold"
          data-testid="presenter-title"
        >
          {title(step, t)}
        </h2>
        <h3 className="mt-[0.6rem] text-[0.9rem] text-ink-muted">{t.present.notes}</h3>
        <p className="text-[1.1rem] leading-snug whitespace-pre-wrap" data-testid="presenter-notes">
          {step?.notes ?? t.present.noNotes}
        </p>
      </section>
      <aside className="min-h-0 space-y-[0.6rem]" aria-label={t.present.nextSlide}>
        <h2 className="text-[0.9rem] text-ink-muted">{t.present.nextSlide}</h2>
        <p
          className="rounded-md border-2 border-line p-[0.5rem] text-[1rem] font-semibold"
          data-testid="presenter-next"
        >
          {next ? title(next, t) : t.present.lastSlide}
        </p>
        {next && <SlidePreview step={next} />}
        <h2 className="text-[0.9rem] text-ink-muted">{t.present.elapsed}</h2>
        <p
          className="text-[2rem] font-bold tabular-nums"
          data-testid="presenter-timer"
          role="timer"
        >
          {clock(elapsed)}
        </p>
        <button type="button" className="present-btn" onClick={reset}>
          {t.present.resetTimer}
        </button>
      </aside>
      <footer className="col-span-2 flex items-center gap-[0.5em] border-t border-line pt-[0.2rem]">
        <SlideStepper current={current} count={count} go={handlers.go} />
      </footer>
    </main>
  );
}
