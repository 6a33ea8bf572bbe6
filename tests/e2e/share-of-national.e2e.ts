import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  scrollToChart,
  useBrowser,
} from './support/browser';

/**
 * Issue 22 §4: the share-of-national view says which series it leaves out and why (China is the
 * divisor of every share; Chongqing's NEV sales have no national sales of the same year), and its
 * two 2020 shares, one from each of the two conflicting national figures, are told apart.
 */
const TEXT = {
  en: {
    national:
      'China: no share of national drawn; its figures are the divisor of every share, not a share themselves.',
    sales:
      'Chongqing · NEV sales: not drawn as a share of national, there is no China · NEV sales figure for the same year.',
    conflict: 'Conflicting figures',
    used: (figure: string, source: string) => `This value uses ${figure} from ${source}.`,
    other: (figure: string, source: string, value: string) =>
      `With ${figure} from ${source} it would be ${value}.`,
    a: { figure: '1.366 M vehicles', source: '36Kr (Jan 2026)', share: '3.7%' },
    b: { figure: '1.456 M vehicles', source: 'iChongqing (Jul 2024)', share: '3.5%' },
    computed: 'Computed by the app from ',
  },
  zh: {
    national: '全国：作为计算占全国比重的分母，本身不计算占全国比重。',
    sales: '重庆 · 新能源汽车销量：没有同年的全国 · 新能源汽车销量数据，未显示占全国比重。',
    conflict: '数据冲突',
    used: (figure: string, source: string) => `本值采用${source}所载的${figure}。`,
    other: (figure: string, source: string, value: string) =>
      `若采用${source}所载的${figure}，则为${value}。`,
    a: { figure: '136.6万辆', source: '36Kr（2026年1月）', share: '3.7%' },
    b: { figure: '145.6万辆', source: 'iChongqing（2024年7月）', share: '3.5%' },
    computed: '本平台据',
  },
} as const;

const POINT = (side: 'a' | 'b') =>
  `[data-point-id="ratio:chongqing-nev-production-2020+china-nev-production-2020-${side}"]`;

async function tooltipOf(page: Page, side: 'a' | 'b'): Promise<string> {
  const point = page.locator(`[data-panel=nev] ${POINT(side)}`);
  // The two marks of 2020 sit close together: enter each one itself, not whatever lies on top.
  await point.dispatchEvent('mouseover');
  const tip = page.getByTestId('chart-tooltip');
  await tip.waitFor();
  const text = await tip.innerText();
  await point.dispatchEvent('mouseout');
  await tip.waitFor({ state: 'detached' });
  return text;
}

describeBrowser('share of national: what is left out, and the two 2020 shares', () => {
  const session = useBrowser();

  it.each(['en', 'zh'] as const)(
    'says why China and Chongqing NEV sales are not drawn, in words a reader follows (%s)',
    async (lang) => {
      const { page, errors } = await session.open(`/?lang=${lang}&panel=nev&nev.growth=share`);
      await scrollToChart(page, 'nev');
      const notes = page.locator('[data-panel=nev] [data-testid=growth-note]');
      await notes.first().waitFor();
      const lines = await notes.allInnerTexts();
      expect(lines).toContain(TEXT[lang].national);
      expect(lines).toContain(TEXT[lang].sales);
      // The old line named no series and gave a reason that was not the case for China.
      expect(lines.join('\n')).not.toMatch(
        /没有同年的全国数据，未显示|no national figure for the same years/,
      );
      expect(errors).toEqual([]);
    },
  );

  it.each(['en', 'zh'] as const)(
    'marks each 2020 share as a conflict, with its own source, and names the other (%s)',
    async (lang) => {
      const { page, errors } = await session.open(`/?lang=${lang}&panel=nev&nev.growth=share`);
      await scrollToChart(page, 'nev');
      const t = TEXT[lang];
      for (const side of ['a', 'b'] as const) {
        const point = page.locator(`[data-panel=nev] ${POINT(side)}`);
        await point.waitFor();
        // Each mark carries its own ⚠, not only a range between them.
        expect(await point.locator('text', { hasText: '⚠' }).count()).toBe(1);
      }
      const [a, b] = [await tooltipOf(page, 'a'), await tooltipOf(page, 'b')];
      expect(a).toContain(t.a.share);
      expect(a).toContain(t.conflict);
      expect(a).toContain(t.used(t.a.figure, t.a.source));
      expect(a).toContain(t.other(t.b.figure, t.b.source, t.b.share));
      expect(a).toContain(`${t.computed}${t.a.source}`);
      expect(b).toContain(t.b.share);
      expect(b).toContain(t.used(t.b.figure, t.b.source));
      expect(b).toContain(t.other(t.a.figure, t.a.source, t.a.share));
      expect(b).toContain(t.b.source);
      if (lang === 'zh') {
        await page.locator(`[data-panel=nev] ${POINT('a')}`).dispatchEvent('mouseover');
        await page.getByTestId('chart-tooltip').waitFor();
        await page
          .locator('[data-panel=nev]')
          .screenshot({ path: `${SCREENSHOT_DIR}/nev-share-conflict-zh-1920.png` });
      }

      // The table: each 2020 row carries the conflict mark and names its own articles.
      await page.goto(
        `${new URL(page.url()).origin}/?lang=${lang}&panel=nev&nev.growth=share&table=nev`,
      );
      const rows = page.locator(
        '[data-panel=nev] tr[data-figure-id*="chongqing-nev-production-2020+"]',
      );
      await rows.first().waitFor();
      expect(await rows.count()).toBe(2);
      for (const side of ['a', 'b'] as const) {
        const row = page.locator(
          `[data-panel=nev] tr[data-figure-id="ratio:chongqing-nev-production-2020+china-nev-production-2020-${side}"]`,
        );
        expect(await row.getByTestId('conflict-mark').count()).toBe(1);
        expect(await row.innerText()).toContain(t[side].source);
      }
      // The conflict is listed under the panel, with the view's other conflicts.
      expect(await page.locator('[data-panel=nev]').innerText()).toContain(
        lang === 'en' ? "China's NEV production in 2020" : '2020年全国新能源汽车产量',
      );
      expect(errors).toEqual([]);
    },
  );

  it('reads on a phone: notes wrap, both 2020 marks keep their ⚠ (390 px)', async () => {
    const { page, errors } = await session.open('/?lang=zh&panel=nev&nev.growth=share', {
      viewport: VIEWPORTS.phone,
    });
    await scrollToChart(page, 'nev');
    await page.locator(`[data-panel=nev] ${POINT('b')}`).waitFor();
    const notes = page.locator('[data-panel=nev] [data-testid=growth-note]');
    for (const box of await notes.evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect().right),
    ))
      expect(box).toBeLessThanOrEqual(390);
    await page
      .locator('[data-panel=nev]')
      .screenshot({ path: `${SCREENSHOT_DIR}/nev-share-conflict-zh-390.png` });
    expect(errors).toEqual([]);
  });
});
