import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dataset } from '../unit/support/dataset';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  drawPanels,
  useBrowser,
  waitForFigures,
} from './support/browser';

const PANELS = ['rankings', 'companies', 'nev', 'targets'] as const;

/** Everything the reader sees on the page, as one text. */
const shownText = (page: Page) => page.locator('body').innerText();

/** The row of the targets table whose header matches. */
const targetRow = (page: Page, header: RegExp) =>
  page.locator('[data-testid=targets-table] tbody tr').filter({ has: page.getByText(header) });

/** Wording a government research office would not publish (issue 22). */
const OLD_ZH = [
  '新能源汽车渗透率',
  '第1名',
  '前3名',
  '本应用',
  '数据集 ',
  '同比变化',
  '输入数据',
  '需年均≤',
  '−0.4万辆',
  '2020—2020年',
  '36氪',
];

describeBrowser('Chinese as written by a person', () => {
  const session = useBrowser();

  it('summaries have no space after 。, titles stand in 《》, one unit for one difference', async () => {
    const { page, errors } = await session.open('/?lang=zh');
    await page.getByTestId('kpi-tile').first().waitFor();
    for (const id of PANELS) {
      await drawPanels(page, [id]);
      const panel = page.locator(`[data-panel=${id}]`);
      const headline = await panel.getByTestId('panel-headline').innerText();
      expect(headline, id).toMatch(/。$/);
      expect(headline, id).not.toMatch(/[。，] /);
      const sources = await panel.getByTestId('panel-sources').innerText();
      expect(sources, id).toMatch(/《[^》]+》/);
      expect(sources, id).not.toMatch(/、“/);
      await panel.screenshot({ path: `${SCREENSHOT_DIR}/zh-panel-${id}.png` });
    }
    const rankings = await page
      .locator('[data-panel=rankings]')
      .getByTestId('panel-headline')
      .innerText();
    expect(rankings).toContain('汽车产量在全国城市中排名第一');
    expect(rankings).toContain('同比增长');

    // The gap and the verdict beside it say one difference in one unit: 4000辆 (issue 22).
    const targets = page.locator('[data-panel=targets]');
    await targets.getByRole('radio', { name: '表格' }).check({ force: true });
    // The row of the 1.3 M target itself (the 1.5 M target's note names it too).
    const nev = page
      .locator('[data-testid=targets-table] tbody tr')
      .filter({ hasText: /^\s*重庆 · 新能源汽车产量\s*130万辆/ });
    expect(await nev.locator('td').nth(2).innerText()).toBe('−4000辆');
    expect(await nev.getByTestId('verdict').innerText()).toContain('相差4000辆');
    // 1.3 M NEV production and 1.5 M intelligent connected NEVs are two targets, not two readings.
    expect(await nev.getByTestId('readings').count()).toBe(0);
    await targets.screenshot({ path: `${SCREENSHOT_DIR}/zh-panel-targets-table.png` });
    expect(errors).toEqual([]);
  });
});

