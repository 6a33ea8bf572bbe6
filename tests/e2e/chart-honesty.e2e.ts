import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, SCREENSHOT_DIR, scrollToChart, useBrowser } from './support/browser';

/**
 * Issue 12 §3 "Charts that cannot mislead", read from the drawn charts in Chromium: part-year
 * figures apart from annual lines, one peer set on a rank axis, one mark per fact, dotted
 * inferred lines, honest axes and projection labels clear of the bands and of each other.
 */

const chart = (page: Page, label: string) => page.locator(`figure[aria-label="${label}"]`);

async function open(session: ReturnType<typeof useBrowser>, query: string, panel: string) {
  const opened = await session.open(`/?lang=en&panel=${panel}${query}`);
  await scrollToChart(opened.page, panel);
  await opened.page.locator(`[data-panel=${panel}] [data-point-id]`).first().waitFor();
  return opened;
}

/** Year labels of a chart's x axis with their x positions (blank labels are minor ticks). */
async function yearLabels(figure: Locator): Promise<{ year: number; x: number }[]> {
  return figure
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .evaluateAll((els) =>
      els
        .map((e) => ({ text: e.textContent.trim(), box: e.getBoundingClientRect() }))
        .filter((t) => t.text !== '')
        .map((t) => ({ year: Number(t.text), x: t.box.x + t.box.width / 2 })),
    );
}

const ids = (mark: Locator) => mark.getAttribute('data-figure-ids');

