import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { HeadlineStrip } from '../../features/headline/headline-strip';
import { SlideTitleContext } from '../../components/slide-title';
import { useMessages } from '../../i18n/use-messages';
import { pickView, viewLink } from '../../state/url-codec';
import { pickFilters, slidesOf } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { PanelSlot } from '../panels';
import { DeckButton } from '../run-sheet';
import { NoticeBar } from '../notice-bar';
import { KeyLabel } from '../../components/key-label';
import { ViewRenderMode } from '../view-render-mode';
import { usePresentationKeys } from './use-presentation-keys';
import { SlideStepper } from './slide-stepper';
import { useSlideSync } from './use-slide-sync';

/**
 * The presenter view: the same app in a second window, kept on the same slide by
 * `useSlideSync`. Returns false when the browser blocked the window.
 */
function openPresenterWindow(): boolean {
  const view = pickView(useViewStore.getState());
  const url = viewLink({ ...view, present: true, presenter: true });
  return window.open(url, 'cqam-presenter', 'popup,width=1200,height=760') !== null;
}

const SlideQr = lazy(() => import('./slide-qr'));
// Loaded when a presentation reaches the milestones slide (an on-demand chunk).
const MilestonesSlide = lazy(() =>
  import('../../features/milestones/milestones-slide').then((m) => ({
    default: m.MilestonesSlide,
  })),
);

// iPhone Safari has no full screen for a page: no button that does nothing there.
const canFullscreen =
  typeof document === 'undefined' ||
  !('fullscreenEnabled' in document) ||
  document.fullscreenEnabled;

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

/**
 * Presentation mode: one slide per panel (or per run-sheet step), large type scaled to the
 * screen, filters as chips, a clicker-friendly keyboard and an optional unattended loop.
 */
export function Presentation() {
  const t = useMessages();
  const state = useViewStore(
    useShallow((s) => ({
      slide: s.slide,
      run: s.run,
      autoplay: s.autoplay,
      qr: s.qr,
      ...pickFilters(s),
    })),
  );
  const setView = useViewStore((s) => s.setView);
  const slides = useMemo(() => slidesOf(state), [state]);
  const count = slides.length;
  const current = Math.min(Math.max(state.slide, 1), count);
  const step = slides[current - 1];
  const slide = step?.slide ?? 'figures';
  const [paused, setPaused] = useState(false);
  const [blocked, setBlocked] = useState(false);
  useSlideSync(current);

  const handlers = useMemo(
    () => ({
      count,
      current,
      go: (n: number) => setView({ slide: n }),
      exit: () => {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        // The slide and its QR code belong to the meeting screen, not to the dashboard's link.
        setView({ present: false, slide: 1, qr: false });
      },
      toggleFullscreen,
      pause: () => setPaused(true),
      toggleAutoplay: () => setPaused((p) => !p),
      toggleQr: () => setView({ qr: !state.qr }),
      openPresenter: () => setBlocked(!openPresenterWindow()),
    }),
    [count, current, setView, state.qr],
  );
  usePresentationKeys(handlers);

  // The unattended loop: advance after the given seconds, back to the first after the last.
  useEffect(() => {
    if (state.autoplay === null || paused) return;
    const timer = window.setTimeout(
      () => setView({ slide: (current % count) + 1 }),
      state.autoplay * 1000,
    );
    return () => window.clearTimeout(timer);
  }, [state.autoplay, paused, current, count, setView]);

  return (
    <div
      className="presentation flex h-dvh flex-col overflow-hidden bg-page text-ink"
      data-testid="presentation"
    >
      <NoticeBar compact />
      <main
        id="main"
        className="flex min-h-0 flex-1 gap-[0.8rem] p-[0.8rem]"
        aria-roledescription={t.present.slide}
        aria-label={t.present.counter(current, count)}
      >
        <div
          // On a phone the slide scrolls rather than squash its charts (styles.css).
          className="min-h-0 min-w-0 flex-1 max-sm:overflow-y-auto"
          data-slide={slide}
          data-slide-box
        >
          {/* The slide is drawn with its own filters: a run-sheet step's, milestones included. */}
          <ViewRenderMode mode="slide" filters={step?.filters}>
            <SlideTitleContext value={step?.title ?? null}>
              {slide === 'figures' ? (
                <HeadlineStrip />
              ) : slide === 'milestones' ? (
                <Suspense fallback={<p aria-busy="true">{t.app.loading}</p>}>
                  <MilestonesSlide />
                </Suspense>
              ) : (
                <PanelSlot id={slide} />
              )}
            </SlideTitleContext>
          </ViewRenderMode>
        </div>
        {/* A column of its own, bottom right: the code never hides a chart's data. */}
        {state.qr && step && (
          <aside className="shrink-0 self-end" data-testid="slide-qr">
            <Suspense fallback={<div className="w-[7.5rem]" />}>
              <SlideQr step={step} />
            </Suspense>
          </aside>
        )}
      </main>
      {blocked && (
        <p role="alert" className="border-t border-line px-[0.8rem] py-[0.2rem] font-semibold">
          {t.present.popupBlocked}
        </p>
      )}
      {/* On a phone the controls wrap onto a second row rather than leave the screen. */}
      <footer
        className="flex flex-wrap items-center justify-between gap-x-[1em] gap-y-1 border-t border-line px-[0.8rem] py-[0.2rem]"
        data-slide-box
      >
        <div className="flex items-center gap-[0.5em]">
          <SlideStepper current={current} count={count} go={handlers.go}>
            <span
              className="font-semibold whitespace-nowrap tabular-nums"
              data-testid="slide-counter"
              aria-live="polite"
            >
              {current} / {count}
            </span>
          </SlideStepper>
        </div>
        {state.autoplay !== null && (
          <button
            type="button"
            className="present-btn"
            onClick={() => setPaused((p) => !p)}
            data-testid="autoplay-indicator"
            data-paused={paused}
          >
            <span aria-hidden="true">{paused ? '❚❚ ' : '▶ '}</span>
            {paused ? (
              <KeyLabel keyed={t.present.paused} touch={t.present.pausedTouch} />
            ) : (
              <KeyLabel
                keyed={t.present.playing(state.autoplay)}
                touch={t.present.playingTouch(state.autoplay)}
              />
            )}
          </button>
        )}
        <div className="flex flex-wrap items-center justify-end gap-[0.5em]">
          <button
            type="button"
            className="present-btn"
            onClick={handlers.toggleQr}
            aria-pressed={state.qr}
          >
            <KeyLabel keyed={t.present.qr} touch={t.present.qrTouch} narrow />
          </button>
          {/* A second window and a file to download are for a desk, not a phone. */}
          <DeckButton className="present-btn max-sm:hidden" />
          <button
            type="button"
            className="present-btn max-sm:hidden"
            onClick={handlers.openPresenter}
          >
            <KeyLabel keyed={t.present.presenterKey} touch={t.present.presenterTouch} />
          </button>
          {canFullscreen && (
            <button type="button" className="present-btn" onClick={toggleFullscreen}>
              <KeyLabel keyed={t.present.fullscreen} touch={t.present.fullscreenTouch} narrow />
            </button>
          )}
          <button type="button" className="present-btn" onClick={handlers.exit}>
            <KeyLabel keyed={t.present.exit} touch={t.present.exitTouch} narrow />
          </button>
        </div>
      </footer>
    </div>
  );
}
