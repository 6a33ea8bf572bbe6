import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  drawPanels,
  scrollToChart,
  useBrowser,
  waitForFigures,
  waitForSteady,
} from './support/browser';

/**
 * Issue 22 §5: Back with a dialog open (source dialog, share box, export menu) closes the dialog
 * and nothing else; it used to undo the last filter and leave the dialog open. Closing a dialog
 * the ordinary way leaves no history entry behind. Back after switching panel returns to where the
 * reader was on the page.
 */

const search = (page: Page) => page.evaluate(() => window.location.search);

/** Unchecks Shenzhen in the rankings panel: a filter change, one history entry. */
async function changeFilter(page: Page): Promise<{ before: string; after: string }> {
  const before = await search(page);
  await scrollToChart(page, 'rankings');
  await page
    .locator('[data-panel=rankings]')
    .getByRole('checkbox', { name: 'Shenzhen' })
    .uncheck({ force: true });
  await page.waitForFunction((b) => window.location.search !== b, before);
  return { before, after: await search(page) };
}

/** Goes back one entry and waits until the history has moved (popstate handled). */
async function back(page: Page): Promise<void> {
  const length = await page.evaluate(() => history.length);
  await page.evaluate(() => {
    (window as Window & { popped?: boolean }).popped = false;
    window.addEventListener(
      'popstate',
      () => ((window as Window & { popped?: boolean }).popped = true),
      {
        once: true,
      },
    );
  });
  await page.goBack();
  await page.waitForFunction(() => (window as Window & { popped?: boolean }).popped === true);
  // Back never adds entries.
  expect(await page.evaluate(() => history.length)).toBe(length);
}

interface DialogCase {
  name: string;
  open: (page: Page) => Promise<Locator>;
  closeNormally: (page: Page, dialog: Locator) => Promise<void>;
}

const SOURCE: DialogCase = {
  name: 'source dialog',
  open: async (page) => {
    await page
      .getByTestId('kpi-tile')
      .first()
      .getByRole('button', { name: /Source/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Where this figure comes from' });
    await dialog.waitFor();
    return dialog;
  },
  closeNormally: async (_page, dialog) => {
    await dialog.getByRole('button', { name: 'Close' }).click();
  },
};
const SHARE: DialogCase = {
  name: 'share box',
  open: async (page) => {
    await page.getByTestId('copy-link').click();
    const box = page.getByTestId('share-qr');
    await box.waitFor();
    return box;
  },
  closeNormally: async (page) => {
    await page.locator('header').getByRole('button', { name: 'Close' }).click();
  },
};
const EXPORT: DialogCase = {
  name: 'export menu',
  open: async (page) => {
    const menu = page.locator('[data-panel=rankings] [data-testid=export-menu]');
    await menu.locator('summary').click();
    const list = menu.locator('ul');
    await list.waitFor();
    return list;
  },
  closeNormally: async (page) => {
    await page.locator('[data-panel=rankings] [data-testid=export-menu] summary').click();
  },
};
const CASES = [SOURCE, SHARE, EXPORT] as const;

describeBrowser('Back and dialogs', () => {
  const session = useBrowser();

  it.each(CASES)('Back closes the $name and keeps the filter', async (c) => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    const { before, after } = await changeFilter(page);
    const dialog = await c.open(page);
    await back(page);
    await dialog.waitFor({ state: 'hidden' });
    // The filter is still in force, in the address and on screen.
    expect(await search(page)).toBe(after);
    expect(
      await page
        .locator('[data-panel=rankings]')
        .getByRole('checkbox', { name: 'Shenzhen' })
        .isChecked(),
    ).toBe(false);
    // The dialog's entry is gone: the next Back undoes the filter.
    await back(page);
    await page.waitForFunction((b) => window.location.search === b, before);
    expect(errors).toEqual([]);
  });

  it.each(CASES)('closing the $name normally leaves no history entry behind', async (c) => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    const { before, after } = await changeFilter(page);
    const dialog = await c.open(page);
    await c.closeNormally(page, dialog);
    await dialog.waitFor({ state: 'hidden' });
    // Closing stepped back over the dialog's entry (it carries the dialog's mark).
    await page.waitForFunction(
      () => (history.state as { cqamLayer?: number } | null)?.cqamLayer === undefined,
    );
    expect(await search(page)).toBe(after);
    // One Back undoes the filter: no stray entry of the dialog's in between.
    await back(page);
    await page.waitForFunction((b) => window.location.search === b, before);
    expect(errors).toEqual([]);
  });

  it('a filter changed under an open export menu: Back closes the menu, then undoes the filter', async () => {
    const { page, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    const start = await search(page);
    const menu = await EXPORT.open(page);
    const { after } = await changeFilter(page);
    await back(page);
    await menu.waitFor({ state: 'hidden' });
    expect(await search(page)).toBe(after);
    await back(page);
    await page.waitForFunction((b) => window.location.search === b, start);
    expect(errors).toEqual([]);
  });

  it('on a phone, Back (a swipe) closes the source dialog and nothing else', async () => {
    const { page, errors } = await session.open('/?lang=zh', {
      viewport: VIEWPORTS.phone,
      isMobile: true,
      hasTouch: true,
    });
    await waitForFigures(page);
    const query = await search(page);
    await page.getByTestId('kpi-tile').first().getByRole('button', { name: /来源/ }).tap();
    const dialog = page.getByRole('dialog', { name: '数据来源' });
    await dialog.locator('blockquote').waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/back-source-dialog-zh-390.png` });
    await back(page);
    await dialog.waitFor({ state: 'hidden' });
    expect(await search(page)).toBe(query);
    expect(errors).toEqual([]);
  });
});

describeBrowser('Back returns to where the reader was', () => {
  const session = useBrowser();
  const nevTop = (page: Page) =>
    page.evaluate(() =>
      Math.round(document.querySelector('[data-panel=nev]')?.getBoundingClientRect().top ?? NaN),
    );

  it.each([
    ['desktop', { viewport: VIEWPORTS.desktop }],
    ['phone', { viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true }],
  ] as const)(
    'after "Open alone" on the NEV panel, Back shows the overview where the reader was in it (%s)',
    async (name, options) => {
      const { page, errors } = await session.open('/?lang=en', options);
      await waitForFigures(page);
      await drawPanels(page);
      // The reader has scrolled down to the NEV panel (the panels above drawn on the way) and
      // has its header, with "Open alone", on screen.
      await page.evaluate(() => {
        document.querySelector('[data-panel=nev]')?.scrollIntoView();
        window.scrollBy(0, -100);
      });
      await waitForSteady(page, '[data-panel]');
      const before = await nevTop(page);
      expect(before).toBe(100);
      await page
        .locator('[data-panel=nev]')
        .getByRole('button', { name: /^Open alone/ })
        .click();
      await page.waitForFunction(() => new URLSearchParams(location.search).get('panel') === 'nev');
      await back(page);
      await page.waitForFunction(() => !new URLSearchParams(location.search).has('panel'));
      // The same part of the NEV panel at the top of the screen as before (not the same pixel
      // offset of a page whose charts above have not been drawn again).
      await page.waitForFunction(
        (top) =>
          Math.abs(
            (document.querySelector('[data-panel=nev]')?.getBoundingClientRect().top ?? NaN) - top,
          ) <= 2,
        before,
        { timeout: 10_000 },
      );
      await waitForSteady(page, '[data-panel]');
      expect(Math.abs((await nevTop(page)) - before)).toBeLessThanOrEqual(2);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/back-scroll-${name}.png` });
      expect(errors).toEqual([]);
    },
  );
});
