import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useMessages } from '../i18n/use-messages';
import { setSlideReserve } from '../lib/present-scale';
import { useViewStore } from '../state/view-store';

/**
 * Tells the slides' type scale how much room, in rem, the notice takes above the slide, so the
 * slide shrinks its type and still fits (the notice's own height, its margin, and no less than
 * before: a notice that rewraps onto fewer lines at the smaller size must not grow the type back).
 */
function useReserveRoom(box: RefObject<HTMLElement | null>, active: boolean) {
  useLayoutEffect(() => {
    const el = box.current;
    if (!active || !el) return;
    let most = 0;
    const measure = () => {
      const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const rem = Math.ceil((el.getBoundingClientRect().height / rootPx + 0.5) * 10) / 10;
      if (rem <= most) return;
      most = rem;
      setSlideReserve(rem);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      setSlideReserve(0);
    };
  }, [box, active]);
}

/**
 * Says what part of the opened link was ignored; the rest of the view still applies. On a slide
 * (`compact`) it is one band above the slide, in the layout: the slide makes room for it rather
 * than have its title and figures covered, until the notice is closed.
 */
export function NoticeBar({ compact = false }: { compact?: boolean }) {
  const t = useMessages();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotices);
  const box = useRef<HTMLElement>(null);
  useReserveRoom(box, compact && notices.length > 0);
  if (notices.length === 0) return null;
  return (
    <section
      ref={box}
      role="status"
      aria-labelledby="notice-heading"
      className={
        compact
          ? 'm-[0.5rem] mb-0 flex shrink-0 flex-wrap items-center justify-between gap-x-[1em] gap-y-[0.2rem] rounded-lg border-2 border-warn bg-warn-bg px-[0.6rem] py-[0.2rem] print:hidden'
          : 'flex flex-wrap items-start justify-between gap-3 rounded-lg border-2 border-warn bg-warn-bg p-3 print:hidden'
      }
      data-testid="notice-bar"
    >
      <div className={compact ? 'flex min-w-0 flex-wrap items-baseline gap-x-[0.6em]' : undefined}>
        <h2 id="notice-heading" className="font-semibold">
          <span aria-hidden="true">⚠ </span>
          {t.notices.heading}
          {compact && t.punct.colon}
        </h2>
        <ul className={compact ? 'contents' : 'mt-1 list-disc pl-5'}>
          {notices.map((n, i) => (
            <li key={i}>{t.notices[n.reason](n.param, n.value)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className={compact ? 'present-btn' : 'btn'} onClick={dismiss}>
        {t.notices.dismiss}
      </button>
    </section>
  );
}
