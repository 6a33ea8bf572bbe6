import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  scrollToChart,
  useBrowser,
  waitForSteady,
} from './support/browser';

/**
 * Issue 22 §1 and §4: a figure about a span of years stays in view whenever the chosen years
 * overlap it (chart, headline, table, CSV), is drawn over its years and never as a point in its
 * middle year (screen, print, exported image), and the province view of the rankings is whole.
 */

const GUANGZHOU_SPAN = 'guangzhou-production-rank-2017-2023';
const OVER_3M_SPAN = 'chongqing-vehicle-production-2015-2017';

const WORDS = {
  en: {
    empty: 'No figures match these filters',
    span: '2017–2023',
    leader: 'Guangzhou was No.1 (among cities) in 2017–2023.',
    table: 'Table',
    chart: 'Chart',
    csv: 'Data (CSV)',
    svg: 'Chart (SVG), A4 half page',
    provinces: 'Provinces and municipalities',
    cities: 'Cities',
    provincesChart: 'Production rank among provinces and municipalities',
    legend: 'Chongqing · rank among provinces and municipalities',
    held: 'Chongqing was No.3 (among provinces and municipalities) in 2025.',
    note: 'Guangzhou, Shenzhen: the data hold no rank among provinces and municipalities, so they cannot be chosen here; choose “Cities” to compare them.',
  },
  zh: {
    empty: '没有符合筛选条件的数据',
    span: '2017—2023年',
    leader: '2017—2023年广州汽车产量在全国城市中排名第一。',
    table: '表格',
    chart: '图表',
    csv: '数据（CSV）',
    svg: '图表（SVG，A4半页）',
    provinces: '省（区、市）',
    cities: '城市',
    provincesChart: '全国省（区、市）汽车产量排名',
    legend: '重庆 · 全国省（区、市）排名',
    held: '2025年重庆汽车产量在全国省（区、市）中排名第三。',
    note: '广州、深圳：数据中没有其在全国省（区、市）中的排名，此处不可选；选择“城市”可比较。',
  },
} as const;
type Lang = keyof typeof WORDS;

async function openRankings(
  session: ReturnType<typeof useBrowser>,
  lang: Lang,
  query: string,
  viewport: { width: number; height: number } = VIEWPORTS.desktop,
) {
  const opened = await session.open(`/?lang=${lang}&panel=rankings${query}`, {
    viewport,
    acceptDownloads: true,
  });
  await scrollToChart(opened.page, 'rankings');
  await opened.page.locator('[data-panel=rankings] [data-point-id]').first().waitFor();
  await waitForSteady(opened.page, '[data-panel=rankings]');
  return { ...opened, panel: opened.page.locator('[data-panel=rankings]') };
}

async function downloadText(page: Page, panel: Locator, label: string): Promise<string> {
  await panel.getByTestId('export-menu').locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: label }).click(),
  ]);
  return readFileSync(await file.path()).toString('utf8');
}

/** The x (page pixels) of a year's label on a chart's axis. */
async function yearX(figure: Locator, year: number): Promise<number | undefined> {
  const xs = await figure
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
    .evaluateAll(
      (els, y) =>
        els
          .filter((e) => e.textContent.trim() === String(y))
          .map((e) => {
            const box = e.getBoundingClientRect();
            return box.x + box.width / 2;
          }),
      year,
    );
  return xs[0];
}

/**
 * Waits until the year labels of every chart on the page stand apart: a chart drawn before it
 * measured its box labels every year at the width it assumed.
 */
async function axisLabelsApart(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.recharts-xAxis-tick-labels')].every((axis) => {
      const boxes = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-value')]
        .filter((e) => e.textContent.trim() !== '')
        .map((e) => e.getBoundingClientRect())
        .sort((a, b) => a.x - b.x);
      return boxes.every((b, i) => i === 0 || (boxes[i - 1]?.right ?? 0) <= b.left);
    }),
  );
}

