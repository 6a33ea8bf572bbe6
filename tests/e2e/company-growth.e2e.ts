import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  queryOf,
  scrollToChart,
  useBrowser,
  waitForSteady,
} from './support/browser';

/**
 * Issue 22 §2: the company panel's growth views use what the articles state. Year on year draws
 * the rates the articles give (2024's too), an index keeps the bound of an "over" figure, and a
 * contribution-to-growth view shows each company's increase and share, the same in chart,
 * table, CSV and link. In both languages.
 */

const WORDS = {
  zh: {
    table: '表格',
    chart: '图表',
    csv: '数据（CSV）',
    dialog: '数据来源',
    contribution: '增长贡献',
    from: '基期',
    stated: '原文所述',
    computed: '本平台测算',
    conflict: '赛力斯2024年新能源汽车销量',
    changanBar: '37.6万辆（贡献率89.2%）',
    seresBar: '4.54万辆（贡献率10.8%）',
    contributionTitle: '2024—2025年各企业新能源汽车销量增量及贡献率',
    headline: '2024—2025年，参与比较企业新能源汽车销量合计增加42.14万辆，其中长安汽车贡献89.2%。',
    leftOut: '以下系列缺少2024年或2025年的实际年度数据，未计入：长安汽车 · 汽车销量。',
    formula: '111万辆 − 73.4万辆（基期） = 37.6万辆',
    indexCaption: '（2025年 = 100）',
    indexWord: '指数',
  },
  en: {
    table: 'Table',
    chart: 'Chart',
    csv: 'Data (CSV)',
    dialog: 'Where this figure comes from',
    contribution: 'Contribution to growth',
    from: 'From',
    stated: 'as the article states it',
    computed: 'Computed by the app',
    conflict: 'Seres NEV sales in 2024',
    changanBar: '376,000 vehicles (89.2% of the total)',
    seresBar: '45,400 vehicles (10.8% of the total)',
    contributionTitle: 'NEV sales: increase by company and share of the total, 2024–2025',
    headline:
      '2024–2025: the companies compared added 421,400 vehicles (NEV sales), 89.2% of it from Changan.',
    leftOut: 'Left out, no actual annual figure for both 2024 and 2025: Changan · Vehicle sales.',
    formula: '1.11 M vehicles − 734,000 vehicles (the earlier year) = 376,000 vehicles',
    indexCaption: '(2025 = 100)',
    indexWord: 'index',
  },
} as const;

const LANGS = ['zh', 'en'] as const;

const ids = (scope: Locator, selector: string) =>
  scope
    .locator(selector)
    .evaluateAll((els) =>
      els.flatMap((e) =>
        (e.getAttribute('data-figure-ids') ?? e.getAttribute('data-point-id') ?? '').split(' '),
      ),
    );

async function showTable(panel: Locator, label: string) {
  await panel.getByRole('radio', { name: label, exact: true }).check({ force: true });
  await panel.getByTestId('data-table').waitFor();
}

async function showChart(panel: Locator, label: string) {
  await panel.getByRole('radio', { name: label, exact: true }).check({ force: true });
  await panel.getByTestId('data-table').waitFor({ state: 'detached' });
}

/** The company panel's CSV, as rows (header first). */
async function downloadCsv(page: Page, label: string): Promise<string[][]> {
  const panel = page.locator('[data-panel=companies]');
  await panel.getByTestId('export-menu').locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: label }).click(),
  ]);
  const text = readFileSync(await file.path()).toString('utf8');
  const table = text.slice(1).split('\r\n\r\n')[1] ?? '';
  return Papa.parse<string[]>(table.trimEnd(), { newline: '\r\n' }).data;
}

