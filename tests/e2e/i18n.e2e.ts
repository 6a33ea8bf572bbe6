import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  describeBrowser,
  queryOf,
  useBrowser,
  waitForFigures,
  drawPanels,
  chooseLanguage,
} from './support/browser';

/** Latin words a Chinese reader may meet: proper names, the language switch, chart marks. */
// File formats (CSV, PNG, SVG) and the Esc key keep their names in Chinese software too.
const ALLOWED_LATIN = new Set([
  'iChongqing',
  'Kr',
  'Yang',
  'Qifei',
  // The WeChat account's name, which the article gives only in English (issue 12 §5).
  'Urban',
  'Evolution',
  'Theory',
  // The outlets' partner, which the article does not name in Chinese either (issue 22 §6).
  'Chongqing',
  'Daily',
  'English',
  'AITO',
  'Esc',
  'CSV',
  'PNG',
  'SVG',
  // Microsoft's product name, as Chinese Office itself writes it (下载 PowerPoint).
  'PowerPoint',
]);

async function latinWords(page: Page): Promise<string[]> {
  // A translated title keeps the article's own beside it, quoted as 原题“…” (issue 22 §6): the
  // article's words, like an excerpt, not the app's.
  const text = (await page.evaluate(() => document.body.innerText)).replace(/原题“[^”]*”/g, '');
  return [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])].filter((w) => !ALLOWED_LATIN.has(w));
}

describeBrowser('Chinese and English in Chromium', () => {
  const session = useBrowser();

  it('switches language from the header: URL, headline and tooltip follow', async () => {
    const { page, errors } = await session.open('/?lang=en&panel=rankings');
    const panel = page.locator('[data-panel=rankings]');
    await panel.locator('[data-point-id]').first().waitFor();
    expect(await panel.getByTestId('panel-headline').innerText()).toContain(
      'Chongqing made 2.788 M vehicles in 2025',
    );
    await chooseLanguage(page, '中文');
    expect((await queryOf(page)).lang).toBe('zh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await panel.getByTestId('panel-headline').innerText()).toContain(
      '重庆2025年汽车产量278.8万辆，同比增长9.7%。',
    );
    await panel.locator('[data-point-id] path').last().hover({ force: true });
    const tooltip = page.getByTestId('chart-tooltip');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toMatch(/时期[\s\S]*类型[\s\S]*来源/);
    expect(text).toMatch(/万辆|第\d名/);
    await chooseLanguage(page, 'English');
    expect((await queryOf(page)).lang).toBe('en');
    expect(await panel.getByTestId('panel-headline').innerText()).toContain('Chongqing was No.1');
    expect(errors).toEqual([]);
  });

  it('follows the browser language when the link has none', async () => {
    const zh = await session.open('/', { locale: 'zh-CN' });
    await waitForFigures(zh.page);
    // Issue 17: a language taken from the browser is not written into the address, so a link
    // copied from it opens in each recipient's own language.
    expect((await queryOf(zh.page)).lang).toBeUndefined();
    expect(await zh.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await zh.page.getByRole('heading', { level: 1 }).innerText()).toBe('重庆汽车产业监测');
    const en = await session.open('/', { locale: 'en-GB' });
    await waitForFigures(en.page);
    expect((await queryOf(en.page)).lang).toBeUndefined();
    expect(await en.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('shows every panel in Chinese without an English word, and screenshots each', async () => {
    const { page, errors } = await session.open('/?lang=zh');
    await waitForFigures(page);
    for (const id of ['rankings', 'companies', 'nev', 'targets']) {
      await drawPanels(page, [id]);
    }
    expect(await latinWords(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/zh-overview.png`, fullPage: true });
    for (const id of ['rankings', 'companies', 'nev', 'targets']) {
      await page
        .locator(`[data-panel=${id}]`)
        .screenshot({ path: `${SCREENSHOT_DIR}/zh-panel-${id}.png` });
    }
    // Tables, the run sheet and a source dialog too.
    for (const id of ['rankings', 'companies', 'nev', 'targets']) {
      await page
        .locator(`[data-panel=${id}]`)
        .getByRole('radio', { name: '表格' })
        .check({ force: true });
    }
    await page.getByText('演示流程（0）').click();
    expect(await latinWords(page)).toEqual([]);
    await page.getByRole('button', { name: '查看来源：重庆汽车产量', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await dialog.locator('blockquote').waitFor();
    // The excerpt stays in the article's language (English) and says so; the rest is Chinese.
    expect(await dialog.innerText()).toContain('按原文语言（英文）逐字摘录。');
    expect(await dialog.locator('blockquote').getAttribute('lang')).toBe('en');
    await dialog.screenshot({ path: `${SCREENSHOT_DIR}/zh-source-dialog.png` });
    expect(errors).toEqual([]);
  });

  it('shows the slides in Chinese without an English word', async () => {
    for (let slide = 1; slide <= 6; slide++) {
      const { page, context } = await session.open(`/?lang=zh&present=1&slide=${slide}`);
      await page
        .locator(
          '[data-slide] [data-point-id], [data-slide] .recharts-bar-rectangle, [data-slide] [data-testid=kpi-tile], [data-slide] [data-milestone]',
        )
        .first()
        .waitFor();
      expect(await latinWords(page), `slide ${slide}`).toEqual([]);
      await context.close();
    }
  });
});