/** What a span's mark draws: marker glyphs (none), its end marks' x, its label. */
async function spanMark(mark: Locator) {
  return {
    glyphs: await mark.locator('path').count(),
    caps: await mark
      .locator('[data-span-cap]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x + 1.25)),
    label: await mark.locator('[data-span]').getAttribute('data-span'),
  };
}

describeBrowser('figures about a span of years, and the province view', () => {
  const session = useBrowser();

  for (const lang of ['en', 'zh'] as const) {
    const w = WORDS[lang];

    it(`${lang}: years=2020 keeps Guangzhou's No.1 of 2017–2023 in chart, headline, table and CSV`, async () => {
      const { page, panel, errors } = await openRankings(session, lang, '&years=2020');
      expect(await panel.getByTestId('empty-state').count()).toBe(0);
      expect(await panel.innerText()).not.toContain(w.empty);
      expect(await panel.locator(`[data-figure-ids="${GUANGZHOU_SPAN}"]`).count()).toBe(1);
      expect(await panel.getByTestId('panel-headline').innerText()).toContain(w.leader);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/spans-2020-${lang}-1920.png` });

      const csv = await downloadText(page, panel, w.csv);
      expect(csv).toContain(GUANGZHOU_SPAN);
      await panel.getByRole('radio', { name: w.table }).check({ force: true });
      await panel.locator(`tr[data-figure-id="${GUANGZHOU_SPAN}"]`).waitFor();
      expect(errors).toEqual([]);
    });

    it(`${lang}: years=2016-2025 keeps the 2015–2017 "over 3 M a year" in chart, table and CSV`, async () => {
      const { page, panel, errors } = await openRankings(session, lang, '&years=2016-2025');
      const mark = panel.locator(`[data-figure-ids~="${OVER_3M_SPAN}"]`);
      expect(await mark.count()).toBe(1);
      // Drawn over its whole span, with its years written under it.
      expect(
        await panel.locator(`[data-span="${lang === 'en' ? '2015–2017' : '2015—2017年'}"]`).count(),
      ).toBe(1);
      const csv = await downloadText(page, panel, w.csv);
      expect(csv).toContain(OVER_3M_SPAN);
      await panel.getByRole('radio', { name: w.table }).check({ force: true });
      await panel.locator(`tr[data-figure-id="${OVER_3M_SPAN}"]`).waitFor();
      expect(errors).toEqual([]);
    });

    it(`${lang}: a span is a bracket over its years, with no mark in its middle year`, async () => {
      const { page, panel, errors } = await openRankings(session, lang, '');
      const rank = panel.locator('figure[aria-label]').first();
      const mark = rank.locator(`[data-figure-ids="${GUANGZHOU_SPAN}"]`);
      const drawn = await spanMark(mark);
      expect(drawn.glyphs).toBe(0);
      expect(drawn.label).toBe(w.span);
      expect(await mark.locator('[data-span] text').first().textContent()).toBe(w.span);
      // The end marks sit on the 2017 and 2023 ticks.
      const [x2017, x2023] = [await yearX(rank, 2017), await yearX(rank, 2023)];
      expect(drawn.caps).toHaveLength(2);
      expect(Math.abs((drawn.caps[0] ?? 0) - (x2017 ?? NaN))).toBeLessThan(2);
      expect(Math.abs((drawn.caps[1] ?? 0) - (x2023 ?? NaN))).toBeLessThan(2);
      await rank.screenshot({ path: `${SCREENSHOT_DIR}/spans-rank-${lang}.png` });

      // The exported image is the same drawing.
      const svg = await downloadText(page, panel, w.svg);
      const group = new RegExp(`data-figure-ids="${GUANGZHOU_SPAN}"[^>]*>([\\s\\S]*?)</g></g>`);
      const exported = group.exec(svg)?.[1] ?? '';
      expect(exported).toContain(`data-span="${w.span}"`);
      expect(exported).not.toContain('<path');

      // On paper too.
      await page.emulateMedia({ media: 'print' });
      await waitForSteady(page, '[data-panel=rankings]');
      const printed = await spanMark(
        panel.locator(`figure[aria-label] [data-figure-ids="${GUANGZHOU_SPAN}"]`).first(),
      );
      expect(printed.glyphs).toBe(0);
      expect(printed.caps).toHaveLength(2);
      expect(printed.label).toBe(w.span);
      await page.emulateMedia({ media: 'screen' });
      expect(errors).toEqual([]);
    });

    it(`${lang}: the province view names its rank, says it in the headline, disables what does not apply`, async () => {
      const { page, panel, errors } = await openRankings(session, lang, '&peers=provinces');
      expect(await panel.locator(`figure[aria-label="${w.provincesChart}"]`).count()).toBe(1);
      const legend = await panel.getByTestId('chart-legend').locator('li').allInnerTexts();
      expect(legend.map((l) => l.trim())).toContain(w.legend);
      expect(await panel.getByTestId('panel-headline').innerText()).toContain(w.held);

      const cities = panel.getByRole('group', {
        name: lang === 'en' ? 'Cities' : '城市',
        exact: true,
      });
      const box = (name: string) => cities.getByRole('checkbox', { name });
      const [cq, gz, sz] =
        lang === 'en' ? ['Chongqing', 'Guangzhou', 'Shenzhen'] : ['重庆', '广州', '深圳'];
      expect(await box(cq).isDisabled()).toBe(false);
      expect(await box(gz).isDisabled()).toBe(true);
      expect(await box(sz).isDisabled()).toBe(true);
      const note = panel.getByTestId('filter-note');
      expect(await note.innerText()).toBe(w.note);
      // Read with each disabled box.
      expect(await box(gz).getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
      await page.screenshot({ path: `${SCREENSHOT_DIR}/spans-provinces-${lang}-1920.png` });

      // Among cities every city applies again, and nothing was lost from the selection.
      await panel.getByRole('radio', { name: w.cities, exact: true }).check({ force: true });
      await panel.getByTestId('filter-note').waitFor({ state: 'detached' });
      expect(await box(gz).isDisabled()).toBe(false);
      expect(await box(gz).isChecked()).toBe(true);
      expect(errors).toEqual([]);
    });

    it(`${lang}: on a 390 px phone the span and the province view read whole`, async () => {
      const { page, panel, errors } = await openRankings(
        session,
        lang,
        '&years=2020',
        VIEWPORTS.phone,
      );
      await axisLabelsApart(page);
      const mark = panel.locator(`[data-figure-ids="${GUANGZHOU_SPAN}"]`);
      expect((await spanMark(mark)).glyphs).toBe(0);
      // The label fits inside the chart.
      const label = await mark.locator('[data-span] text').first().boundingBox();
      const chart = await panel.locator('svg.recharts-surface').first().boundingBox();
      expect(
        label && chart && label.x >= chart.x && label.x + label.width <= chart.x + chart.width,
      ).toBe(true);
      await panel.screenshot({ path: `${SCREENSHOT_DIR}/spans-2020-${lang}-390.png` });
      expect(errors).toEqual([]);

      const provinces = await openRankings(session, lang, '&peers=provinces', VIEWPORTS.phone);
      // The note wraps inside the page: nothing runs off a phone's width.
      const note = await provinces.panel.getByTestId('filter-note').boundingBox();
      expect(note && note.x + note.width <= VIEWPORTS.phone.width).toBe(true);
      await axisLabelsApart(provinces.page);
      await provinces.panel.screenshot({
        path: `${SCREENSHOT_DIR}/spans-provinces-${lang}-390.png`,
      });
      expect(provinces.errors).toEqual([]);
    });
  }
});
