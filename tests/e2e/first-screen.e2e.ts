import { expect, it } from 'vitest';
import { formatFigure } from '../../src/lib/format';
import { dataset } from '../unit/support/dataset';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  queryOf,
  useBrowser,
  waitForFigures,
} from './support/browser';

describeBrowser('first screen in Chromium', () => {
  const session = useBrowser();

  it('loads with no console errors and shows the dataset’s headline figures', async () => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    const expected = {
      'Chongqing vehicle production': 'chongqing-vehicle-production-2025',
      'Chongqing NEV production': 'chongqing-nev-production-2025',
      'Auto industry cluster scale': 'chongqing-cluster-scale-2025',
    };
    for (const [label, id] of Object.entries(expected)) {
      const figure = dataset.byId.get(id);
      if (!figure) throw new Error(`missing ${id}`);
      const tile = page.getByRole('article', { name: label });
      expect(await tile.getByTestId('kpi-value').innerText()).toBe(formatFigure(figure, 'en'));
    }
    expect(
      await page.getByRole('article', { name: "NEV share of Chongqing's production" }).innerText(),
    ).toContain('46.5%');
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/first-screen-1920.png`, fullPage: true });
  });

  it('writes a filter change to the URL, and reload restores it', async () => {
    const { page } = await session.open('/?lang=en');
    await waitForFigures(page);
    await page.getByLabel('To', { exact: true }).selectOption('2023');
    expect(await queryOf(page)).toEqual({ years: '-2023', lang: 'en', v: '4' });
    await page.reload();
    await waitForFigures(page);
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2023');
    const tile = page.getByRole('article', { name: 'Chongqing vehicle production' });
    expect(await tile.getByTestId('kpi-value').innerText()).toBe('2.3 M vehicles');
  });

  it('restores the previous view on browser back and forward', async () => {
    const { page } = await session.open('/?lang=en');
    await waitForFigures(page);
    await page
      .getByRole('group', { name: 'Measure' })
      .getByRole('radio', { name: 'Sales' })
      .check({ force: true });
    await page.getByLabel('From', { exact: true }).selectOption('2016');
    expect(await queryOf(page)).toEqual({ years: '2016-', measure: 'sales', lang: 'en', v: '4' });
    await page.goBack();
    expect(await queryOf(page)).toEqual({ measure: 'sales', lang: 'en', v: '4' });
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('');
    await page.goBack();
    expect(await queryOf(page)).toEqual({ lang: 'en', v: '4' });
    expect(await page.getByRole('radio', { name: 'Production' }).isChecked()).toBe(true);
    await page.goForward();
    expect(
      await page
        .getByRole('group', { name: 'Measure' })
        .getByRole('radio', { name: 'Sales' })
        .isChecked(),
    ).toBe(true);
  });

  it('names the ignored part of an invalid link and keeps the rest', async () => {
    const { page, errors } = await session.open('/?lang=en&from=20x6&to=2024&colour=red');
    await waitForFigures(page);
    const notice = page.getByTestId('notice-bar');
    expect(await notice.innerText()).toContain('“20x6” is not a valid value for “from”');
    expect(await notice.innerText()).toContain('Unknown setting “colour” was ignored.');
    expect(await queryOf(page)).toEqual({ years: '-2024', lang: 'en', v: '4' });
    expect(errors).toEqual([]);
  });

  it('opens a figure’s source in a dialog that Esc closes, returning focus', async () => {
    const { page } = await session.open('/?lang=en');
    await waitForFigures(page);
    const button = page.getByRole('button', { name: 'Source of: Chongqing vehicle production' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Where this figure comes from' });
    await dialog.locator('blockquote').waitFor();
    expect(await dialog.innerText()).toContain(
      'The annual automobile production volume reached 2.788 million vehicles',
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('looks right on a phone', async () => {
    const { page, errors } = await session.open('/?lang=en', { viewport: VIEWPORTS.phone });
    await waitForFigures(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/first-screen-phone.png`, fullPage: true });
  });
});
