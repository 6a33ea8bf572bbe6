import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { useRenderMode } from './render-mode';

/**
 * Renders its children once they come near the viewport, and keeps them. Charts further down the
 * page then cost nothing until the reader gets there: the first screen stays light and filter
 * changes redraw only what has been seen. Without IntersectionObserver, renders at once; on paper
 * (the print briefing, or the browser printing) too, since paper has no scrolling to wait for.
 */
export function WhenVisible({
  children,
  placeholderClass,
}: {
  children: ReactNode;
  placeholderClass: string;
}) {
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');
  const { onPaper } = useRenderMode();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown || onPaper || !box.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: React draws the chart in slices and the page stays responsive.
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setShown(true));
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [shown, onPaper]);
  return shown || onPaper ? (
    children
  ) : (
    <div ref={box} className={placeholderClass} data-testid="chart-placeholder" />
  );
}