describeBrowser('Chinese as a government research office publishes it (issue 22)', () => {
  const session = useBrowser();

  it('names each measure one way, ranks among their peers, 本平台测算 and 约 in text', async () => {
    const { page, errors } = await session.open('/?lang=zh&table=rankings');
    await waitForFigures(page);
    await drawPanels(page, PANELS);
    // The NEV panel measures shares of production, not 渗透率 (a share of sales): one name for
    // it in the navigation, the panel, the tab and the tiles.
    await page.getByRole('heading', { name: '新能源汽车发展', exact: true }).waitFor();
    const tiles = page.getByTestId('kpi-tile');
    expect(
      await tiles.filter({ hasText: '重庆汽车产量排名' }).getByTestId('kpi-value').innerText(),
    ).toBe('全国城市第一');
    expect(await tiles.filter({ hasText: '重庆新能源汽车产量占比' }).innerText()).toContain('测算');
    const nev = page.locator('[data-panel=nev]');
    expect(await nev.innerText()).toContain('全国前三');
    expect(await nev.innerText()).toContain('全国前十地区中第一');
    // Retail penetration is a share of sales, and says so.
    expect(await nev.innerText()).toContain(
      '全国新能源汽车零售渗透率（新能源汽车占零售销量的比重）',
    );
    // An implied value in running text (a table cell): 约, never ≈ before a number.
    const table = page.locator('[data-panel=rankings] [data-testid=data-table]');
    expect(await table.innerText()).toContain('约254.1万辆');
    expect(await page.getByTestId('data-stamp').innerText()).toMatch(/数据版本 \w+。$/);
    const text = await shownText(page);
    for (const old of OLD_ZH) expect(text, old).not.toContain(old);
    expect(text).not.toMatch(/≈\s*[\d−+]/);
    expect(text).toContain('本平台测算');
    // Ranges with —: no year range written with a hyphen or an en dash.
    expect(text).not.toMatch(/(19|20)\d\d\s*[-–]\s*(19|20)\d\d/);

    // Sales: the share of sales is named like the share of production.
    await page
      .getByRole('group', { name: '口径' })
      .getByRole('radio', { name: '销量', exact: true })
      .check({ force: true });
    await tiles.filter({ hasText: '重庆新能源汽车销量占比' }).waitFor();
    await page.getByRole('button', { name: '新能源汽车发展', exact: true }).click();
    await page.waitForFunction(() => document.title === '新能源汽车发展 · 重庆汽车产业监测');
    expect(errors).toEqual([]);
  });

  it('says in English what the Chinese says: NEV development, No. 1 among cities', async () => {
    const { page, errors } = await session.open('/?lang=en&panel=nev');
    await waitForFigures(page);
    await page.getByRole('heading', { name: 'NEV development', exact: true }).waitFor();
    expect(await page.title()).toBe('NEV development · Chongqing Auto Monitor');
    const rank = page.getByTestId('kpi-tile').filter({ hasText: "Chongqing's production rank" });
    expect(await rank.getByTestId('kpi-value').innerText()).toBe('No. 1 among cities');
    await drawPanels(page, ['nev']);
    expect(await page.locator('[data-panel=nev]').innerText()).toContain('top 3 nationwide');
    expect(await shownText(page)).not.toContain('NEV penetration');
    expect(errors).toEqual([]);
  });

  it('says the growth a target needs in words, and one year as a year', async () => {
    const { page, errors } = await session.open('/?lang=zh&panel=targets&table=targets');
    await page.locator('[data-testid=targets-table]').waitFor();
    const cluster = targetRow(page, /产业集群规模[\s\S]*1万亿元[\s\S]*2027/);
    expect(await cluster.locator('td').last().innerText()).toContain('年均增长不超过11.8%即可实现');

    // One year chosen: "2020年", not "2020—2020年"; in English "2020", not "2020–2020".
    for (const [lang, note] of [
      ['zh', '年份：2020年（随上方年份筛选）。'],
      ['en', 'Years: 2020 (the year filter above).'],
    ] as const) {
      await page.goto(page.url().replace(/\?.*$/, `?lang=${lang}&years=2020`));
      await waitForFigures(page);
      await page.getByText(note, { exact: true }).waitFor();
      expect(await shownText(page)).not.toMatch(/2020\s*[—–-]\s*2020/);
    }
    expect(errors).toEqual([]);
  });

  it('names link parameters in Chinese and writes ranges with —', async () => {
    const { page, errors } = await session.open(
      '/?lang=zh&panel=nope&years=2025-2016&cities=chongqing,atlantis',
    );
    const notice = page.getByTestId('notice-bar');
    await notice.waitFor();
    expect(await notice.locator('li').allInnerTexts()).toEqual([
      '链接参数“面板”取值“nope”无效，已按默认显示。',
      '链接参数“年份”取值“2025—2016年”起止颠倒，已显示全部年份。',
      '链接参数“城市”中的无效取值“atlantis”已忽略。',
    ]);
    await notice.screenshot({ path: `${SCREENSHOT_DIR}/zh-notice.png` });
    expect(errors).toEqual([]);
  });

  it('marks translated titles, keeps outlets as given, and sets a translation beneath the excerpt', async () => {
    const { page, errors } = await session.open('/?lang=zh');
    await waitForFigures(page);
    const tile = page.getByTestId('kpi-tile').filter({ hasText: '重庆汽车产量' }).first();
    await tile.getByRole('button', { name: '查看来源：重庆汽车产量', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const source = dataset.observations.find((o) => o.id === 'chongqing-vehicle-production-2025');
    if (!source?.excerptZh) throw new Error('the 2025 production record has no translation');
    // The excerpt verbatim in the article's language, the translation beneath it, marked.
    const quote = dialog.locator('blockquote');
    expect(await quote.getAttribute('lang')).toBe('en');
    expect(await quote.innerText()).toBe(source.excerpt);
    expect(await dialog.getByTestId('excerpt-translation').innerText()).toBe(
      `译文（本平台翻译）：${source.excerptZh}`,
    );
    const text = await dialog.innerText();
    expect(text).toContain('原文所述同比增速');
    expect(text).toContain(
      "《重夺“汽车第一城”：西部重镇的回归》（译名，原题“Chongqing regains the title of China's No.1 automobile city”）",
    );
    expect(text).toContain('36Kr（转载自微信公众号“Urban Evolution Theory”，作者：Yang Qifei）');
    await dialog.screenshot({ path: `${SCREENSHOT_DIR}/zh-source-dialog.png` });
    await page.keyboard.press('Escape');

    // A derived figure lists what it is computed from: 计算依据.
    await page
      .getByRole('button', { name: '查看来源：重庆新能源汽车产量占比', exact: true })
      .click();
    await dialog.getByRole('heading', { name: '计算依据' }).waitFor();
    await page.keyboard.press('Escape');

    // A panel's sources: translated titles marked, the date after a comma, not a second bracket.
    await drawPanels(page, ['rankings']);
    const sources = await page
      .locator('[data-panel=rankings]')
      .getByTestId('panel-sources')
      .innerText();
    expect(sources).toContain(
      "《2024年上半年重庆汽车产量居全国首位》（译名，原题“Chongqing leads China's vehicle production in the first half of 2024”），2024年7月",
    );
    expect(sources).not.toContain('）（');

    // A milestone's excerpt, likewise.
    const first = page.locator('[data-milestone]').first();
    await first.scrollIntoViewIfNeeded();
    await first.locator('summary').click();
    expect(await first.getByTestId('excerpt-translation').innerText()).toMatch(
      /^译文（本平台翻译）：/,
    );
    expect(errors).toEqual([]);
  });

  it('gives the English reader the excerpt alone, and titles as published', async () => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    await page.getByRole('button', { name: 'Source of: Chongqing vehicle production' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('blockquote').waitFor();
    expect(await dialog.getByTestId('excerpt-translation').count()).toBe(0);
    expect(await dialog.innerText()).toContain(
      "Chongqing regains the title of China's No.1 automobile city",
    );
    expect(await dialog.innerText()).not.toContain('translated');
    expect(errors).toEqual([]);
  });

  it('puts the translation beside the excerpt in a Chinese CSV, and names the panel as on screen', async () => {
    const { page, errors } = await session.open('/?lang=zh&panel=nev', { acceptDownloads: true });
    await drawPanels(page, ['nev']);
    const panel = page.locator('[data-panel=nev]');
    await panel.getByTestId('export-menu').locator('summary').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: '数据（CSV）' }).click(),
    ]);
    const text = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
    const [meta = '', table = ''] = text.split('\r\n\r\n');
    expect(meta).toContain('重庆汽车产业监测 — 新能源汽车发展');
    const rows = Papa.parse<string[]>(table.trimEnd(), { newline: '\r\n' }).data;
    const header = rows[0] ?? [];
    const at = header.indexOf('摘录译文（本平台翻译）');
    expect(at).toBe(header.indexOf('原文摘录（原文语言）') + 1);
    const byId = new Map(dataset.observations.map((o) => [o.id, o]));
    const translated = rows.slice(1).filter((r) => byId.has(r[0] ?? ''));
    expect(translated.length).toBeGreaterThan(5);
    for (const r of translated) expect(r[at]).toBe(byId.get(r[0] ?? '')?.excerptZh);
    for (const old of OLD_ZH) expect(text, old).not.toContain(old);
    expect(errors).toEqual([]);
  });

  it('reads on a 390 px phone: every panel in Chinese', async () => {
    const { page, errors } = await session.open('/?lang=zh', { viewport: VIEWPORTS.phone });
    await waitForFigures(page);
    for (const id of PANELS) {
      await drawPanels(page, [id]);
      const panel = page.locator(`[data-panel=${id}]`);
      await panel.screenshot({ path: `${SCREENSHOT_DIR}/zh-phone-panel-${id}.png` });
    }
    const text = await shownText(page);
    for (const old of OLD_ZH) expect(text, old).not.toContain(old);
    expect(errors).toEqual([]);
  });
});
