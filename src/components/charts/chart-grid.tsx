import type { ReactNode } from 'react';
import { useRenderMode } from '../render-mode';

/**
 * Lays out a panel's charts: the given grid on a page; side by side and filling the slide in
 * presentation mode; two to a row on paper (the print stylesheet's `.chart-grid`, whatever the
 * screen's breakpoints, and the print briefing's preview on screen).
 */
export function ChartGrid({ className, children }: { className: string; children: ReactNode }) {
  const { mode } = useRenderMode();
  const present = mode === 'slide';
  const printing = mode === 'paper';
  // Slides: every chart side by side, one under the other on a phone or in a narrow frame.
  const layout = present
    ? 'grid h-full auto-cols-fr grid-flow-col gap-[1rem] max-sm:grid-flow-row max-sm:auto-rows-[1fr]'
    : printing
      ? 'grid grid-cols-2 gap-4'
      : className;
  return <div className={present ? layout : `chart-grid ${layout}`}>{children}</div>;
}

/**
 * One chart with its title, and a short note under it when the chart is not shown as its
 * neighbours are (counts beside a growth view); fills its grid cell on a slide.
 */
export function ChartCell({
  title,
  note = null,
  children,
}: {
  title: string;
  note?: string | null;
  children: ReactNode;
}) {
  const present = useRenderMode().mode === 'slide';
  return (
    <div
      className={present ? 'flex min-h-0 min-w-0 flex-col' : 'min-w-0'}
      data-chart-cell
      data-chart-title={title}
    >
      <h3 className="mb-1 font-semibold">{title}</h3>
      {note && (
        <p className="mb-1 text-sm text-ink-muted" data-testid="chart-note">
          {note}
        </p>
      )}
      {/* Never below the slide's minimum chart height (0 on a presentation screen). */}
      <div className={present ? 'min-h-(--slide-chart-min) flex-1' : undefined}>{children}</div>
    </div>
  );
}
