import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { VIEWPORTS, describeBrowser, queryOf, useBrowser, chooseLanguage } from './support/browser';

const viewOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cqamView: unknown }).__cqamView);

async function visibleState(page: Page) {
  const panel = page.locator('[data-panel=nev]');
  await panel.locator('[data-point-id]').first().waitFor();
  return {
    headline: await panel.getByTestId('panel-headline').innerText(),
    checked: await panel
      .getByRole('checkbox')
      .evaluateAll((els) =>
        els.map(
          (e) => `${e.parentElement?.textContent ?? ''}:${String((e as HTMLInputElement).checked)}`,
        ),
      ),
    from: await page.locator('select').first().inputValue(),
    marks: (
      await panel
        .locator('[data-point-id]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-point-id')))
    ).sort(),
    lang: await page.evaluate(() => document.documentElement.lang),
    theme: await page.evaluate(() => document.documentElement.dataset.theme),
  };
}

describeBrowser('sharing a view in Chromium', () => {
  const session = useBrowser();

  it('copies a link that reopens exactly the same view in a fresh browser profile', async () => {
    const { page, context, errors } = await session.open('/?lang=en', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.getByTestId('kpi-tile').first().waitFor();
    // A non-trivial view: Chinese, dark theme, a year range, one panel with a region filter.
    await chooseLanguage(page, '中文');
    await page.getByRole('radio', { name: '深色（投影）' }).check({ force: true });
    await page.getByLabel('起', { exact: true }).selectOption('2020');
    await page.getByRole('button', { name: '新能源汽车发展', exact: true }).click();
    await page.locator('[data-panel=nev]').getByRole('checkbox', { name: '全国' }).uncheck();
    await page.getByTestId('copy-link').click();
    await page.getByText('链接已复制').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(await queryOf(page)).toEqual({
      panel: 'nev',
      years: '2020-',
      regions: 'chongqing',
      theme: 'dark',
      lang: 'zh',
      v: '4',
    });

    const before = await visibleState(page);
    const view = await viewOf(page);
    // A colleague with an English browser opens it.
    const other = await session.browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: 'en-GB',
    });
    const page2 = await other.newPage();
    await page2.goto(link);
    expect(await visibleState(page2)).toEqual(before);
    expect(await viewOf(page2)).toEqual(view);
    expect(await page2.locator('[data-panel]').count()).toBe(1);
    await other.close();
    await context.close();
    expect(errors).toEqual([]);
  });

  it('shows the copied message and the manual link box whole on a 1280 px screen', async () => {
    for (const clipboard of [true, false]) {
      const { page, context } = await session.open('/?lang=en', {
        viewport: { width: 1280, height: 720 },
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      if (!clipboard) {
        await page.addInitScript(() => {
          Object.defineProperty(navigator, 'clipboard', { value: undefined });
        });
        await page.reload();
      }
      await page.getByTestId('copy-link').click();
      const box = clipboard
        ? page.getByRole('status').filter({ hasText: 'Link copied' })
        : page.getByTestId('manual-link');
      await box.waitFor();
      const r = (await box.boundingBox()) ?? { x: -1, width: 0 };
      expect(r.x).toBeGreaterThanOrEqual(0);
      expect(r.x + r.width).toBeLessThanOrEqual(1280);
      await context.close();
    }
  });

  it('shows the link selected for copying by hand where the clipboard is unavailable', async () => {
    const { page, context } = await session.open('/?lang=en&panel=targets');
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.reload();
    await page.getByTestId('copy-link').click();
    const box = page.getByTestId('manual-link');
    await box.waitFor();
    const input = box.getByRole('textbox', { name: 'Link to this view' });
    expect(await input.inputValue()).toBe(page.url());
    const selected = await input.evaluate((el: HTMLInputElement) =>
      el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
    );
    expect(selected).toBe(page.url());
    await context.close();
  });

  it('opens a link written by the previous format (from/to) as the same view', async () => {
    const { page, errors } = await session.open(
      '/?panel=rankings&from=2016&to=2023&cities=chongqing,guangzhou&lang=en',
    );
    await page.locator('[data-panel=rankings] [data-point-id]').first().waitFor();
    expect(await queryOf(page)).toEqual({
      panel: 'rankings',
      years: '2016-2023',
      cities: 'chongqing,guangzhou',
      lang: 'en',
      v: '4',
    });
    expect(await page.getByTestId('notice-bar').count()).toBe(0);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2016');
    expect(
      await page
        .locator('[data-panel=rankings]')
        .getByRole('checkbox', { name: 'Shenzhen' })
        .isChecked(),
    ).toBe(false);
    expect(errors).toEqual([]);
  });

  it('opens a link to a single panel with that panel in focus', async () => {
    const { page } = await session.open('/?panel=targets&lang=en&v=3');
    await page.getByTestId('targets-table').waitFor();
    expect(await page.locator('[data-panel]').count()).toBe(1);
    expect(
      await page
        .getByRole('button', { name: 'Targets vs actuals', exact: true })
        .getAttribute('aria-current'),
    ).toBe('page');
  });
});