describeBrowser('charts that cannot mislead', () => {
  const session = useBrowser();

  it('rankings 2016-2025: no 2015 tick but for a span in view, evenly spaced years, one peer set', async () => {
    const { page, errors } = await open(session, '&years=2016-2025', 'rankings');
    const rank = chart(page, 'Who was No.1: production rank');
    const production = chart(page, "Chongqing's vehicle production and rank");
    // Issue 22 §1: the 2015-2017 "over 3 M a year" overlaps the years chosen, so it stays in
    // view, drawn over its whole span: the production axis starts at 2015, the rank axis does not.
    for (const [figure, first] of [
      [rank, 2016],
      [production, 2015],
    ] as const) {
      const labels = await yearLabels(figure);
      expect(labels[0]?.year).toBe(first);
      // Evenly spaced: the same step in years and in pixels between every pair of labels.
      const steps = labels.slice(1).map((l, i) => l.year - (labels[i]?.year ?? 0));
      expect(new Set(steps).size).toBe(1);
      const gaps = labels.slice(1).map((l, i) => l.x - (labels[i]?.x ?? 0));
      expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(2);
    }
    // Cities by default: Chongqing's No.3 among provinces is not on the axis.
    const rankIds = (
      await rank
        .locator('[data-point-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-ids') ?? ''))
    ).join(' ');
    expect(rankIds).toContain('chongqing-production-rank-cities-2025');
    expect(rankIds).not.toContain('provinces');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chart-honesty-rankings.png` });
    expect(errors).toEqual([]);
  });

  it('rankings: two sources of one fact are one mark; provinces are their own view', async () => {
    const { page, errors } = await open(session, '', 'rankings');
    const rank = chart(page, 'Who was No.1: production rank');
    const marks2014 = rank.locator('[data-figure-ids*="chongqing-production-rank-2014"]');
    expect(await marks2014.count()).toBe(1);
    expect((await ids(marks2014))?.split(' ')).toHaveLength(2);

    // The 2016 production (no year filter: the span is in view): 3.156 M and the 2015-2017 "over 3 M" are one mark listing both.
    const marks2016 = chart(page, "Chongqing's vehicle production and rank").locator(
      '[data-figure-ids*="chongqing-vehicle-production-2016"]',
    );
    expect(await marks2016.count()).toBe(1);
    expect((await ids(marks2016))?.split(' ').sort()).toEqual([
      'chongqing-vehicle-production-2015-2017',
      'chongqing-vehicle-production-2016',
    ]);
    await marks2016.locator('path').first().hover({ force: true });
    const tooltip = page.getByTestId('chart-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.innerText()).toMatch(
      /Sources \(same figure\)[\s\S]*36Kr[\s\S]*iChongqing/,
    );
    await page.mouse.move(0, 0);
    await page.getByRole('radio', { name: 'Provinces and municipalities' }).check({ force: true });
    const provinces = chart(page, 'Production rank among provinces and municipalities');
    await provinces
      .locator('[data-figure-ids="chongqing-production-rank-provinces-2025"]')
      .waitFor();
    expect(await provinces.locator('[data-point-id]').count()).toBe(1);
    expect(await page.evaluate(() => window.location.search)).toContain('peers=provinces');
    expect(errors).toEqual([]);
  });

  it('a bad peers value falls back to cities with a notice', async () => {
    const { page } = await open(session, '&peers=countries', 'rankings');
    expect(await page.getByTestId('notice-bar').innerText()).toContain('peers');
    expect(await page.getByRole('radio', { name: 'Cities', exact: true }).isChecked()).toBe(true);
  });

  it('NEV shares: the H1 share is its own series with an H1 label, not on the annual line', async () => {
    const { page, errors } = await open(session, '', 'nev');
    const shares = chart(page, 'NEV shares, in percent');
    const h1 = shares.locator(
      '[data-point-id="derived:nev_share_of_production:chongqing:2024-H1"]',
    );
    const h1Mark = (await h1.count()) > 0 ? h1 : shares.locator('[data-partial=half]').first();
    expect(await h1Mark.getAttribute('data-series')).toBe('chongqing:nev_share_of_production~half');
    expect(await h1Mark.locator('text').allTextContents()).toContain('H1');
    expect(
      await shares
        .locator('[data-series="chongqing:nev_share_of_production"][data-partial]')
        .count(),
    ).toBe(0);
    const legend = page.locator('[data-panel=nev] [data-testid=chart-legend]');
    expect(await legend.innerText()).toContain(
      'Chongqing · NEV share of production · half-year figures',
    );
    // Inferred (derived) shares: dotted line, hollow marks, and the legend says so.
    const lines = await shares.locator('g.marks > path[stroke-dasharray]').evaluateAll((els) =>
      els.map((e) => ({
        dash: (e.getAttribute('stroke-dasharray') ?? '').split(/[ ,]+/).map(Number),
        width: Number(e.getAttribute('stroke-width')),
      })),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.dash[0]).toBeLessThan(l.width);
    const fills = await shares
      .locator('[data-series="chongqing:nev_share_of_production"] > path')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('fill'), e.getAttribute('stroke')]));
    for (const [fill, stroke] of fills) expect(fill).not.toBe(stroke);
    expect(await legend.innerText()).toMatch(/dotted line: derived/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chart-honesty-nev.png` });
    expect(errors).toEqual([]);
  });

  it('targets: round percent ticks, projection labels in a key beneath the chart', async () => {
    const { page, errors } = await open(session, '', 'targets');
    const percent = chart(page, 'NEVs (percent): actuals and targets');
    await percent.scrollIntoViewIfNeeded();
    const ticks = await percent
      .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .allTextContents();
    expect(ticks).toEqual(['0%', '2.5%', '5%', '7.5%', '10%']);

    const nev = chart(page, 'NEVs (vehicles): actuals and targets');
    await nev.scrollIntoViewIfNeeded();
    // Issue 22: labels beside the paths' ends took two fifths of a phone's plot and covered the
    // target marks; they are in a key under the chart now, one per path, each after its dash.
    const layout = await nev.evaluate((figure) => {
      const svg = figure.querySelector('svg.recharts-surface')?.getBoundingClientRect();
      const key = figure.querySelector('[data-testid=projection-key]');
      return {
        inPlot: figure.querySelectorAll('[data-testid=projection-band] text').length,
        below: key && svg ? key.getBoundingClientRect().top >= svg.bottom - 1 : false,
        labels: [...(key?.querySelectorAll('[data-projection-label]') ?? [])].map((l) =>
          l.getAttribute('data-projection-label'),
        ),
      };
    });
    expect(layout).toEqual({ inPlot: 0, below: true, labels: ['required', 'recent'] });
    await nev.screenshot({ path: `${SCREENSHOT_DIR}/chart-honesty-projection.png` });
    expect(errors).toEqual([]);
  });
});
