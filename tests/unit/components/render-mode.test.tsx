import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DatasetContext } from '../../../src/components/dataset-context';
import { legendOf, panelWiring } from '../../../src/components/panel/panel-wiring';
import {
  RenderModeProvider,
  chartSettings,
  useRenderMode,
  type RenderMode,
} from '../../../src/components/render-mode';
import { messagesOf } from '../../../src/i18n/catalogs';
import type { ChartSeries } from '../../../src/lib/time-series';
import { defaultFilters } from '../../../src/state/view';
import { dataset } from '../support/dataset';

const screenSize = { width: 1920, height: 1080 };

describe('chartSettings: how a chart is drawn in each mode', () => {
  it.each<
    [RenderMode, boolean, { fontSize: number; height: number | null; paperWidth: number | null }]
  >([
    ['screen', false, { fontSize: 13, height: 320, paperWidth: null }],
    // The browser printing a screen view: paper size, unmeasured.
    ['screen', true, { fontSize: 13, height: 200, paperWidth: 460 }],
    ['paper', true, { fontSize: 13, height: 200, paperWidth: 460 }],
    // A slide fills the screen, type scaled up, even while printing.
    ['slide', true, { fontSize: expect.any(Number) as number, height: null, paperWidth: null }],
  ])('%s (on paper: %s)', (mode, onPaper, expected) => {
    expect(chartSettings(mode, 'dark', onPaper, screenSize)).toMatchObject(expected);
  });

  it('draws paper light whatever the screen theme, and slides larger than pages', () => {
    expect(chartSettings('paper', 'dark', true, screenSize).theme).toEqual(
      chartSettings('screen', 'light', false, screenSize).theme,
    );
    expect(chartSettings('slide', 'light', false, screenSize).fontSize).toBeGreaterThan(13);
  });
});

function Events() {
  const { events, mode } = useRenderMode();
  return (
    <p data-testid="events" data-mode={mode}>
      {events.map((e) => e.milestone.date.slice(0, 4)).join(' ')}
    </p>
  );
}

describe('RenderModeProvider', () => {
  const renderWith = (from: number, to: number, topics: ['policy'] | null) =>
    render(
      <DatasetContext value={dataset}>
        <RenderModeProvider
          mode="slide"
          theme="light"
          filters={{ ...defaultFilters(), from, to }}
          milestones={topics}
        >
          <Events />
        </RenderModeProvider>
      </DatasetContext>,
    );

  it("places the milestones of the filters it is given (a run-sheet step's years)", () => {
    renderWith(2023, 2025, ['policy']);
    const years = screen.getByTestId('events').textContent.split(' ').map(Number);
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) expect(y >= 2023 && y <= 2025).toBe(true);
    expect(screen.getByTestId('events')).toHaveAttribute('data-mode', 'slide');
  });

  it('places none when milestones are off', () => {
    renderWith(2000, 2030, null);
    expect(screen.getByTestId('events')).toHaveTextContent('');
  });
});

describe('panel wiring', () => {
  const series = (key: string, colour: number) =>
    ({ key, colour, shape: 'circle', part: null }) as unknown as ChartSeries;
  const t = messagesOf('en');

  it('lists each series once, in first-seen order, under its label', () => {
    expect(
      legendOf([series('a', 1), series('b', 2), series('a', 1)], (k) => k.toUpperCase()),
    ).toEqual([
      { key: 'a', label: 'A', colour: 1, shape: 'circle' },
      { key: 'b', label: 'B', colour: 2, shape: 'circle' },
    ]);
  });

  it.each([
    [['One.', 'Two.'], `One.${t.punct.sentenceSep}Two.`],
    [[], t.panel.noHeadline],
  ])('headline from %j', (sentences, headline) => {
    const wiring = panelWiring('nev', t, { sentences, series: [], seriesLabel: String });
    expect(wiring).toMatchObject({ id: 'nev', title: t.panels.nev.title, headline, legend: [] });
  });
});
