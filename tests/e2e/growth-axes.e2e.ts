import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, scrollToChart, useBrowser } from './support/browser';

/** Each drawn chart of a panel: its title, y-axis tick texts, point ids and the note under it. */
async function chartsOf(page: Page, panel: string) {
  const cells = page.locator(`[data-panel=${panel}] [data-chart-cell]`);
  await cells.first().locator('svg.recharts-surface').waitFor();
  const count = await cells.count();
  for (let i = 0; i < count; i++) await cells.nth(i).locator('svg.recharts-surface').waitFor();
  return cells.evaluateAll((els) =>
    els.map((cell) => ({
      title: cell.getAttribute('data-chart-title') ?? '',
      ticks: Array.from(
        cell.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value'),
        (t) => t.textContent,
      ),
      ids: Array.from(cell.querySelectorAll('[data-point-id]'), (p) =>
        p.getAttribute('data-point-id'),
      ),
      note: cell.querySelector('[data-testid=chart-note]')?.textContent ?? null,
    })),
  );
}

/**
 * A point of a growth view: computed (`yoy:…`, `index:…`), or in year on year a rate as an
 * article states it (`stated-yoy:…`, issue 22 §2).
 */
const inView = (id: string | null, growth: 'yoy' | 'index') =>
  Boolean(id?.startsWith(`${growth}:`) || (growth === 'yoy' && id?.startsWith('stated-yoy:')));

describeBrowser('every chart in a growth view has the axis of what it draws', () => {
  const session = useBrowser();

  // Reviewer's defect: the AITO M9 counts (~200,000 pre-orders) were drawn under "+200,000%".
  it.each([
    ['en', 'yoy', 'Year on year needs consecutive annual figures; shown as counts.'],
    ['en', 'index', 'An index needs an annual figure for the base year; shown as counts.'],
    ['zh', 'yoy', '同比增速需要连续年份的年度数据，此处按数量显示。'],
  ] as const)('companies, %s, %s', async (lang, growth, countsNote) => {
    const { page, errors } = await session.open(
      `/?lang=${lang}&panel=companies&companies.growth=${growth}&v=3`,
    );
    await scrollToChart(page, 'companies');
    const charts = await chartsOf(page, 'companies');
    expect(charts).toHaveLength(2);
    for (const c of charts) {
      expect(c.ticks.length, c.title).toBeGreaterThan(1);
      const computed = c.ids.every((id) => inView(id, growth));
      if (computed) {
        // A change reads in percent; an index is a plain number around 100.
        if (growth === 'yoy')
          expect(
            c.ticks.every((t) => t.endsWith('%')),
            c.title,
          ).toBe(true);
        else
          expect(
            c.ticks.some((t) => t.includes('%')),
            c.title,
          ).toBe(false);
        expect(c.note, c.title).toBeNull();
      } else {
        // Recorded counts keep their own unit and say why the view does not apply.
        expect(
          c.ticks.some((t) => t.includes('%')),
          c.title,
        ).toBe(false);
        expect(c.note, c.title).toBe(countsNote);
      }
    }
    // The sales chart is the growth view; the model chart keeps its counts (up to 200,000).
    const [sales, models] = charts;
    expect(sales?.ids.every((id) => inView(id, growth))).toBe(true);
    expect(models?.ids.some((id) => id?.startsWith('aito-m9-'))).toBe(true);
    expect(models?.ticks.at(-1)).toMatch(lang === 'en' ? /^200K$/ : /^20万$/);
    expect(errors).toEqual([]);
  });

  it.each(['yoy', 'index'] as const)(
    'NEV volumes, %s: only computed or stated changes',
    async (growth) => {
      const { page, errors } = await session.open(`/?lang=en&panel=nev&nev.growth=${growth}&v=3`);
      await scrollToChart(page, 'nev');
      const charts = await chartsOf(page, 'nev');
      const volumes = charts.filter((c) => c.title !== 'NEV shares, in percent');
      expect(volumes.length).toBeGreaterThan(0);
      for (const c of volumes) {
        expect(
          c.ids.every((id) => inView(id, growth)),
          c.title,
        ).toBe(true);
        if (growth === 'yoy')
          expect(
            c.ticks.every((t) => t.endsWith('%')),
            c.title,
          ).toBe(true);
        else
          expect(
            c.ticks.some((t) => t.includes('%')),
            c.title,
          ).toBe(false);
      }
      expect(errors).toEqual([]);
    },
  );
});

describeBrowser('a base year without figures in the link', () => {
  const session = useBrowser();

  it.each([
    [
      'en',
      'companies',
      'companies.base=2023&companies.growth=index',
      'There is no figure for 2023 in view, so it cannot be the base year (“companies.base”); the default base year is used.',
      'Vehicles sold by company: index (2025 = 100)',
    ],
    [
      'zh',
      'nev',
      'nev.base=2019&nev.growth=index',
      '所示数据中没有2019年的数据，不能作为基期（链接参数“新能源汽车基期”），已按默认基期显示。',
      null,
    ],
  ] as const)('%s, %s: is told which year was ignored', async (lang, panel, query, text, title) => {
    const { page, errors } = await session.open(`/?lang=${lang}&panel=${panel}&${query}&v=3`);
    const notice = page.getByTestId('notice-bar');
    await notice.waitFor();
    expect(await notice.locator('li').allInnerTexts()).toEqual([text]);
    await page.waitForFunction(
      (name) => !new URLSearchParams(location.search).has(name),
      `${panel}.base`,
    );
    if (title) {
      await scrollToChart(page, panel);
      await page.locator(`[data-panel=${panel}]`).getByText(title).waitFor();
    }
    expect(errors).toEqual([]);
  });
});
