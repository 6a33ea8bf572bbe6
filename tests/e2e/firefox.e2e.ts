// The core checks again in a second engine: Firefox ESR over WebDriver BiDi (puppeteer-core),
// against the same production build the Chromium tests use.
import Papa from 'papaparse';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { displayValue } from '../../src/data/precision';
import { formatFigure } from '../../src/lib/format';
import { dataset } from '../unit/support/dataset';
import { SCREENSHOT_DIR, VIEWPORTS } from './support/browser';
import {
  describeFirefox,
  downloadedFile,
  queryOf,
  textOf,
  useFirefox,
  waitForFigures,
} from './support/firefox';

const figure = (id: string) => {
  const f = dataset.byId.get(id);
  if (!f) throw new Error(`missing ${id}`);
  return f;
};

/** The headline tile's value, found by its accessible name as a reader's screen reader would. */
const tileValue = (page: Page, name: string) =>
  page
    .locator(`::-p-aria([name="${name}"][role="article"]) [data-testid=kpi-value]`)
    .map((el) => (el as HTMLElement).innerText)
    .wait();

const slideState = async (page: Page) => ({
  counter: await textOf(page, '[data-testid=slide-counter]'),
  slide: await page.$eval('[data-slide]', (el) => el.getAttribute('data-slide')),
  heading: await textOf(page, '[data-slide] h2'),
  param: (await queryOf(page)).slide ?? '1',
});

describeFirefox('core checks in Firefox ESR', () => {
  const session = useFirefox();

  it('first load shows the headline figures with no console or page errors', async () => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    const expected = {
      'Chongqing vehicle production': 'chongqing-vehicle-production-2025',
      'Chongqing NEV production': 'chongqing-nev-production-2025',
      'Auto industry cluster scale': 'chongqing-cluster-scale-2025',
    };
    for (const [label, id] of Object.entries(expected))
      expect(await tileValue(page, label)).toBe(formatFigure(figure(id), 'en'));
    // Charts below the fold draw as they come into view: scroll through once so their code runs.
    await page.$eval('[data-panel=targets]', (el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForSelector('[data-panel=targets] [data-testid=targets-table]');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-first-screen-1920.png` });
    expect(errors).toEqual([]);

    const phone = await session.open('/?lang=zh', VIEWPORTS.phone);
    await waitForFigures(phone.page);
    expect(await tileValue(phone.page, '重庆汽车产量')).toBe(
      formatFigure(figure('chongqing-vehicle-production-2025'), 'zh'),
    );
    await phone.page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-phone-390.png` });
    expect(phone.errors).toEqual([]);
  });

  it('writes a filter chosen in the UI to the URL, and reload restores it', async () => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    const to = '::-p-aria([name="To"][role="combobox"])';
    await page.select(to, '2023');
    await page.waitForFunction(() => window.location.search.includes('years='));
    expect(await queryOf(page)).toEqual({ years: '-2023', lang: 'en', v: '4' });
    await page.reload();
    await waitForFigures(page);
    expect(await page.$eval(to, (el) => (el as HTMLSelectElement).value)).toBe('2023');
    // The panel follows the restored filter: the latest production figure in view is 2023's.
    expect(await tileValue(page, 'Chongqing vehicle production')).toBe('2.3 M vehicles');
    expect(errors).toEqual([]);
  });

  it('opens presentation mode from the header, and PageDown moves to the next slide', async () => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    await page.locator('::-p-aria([name="Present (P)"][role="button"])').click();
    await page.waitForSelector('[data-testid=presentation] [data-testid=kpi-tile]');
    expect(await slideState(page)).toEqual({
      counter: '1 / 6',
      slide: 'figures',
      heading: 'Key figures',
      param: '1',
    });
    await page.keyboard.press('PageDown');
    await page.waitForSelector('[data-slide=rankings] [data-point-id]');
    expect(await slideState(page)).toMatchObject({
      counter: '2 / 6',
      slide: 'rankings',
      heading: 'City rankings',
      param: '2',
    });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-slide-2-1920.png` });
    await page.keyboard.press('PageUp');
    expect((await slideState(page)).counter).toBe('1 / 6');
    expect(errors).toEqual([]);
  });

  it('downloads a panel as CSV: header block, column names and a known figure', async () => {
    const { page, errors, downloads } = await session.open('/?lang=en');
    await waitForFigures(page);
    await page.locator('[data-panel=rankings] [data-testid=export-menu] summary').click();
    await page.locator('[data-panel=rankings] ::-p-aria([name="Data (CSV)"])').click();
    // A real download (WebDriver BiDi download behaviour), read from disk, not an intercepted Blob.
    const file = await downloadedFile(downloads);
    expect(file.name).toMatch(/^cq-auto_rankings_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = file.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [head = '', table = ''] = text.slice(1).split('\r\n\r\n');
    expect(head).toMatch(/^View,Chongqing Auto Monitor — City rankings\r\n/);
    const rows = Papa.parse<string[]>(table.trimEnd(), { newline: '\r\n' }).data;
    expect(rows[0]?.slice(0, 5)).toEqual(['id', 'entity', 'metric', 'period', 'value']);
    const production = figure('chongqing-vehicle-production-2025');
    const row = rows.find((r) => r[0] === production.id);
    expect(row?.slice(1, 5)).toEqual([
      'Chongqing',
      'Vehicle production',
      '2025',
      String(displayValue(production)),
    ]);
    expect(errors).toEqual([]);
  });
});
