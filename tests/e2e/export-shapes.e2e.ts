import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SCREENSHOT_DIR, describeBrowser, drawPanels, useBrowser } from './support/browser';

const PANELS = ['rankings', 'companies', 'nev', 'targets'] as const;
const LABELS = {
  en: {
    a4: 'Chart (PNG), A4 half page',
    slide: 'Chart (PNG), 16:9 slide',
    svg: 'Chart (SVG), A4 half page',
  },
  zh: { a4: '图表（PNG，A4半页）', slide: '图表（PNG，16:9幻灯片）', svg: '图表（SVG，A4半页）' },
} as const;
/** Pixels: 640 × 400 and 640 × 360 layout units at 3 px each (see figure-layout.ts). */
const SIZES = { a4: { width: 1920, height: 1200 }, slide: { width: 1920, height: 1080 } } as const;

async function download(page: Page, panelId: string, label: string) {
  const panel = page.locator(`[data-panel=${panelId}]`);
  await panel.getByTestId('export-menu').locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: label, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const pngSize = (bytes: Buffer) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

describeBrowser('chart images in report shapes', () => {
  const session = useBrowser();

  it.each(['en', 'zh'] as const)(
    'downloads every panel as an A4 half page and a 16:9 slide (%s), with key, sources and a whole link',
    async (lang) => {
      const { page, errors } = await session.open(`/?lang=${lang}&years=2016-2025`, {
        acceptDownloads: true,
      });
      for (const id of PANELS) await drawPanels(page, [id]);
      const before = await page
        .locator('[data-panel=rankings] svg.recharts-surface')
        .first()
        .evaluate((svg) => svg.getBoundingClientRect().width);

      for (const id of PANELS) {
        let a4Height = 0;
        for (const shape of ['a4', 'slide'] as const) {
          const png = await download(page, id, LABELS[lang][shape]);
          expect(png.name).toMatch(
            new RegExp(
              `^cq-auto_${id}_\\d{4}-\\d{2}-\\d{2}(_[\\w-]+)*_${shape === 'a4' ? 'a4-half' : 'slide-16x9'}\\.png$`,
            ),
          );
          writeFileSync(`${SCREENSHOT_DIR}/export-${lang}-${id}-${shape}.png`, png.bytes);
          const size = pngSize(png.bytes);
          if (shape === 'a4') a4Height = size.height;
          // The shape promised, every panel, the attainment bars too: a "16:9 slide" that is
          // not 16:9 breaks a deck. The text and bars give way (headline, key, row height).
          expect(size, `${id} ${shape}`).toEqual(SIZES[shape]);
        }
        const svg = (await download(page, id, LABELS[lang].svg)).bytes.toString('utf8');
        // The SVG is the same layout, in units of 3 px.
        expect(svg).toMatch(new RegExp(`^<svg[^>]* width="640" height="${a4Height / 3}"`));
        // The key for the marks, the sources and the panel's own link, whole.
        // The key explains the marks drawn: the attainment bars have none.
        const key =
          lang === 'en'
            ? ['derived by the app', 'articles disagree']
            : ['本平台测算', '文章数据不一致'];
        for (const words of key) {
          if (id === 'targets') expect(svg).not.toContain(words);
          else expect(svg, id).toContain(words);
        }
        expect(svg).toContain(lang === 'en' ? 'Sources' : '来源');
        const link = [...svg.matchAll(/<text[^>]*data-role="link"[^>]*>([^<]*)<\/text>/g)]
          .map((m) => m[1])
          .join('');
        expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/\\?.*panel=${id}`));
        expect(new URL(link.replaceAll('&amp;', '&')).searchParams.get('years')).toBe('2016-2025');
      }
      // The charts on screen are back at their own size after the exports.
      const width = () =>
        page
          .locator('[data-panel=rankings] svg.recharts-surface')
          .first()
          .evaluate((svg) => Math.round(svg.getBoundingClientRect().width));
      await expect.poll(width).toBe(Math.round(before));
      expect(errors).toEqual([]);
    },
  );

  it('closes the Export menu with Esc and leaves focus on its button', async () => {
    const { page } = await session.open('/?lang=en');
    await drawPanels(page, ['companies']);
    const menu = page.locator('[data-panel=companies]').getByTestId('export-menu');
    await menu.locator('summary').click();
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await menu.getByRole('button', { name: 'Data (CSV)' }).focus();
    await page.keyboard.press('Escape');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export');
  });
});
