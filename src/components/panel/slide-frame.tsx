import { useMessages } from '../../i18n/use-messages';
import { ChartLegend } from '../kind-legend';
import { SlideChips } from '../slide-chips';
import { useSlideTitle } from '../slide-title';
import { ChartLoading } from './chart-loading';
import type { PanelProps } from './panel-props';

/**
 * A panel as a slide: title, filter chips, the headline sentence and the chart filling the rest
 * of the screen, then the legend and a one-line source note. No controls.
 */
export function SlideFrame(props: PanelProps & { headingId: string; sources: string }) {
  const t = useMessages();
  const title = useSlideTitle(props.title);
  return (
    <section
      aria-labelledby={props.headingId}
      // At least the slide's height; taller, and scrolled, where the charts keep a minimum
      // height (an embed, a phone: styles.css).
      className="flex min-h-full flex-col gap-[0.4rem]"
      data-panel={props.id}
    >
      <div className="flex flex-wrap items-baseline gap-x-[1rem] gap-y-[0.3rem]">
        <h2 id={props.headingId} className="text-[1.5rem] leading-tight font-bold">
          {title}
        </h2>
        <SlideChips slide={props.id} />
      </div>
      <p className="text-[1.1rem] leading-snug font-medium" data-testid="panel-headline">
        {props.headline}
      </p>
      {/* A grid cell its chart fills: a percentage height finds no size in a box as tall as
          its content (an embed, a phone), a stretched grid item always does. */}
      <div className="grid min-h-(--slide-fit) flex-1 grid-rows-[minmax(0,1fr)]">
        {props.isEmpty ? (
          <p className="flex h-full items-center justify-center" data-testid="empty-state">
            {t.panel.empty}
          </p>
        ) : (
          <ChartLoading fill>{props.chart}</ChartLoading>
        )}
      </div>
      {!props.isEmpty && props.legend.length > 0 && <ChartLegend series={props.legend} compact />}
      {props.sources !== '' && (
        // One line on a screen; wrapped in an embed or on a phone, where one line cuts most of it.
        <p
          className="truncate text-ink-muted in-[.embed]:whitespace-normal max-sm:whitespace-normal"
          data-testid="panel-sources"
        >
          {t.panel.sources}
          {t.punct.colon}
          {props.sources}
        </p>
      )}
    </section>
  );
}
