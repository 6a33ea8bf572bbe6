import { Suspense, type ReactNode } from 'react';
import { useMessages } from '../../i18n/use-messages';

/**
 * The boundary around a lazily loaded chart, saying "Loading chart…" until its code is in:
 * a chart's height on a page, the slide's on a slide.
 */
export function ChartLoading({ fill, children }: { fill: boolean; children: ReactNode }) {
  const t = useMessages();
  return (
    <Suspense
      fallback={
        <p
          className={
            fill
              ? 'flex h-full items-center justify-center text-ink-muted'
              : 'flex h-80 items-center justify-center text-ink-muted'
          }
        >
          {t.panel.loadingChart}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
