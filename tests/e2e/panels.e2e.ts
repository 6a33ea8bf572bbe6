import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { companiesView } from '../../src/features/companies/companies-series';
import { nevView } from '../../src/features/nev/nev-series';
import { rankingsView } from '../../src/features/rankings/rankings-series';
import { targetsView } from '../../src/features/targets/targets-series';
import { nevRegions, withFigures } from '../../src/data/registry';
import { SUBJECTS, type PanelId } from '../../src/data/view-vocabulary';
import { dataset } from '../unit/support/dataset';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  queryOf,
  scrollToChart,
  useBrowser,
} from './support/browser';

const all = { from: null, to: null };

/** Per panel: the figures its chart should draw (from the same pure functions), and a filter to try. */
const PANELS: {
  id: PanelId;
  title: string;
  expected: () => string[];
  filter: { label: string; param: string; value: string; expected: () => string[] };
}[] = [
  {
    id: 'rankings',
    title: 'City rankings',
    expected: () =>
      rankingsView(dataset, { ...all, cities: withFigures(dataset, 'city') }).rows.map(
        (r) => r.figure.id,
      ),
    filter: {
      label: 'Chongqing',
      param: 'cities',
      value: 'guangzhou,shenzhen',
      expected: () =>
        rankingsView(dataset, { ...all, cities: ['guangzhou', 'shenzhen'] }).rows.map(
          (r) => r.figure.id,
        ),
    },
  },
  {
    id: 'companies',
    title: 'Company sales',
    expected: () =>
      companiesView(dataset, {
        ...all,
        companies: withFigures(dataset, 'company'),
        scope: 'all',
      }).rows.map((r) => r.figure.id),
    filter: {
      label: 'Seres',
      param: 'companies',
      value: 'changan',
      expected: () =>
        companiesView(dataset, { ...all, companies: ['changan'], scope: 'all' }).rows.map(
          (r) => r.figure.id,
        ),
    },
  },
  {
    id: 'nev',
    title: 'NEV development',
    expected: () =>
      nevView(dataset, { ...all, regions: nevRegions(dataset) }).rows.map((r) => r.figure.id),
    filter: {
      label: 'China',
      param: 'regions',
      value: 'chongqing',
      expected: () =>
        nevView(dataset, { ...all, regions: ['chongqing'] }).rows.map((r) => r.figure.id),
    },
  },
  {
    id: 'targets',
    title: 'Targets vs actuals',
    expected: () =>
      targetsView(dataset, { targetYear: 'all', subjects: [...SUBJECTS] }).rows.map(
        (r) => r.figure.id,
      ),
    filter: {
      label: 'Vehicle production',
      param: 'subjects',
      value: 'nev,cluster,charging,companies',
      expected: () =>
        targetsView(dataset, {
          targetYear: 'all',
          subjects: ['nev', 'cluster', 'charging', 'companies'],
        }).rows.map((r) => r.figure.id),
    },
  },
];

/**
 * The records the chart's marks stand for. A mark may stand for several records that state the
 * same fact (issue 12 §3: two sources, one mark), so it lists them all in data-figure-ids; every
 * record is on exactly one mark.
 */
async function markIds(page: Page, id: PanelId): Promise<string[]> {
  const panel = page.locator(`[data-panel=${id}]`);
  await scrollToChart(page, id);
  await panel.locator('[data-point-id]').first().waitFor();
  return (
    await panel
      .locator('[data-point-id]')
      .evaluateAll((els) =>
        els.flatMap((e) => (e.getAttribute('data-figure-ids') ?? '').split(' ')),
      )
  ).sort();
}

async function tableIds(page: Page, id: PanelId): Promise<string[]> {
  const table = page.locator(`[data-panel=${id}] [data-testid=data-table]`);
  await table.waitFor();
  return (
    await table
      .locator('tr[data-figure-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-id') ?? ''))
  ).sort();
}

describeBrowser('the four panels in Chromium', () => {
  const session = useBrowser();

  for (const spec of PANELS) {
    it(`${spec.title}: chart marks, table, source, filter and a fresh link agree`, async () => {
      const { page, errors, context } = await session.open(`/?lang=en&panel=${spec.id}`);
      const panel = page.locator(`[data-panel=${spec.id}]`);
      const expected = [...spec.expected()].sort();

      // The chart draws one mark per figure in view.
      expect(await markIds(page, spec.id)).toEqual(expected);
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/panel-${spec.id}-1920.png`,
        fullPage: true,
      });

      // Hovering a mark shows value, kind and source; clicking it opens the provenance dialog.
      // Marks can sit close together (two sources for one year): point at one and take what is on top.
      const mark = panel.locator('[data-point-id] path').last();
      await mark.hover({ force: true });
      const tooltip = page.getByTestId('chart-tooltip');
      await tooltip.waitFor();
      expect(await tooltip.innerText()).toMatch(/Kind[\s\S]*Source/);
      await mark.click({ force: true });
      const dialog = page.getByRole('dialog', { name: 'Where this figure comes from' });
      // The dialog's content loads on first use: wait for the excerpt or the formula.
      await dialog.locator('blockquote, #formula-heading').first().waitFor();
      expect(await dialog.innerText()).toMatch(/Excerpt|How it is computed/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // The table shows exactly the figures behind the chart, and the choice is in the URL.
      await panel.getByRole('radio', { name: 'Table' }).check({ force: true });
      expect((await queryOf(page)).table).toBe(spec.id);
      expect(await tableIds(page, spec.id)).toEqual(expected);
      await panel.getByRole('radio', { name: 'Chart' }).check({ force: true });

      // A filter changes the chart and the URL.
      await panel.getByRole('checkbox', { name: spec.filter.label, exact: true }).uncheck();
      expect((await queryOf(page))[spec.filter.param]).toBe(spec.filter.value);
      const filtered = [...spec.filter.expected()].sort();
      expect(filtered).not.toEqual(expected);
      expect(await markIds(page, spec.id)).toEqual(filtered);

      // The same link in a fresh browser profile shows the same panel state.
      const link = page.url();
      const fresh = await session.browser.newContext({ viewport: VIEWPORTS.desktop });
      const other = await fresh.newPage();
      await other.goto(link);
      expect(await markIds(other, spec.id)).toEqual(filtered);
      expect(
        await other.locator(`[data-panel=${spec.id}] [data-testid=panel-headline]`).innerText(),
      ).toBe(await panel.getByTestId('panel-headline').innerText());
      await fresh.close();
      await context.close();
      expect(errors).toEqual([]);
    });
  }

  it('every panel on a phone, and the overview with all four', async () => {
    for (const spec of PANELS) {
      const { page, errors } = await session.open(`/?lang=en&panel=${spec.id}`, {
        viewport: VIEWPORTS.phone,
      });
      await markIds(page, spec.id);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, spec.id).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/panel-${spec.id}-phone.png`,
        fullPage: true,
      });
      expect(errors).toEqual([]);
    }
    const { page } = await session.open('/?lang=en');
    for (const spec of PANELS) await markIds(page, spec.id);
    expect(await page.locator('[data-panel]').count()).toBe(4);
  });
});