describeBrowser('company growth views use what the articles state', () => {
  const session = useBrowser();

  it.each(LANGS)(
    '%s: year on year draws the stated rates (2024 too), the computed one only beside them',
    async (lang) => {
      const w = WORDS[lang];
      const { page, errors } = await session.open(
        `/?lang=${lang}&panel=companies&scope=nev&companies.growth=yoy`,
        { acceptDownloads: true },
      );
      const panel = page.locator('[data-panel=companies]');
      await scrollToChart(page, 'companies');
      // 2024 has no 2023 figure to compute from: the articles' +52.8%, +182.2% and +183% are drawn.
      await panel.locator('[data-point-id="stated-yoy:changan-nev-sales-2024"]').waitFor();
      const drawn = await ids(panel, '[data-point-id]');
      expect(drawn).toEqual(
        expect.arrayContaining([
          'stated-yoy:changan-nev-sales-2024',
          'stated-yoy:seres-nev-sales-2024-a',
          'stated-yoy:seres-nev-sales-2024-b',
          'stated-yoy:changan-nev-sales-2025|yoy:changan-nev-sales-2025+changan-nev-sales-2024',
        ]),
      );
      // The computed 2025 change (51.2%) is not a mark of its own.
      expect(drawn.filter((id) => id.startsWith('yoy:'))).toEqual([]);
      // The two Seres rates disagree: a conflict, listed under the chart.
      expect(await panel.getByText(w.conflict, { exact: false }).count()).toBeGreaterThan(0);

      // The tooltip gives the stated rate, and the computed one beside it.
      const mark = panel
        .locator('[data-point-id^="stated-yoy:changan-nev-sales-2025"] path')
        .first();
      await mark.hover({ force: true });
      const tooltip = page.getByTestId('chart-tooltip');
      await tooltip.waitFor();
      const tip = await tooltip.innerText();
      expect(tip).toContain('51.1%');
      expect(tip).toContain(w.stated);
      expect(tip).toMatch(new RegExp(`${w.computed}\\s*51\\.2%`));

      // A click opens the article's words, the rate marked in them.
      await mark.click({ force: true });
      const dialog = page.getByRole('dialog', { name: w.dialog });
      await dialog.locator('blockquote mark').waitFor();
      expect(await dialog.locator('blockquote mark').innerText()).toBe('51.1%');
      expect(await dialog.getByTestId('computed-growth').innerText()).toBe('51.2%');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      if (lang === 'zh') {
        await waitForSteady(page, '[data-panel=companies]');
        await panel.screenshot({ path: `${SCREENSHOT_DIR}/company-yoy-stated-zh-1920.png` });
      }

      // One number for one fact: the table and the CSV have 51.1% and never 51.2%.
      await showTable(panel, w.table);
      const cells = await panel.locator('tr[data-figure-id] td:nth-child(3)').allInnerTexts();
      expect(cells).toContain('51.1%');
      expect(cells.filter((c) => c.includes('51.2'))).toEqual([]);
      const csv = await downloadCsv(page, w.csv);
      const changan2025 = csv.filter((r) => r[0]?.startsWith('stated-yoy:changan-nev-sales-2025'));
      expect(changan2025.map((r) => r[4])).toEqual(['51.1']);
      expect(csv.some((r) => r[4]?.startsWith('51.2'))).toBe(false);
      expect(errors).toEqual([]);
    },
  );

  it.each(LANGS)(
    '%s: contribution to growth agrees in chart, table, CSV, headline and link',
    async (lang) => {
      const w = WORDS[lang];
      const { page, errors } = await session.open(`/?lang=${lang}&panel=companies`, {
        acceptDownloads: true,
      });
      const panel = page.locator('[data-panel=companies]');
      await scrollToChart(page, 'companies');
      await panel
        .getByTestId('growth-control')
        .getByRole('radio', { name: w.contribution })
        .check({ force: true });
      await page.waitForFunction(
        () => new URLSearchParams(location.search).get('companies.growth') === 'contribution',
      );
      const chart = panel.getByTestId('contribution-chart');
      await chart.locator('[data-point-id^="increment:"]').first().waitFor();
      expect(await chart.locator('h3').innerText()).toBe(w.contributionTitle);
      const labels = await chart.locator('.recharts-label-list text').allTextContents();
      expect(labels).toEqual([w.changanBar, w.seresBar]);
      expect(await panel.getByTestId('panel-headline').innerText()).toContain(w.headline);
      expect(await panel.getByTestId('growth-note').allInnerTexts()).toContain(w.leftOut);
      const bars = await ids(chart, '[data-point-id]');
      expect(bars).toEqual([
        'increment:changan-nev-sales-2025+changan-nev-sales-2024',
        'increment:seres-nev-sales-2025+seres-nev-sales-2024-b',
      ]);

      // A bar opens its formula, inputs and all.
      await chart.locator('[data-point-id^="increment:changan"] path').click({ force: true });
      const dialog = page.getByRole('dialog', { name: w.dialog });
      await dialog.locator('#formula-heading').waitFor();
      expect(await dialog.innerText()).toContain(w.formula);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await waitForSteady(page, '[data-panel=companies]');
      await panel.screenshot({ path: `${SCREENSHOT_DIR}/company-contribution-${lang}-1920.png` });

      // The table lists each bar's increase and its share; the CSV the same rows.
      await showTable(panel, w.table);
      const tableIds = await panel
        .locator('tr[data-figure-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-figure-id') ?? ''));
      const own = tableIds.filter((id) => /^(increment|contribution):/.test(id));
      expect(own.sort()).toEqual(
        [
          ...bars,
          'contribution:changan-nev-sales-2025+changan-nev-sales-2024;seres-nev-sales-2025+seres-nev-sales-2024-b',
          'contribution:seres-nev-sales-2025+seres-nev-sales-2024-b;changan-nev-sales-2025+changan-nev-sales-2024',
        ].sort(),
      );
      const csv = await downloadCsv(page, w.csv);
      expect(
        csv
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual([...tableIds].sort());
      await showChart(panel, w.chart);

      // The years are in the link, and the link brings them back.
      await panel.getByLabel(w.from, { exact: true }).selectOption('2016');
      await page.waitForFunction(
        () => new URLSearchParams(location.search).get('companies.from') === '2016',
      );
      expect(await queryOf(page)).toMatchObject({
        'companies.growth': 'contribution',
        'companies.from': '2016',
      });
      await page.reload();
      await scrollToChart(page, 'companies');
      await panel.getByTestId('contribution-chart').waitFor();
      expect(await panel.getByLabel(w.from, { exact: true }).inputValue()).toBe('2016');
      // 2016 to 2025: only Changan's total sales have both years (and fell): no share of a fall.
      expect(await panel.getByTestId('contribution-total').innerText()).not.toContain('%');
      expect(errors).toEqual([]);
    },
  );

  it('the contribution view passes the accessibility checks, in both languages', async () => {
    for (const lang of LANGS) {
      const { page, errors } = await session.open(
        `/?lang=${lang}&panel=companies&companies.growth=contribution`,
      );
      await scrollToChart(page, 'companies');
      await page.locator('[data-panel=companies]').getByTestId('contribution-chart').waitFor();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .include('[data-panel=companies]')
        .analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
      expect(errors).toEqual([]);
    }
  });

  it('names a year the link asks for that has no figures, and compares the latest two', async () => {
    const { page, errors } = await session.open(
      '/?lang=en&panel=companies&companies.growth=contribution&companies.from=2019',
    );
    const notice = page.getByTestId('notice-bar');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('companies.from');
    await scrollToChart(page, 'companies');
    const chart = page.locator('[data-panel=companies]').getByTestId('contribution-chart');
    await chart.waitFor();
    expect(await chart.locator('h3').innerText()).toContain('2024–2025');
    expect((await queryOf(page))['companies.from']).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it.each(LANGS)(
    '%s: an index keeps the bound of “over 3 M” and has no unit word',
    async (lang) => {
      const w = WORDS[lang];
      const { page, errors } = await session.open(
        `/?lang=${lang}&panel=companies&companies.growth=index&table=companies`,
      );
      const panel = page.locator('[data-panel=companies]');
      await panel.getByTestId('data-table').waitFor();
      const row = panel.locator('tr[data-figure-id^="index:changan-vehicle-sales-2016"]');
      expect(await row.locator('td:nth-child(3)').innerText()).toBe('≥ 103');
      expect(await row.locator('td:nth-child(1)').innerText()).toContain(w.indexCaption);
      expect(await panel.locator('caption').innerText()).toContain(w.indexCaption);
      const values = await panel
        .locator('tr[data-figure-id^="index:"] td:nth-child(3)')
        .allInnerTexts();
      expect(values.length).toBeGreaterThan(0);
      expect(values.filter((v) => v.includes(w.indexWord) || v.includes('≈ 103'))).toEqual([]);
      // The chart marks the bound as the article's "over" is marked: ≥ beside the point.
      await showChart(panel, w.chart);
      await scrollToChart(page, 'companies');
      const mark = panel.locator('[data-point-id^="index:changan-vehicle-sales-2016"]');
      await mark.waitFor();
      expect(await mark.locator('text').allTextContents()).toContain('≥');
      expect(errors).toEqual([]);
    },
  );

  it('the NEV panel’s index: plain numbers, the base year beside them', async () => {
    const { page, errors } = await session.open('/?lang=zh&panel=nev&nev.growth=index&table=nev');
    const panel = page.locator('[data-panel=nev]');
    await panel.getByTestId('data-table').waitFor();
    const rows = panel.locator('tr[data-figure-id^="index:"]');
    expect(await rows.count()).toBeGreaterThan(0);
    const values = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(values.filter((v) => v.includes('指数'))).toEqual([]);
    const series = await rows.locator('td:nth-child(1)').allInnerTexts();
    expect(series.every((s) => /（\d{4}年 = 100）$/.test(s))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('on a 390 px phone, the contribution bars keep their labels inside the screen', async () => {
    const { page, errors } = await session.open(
      '/?lang=zh&panel=companies&companies.growth=contribution',
      { viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true },
    );
    const panel = page.locator('[data-panel=companies]');
    await scrollToChart(page, 'companies');
    const chart = panel.getByTestId('contribution-chart');
    await chart.locator('.recharts-label-list text').first().waitFor();
    await waitForSteady(page, '[data-panel=companies]');
    const boxes = await chart
      .locator('.recharts-label-list text')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(boxes.every((right) => right <= VIEWPORTS.phone.width)).toBe(true);
    await panel.screenshot({ path: `${SCREENSHOT_DIR}/company-contribution-zh-390.png` });
    expect(errors).toEqual([]);
  });
});
