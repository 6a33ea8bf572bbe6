import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  describeBrowser,
  queryOf,
  scrollToChart,
  useBrowser,
  waitForSteady,
} from './support/browser';
import { clippedText } from './support/clip-checks';

const PRESENTATION = '[data-testid=presentation], [data-testid=presentation] svg';
const LONG_EN =
  'Where Chongqing stands in 2025 among China’s auto cities, and how the new-energy shift is changing the ranking';
const LONG_ZH =
  '重庆2025年智能网联新能源汽车产销目标完成情况与2027年目标差距分析（仅供参考的口径说明）重庆2025年智能网联新能源汽车产销目标完成情况';

/** Every slide kind, with the filters that make the longest labels, and long titles. */
const RUN = [
  `figures.measure:sales.title:${LONG_EN}`,
  'figures',
  'rankings.peers:provinces',
  'companies.scope:nev',
  'companies',
  'nev.years:2020-',
  `targets.target:2025.title:${LONG_ZH}`,
  'targets',
  'milestones.topics:policy',
].join('~');

async function waitForSlide(page: Page) {
  await page
    .locator(
      '[data-slide] [data-point-id], [data-slide] .recharts-bar-rectangle, [data-slide] [data-testid=kpi-tile], [data-slide] [data-testid=empty-state], [data-slide] [data-milestone]',
    )
    .first()
    .waitFor();
  await waitForSteady(page, PRESENTATION);
}

const counter = (page: Page) => page.getByTestId('slide-counter').innerText();

describeBrowser('run sheets that travel, in Chromium', () => {
  const session = useBrowser();

  it.each([
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ])('shows every text of every slide whole at $width×$height', async (viewport) => {
    for (const locale of ['en-US', 'zh-CN']) {
      const { page, errors } = await session.open(`/?present=1&run=${encodeURIComponent(RUN)}`, {
        viewport,
        locale,
      });
      const count = RUN.split('~').length;
      for (let slide = 1; slide <= count; slide++) {
        if (slide > 1) await page.keyboard.press('PageDown');
        await page.getByTestId('slide-counter').getByText(`${slide} / ${count}`).waitFor();
        await waitForSlide(page);
        expect(await clippedText(page), `${locale} slide ${slide}`).toEqual([]);
        if (locale === 'en-US' && [1, 7, 8].includes(slide))
          await page.screenshot({
            path: `${SCREENSHOT_DIR}/run-sheet-${viewport.width}-${slide}.png`,
          });
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('copies a run-sheet link that opens presenting at slide 1, in the recipient’s language', async () => {
    const { page, errors } = await session.open('/?lang=en', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.getByTestId('kpi-tile').first().waitFor();
    await page.getByText('Run sheet (0)').click();
    await page.getByRole('button', { name: 'Add this view' }).click();
    await page.getByRole('button', { name: 'Targets vs actuals', exact: true }).click();
    await page.getByRole('button', { name: 'Add this view' }).click();
    await page.getByRole('textbox', { name: 'Title of step 1' }).fill('Opening: 重庆 ~ No.1?');
    await page
      .getByRole('textbox', { name: 'Speaker notes for step 1' })
      .fill('Say: 2.788 M vehicles. Pause 🚗');
    await page.getByRole('textbox', { name: 'Title of step 2' }).fill('Targets: where we stand');
    await page.getByRole('textbox', { name: 'Title of step 1' }).focus();
    expect((await queryOf(page)).run).toBe(
      'figures.title:Opening: 重庆 %7E No%2E1?.notes:Say: 2%2E788 M vehicles%2E Pause 🚗~targets.title:Targets: where we stand',
    );

    await page.getByRole('button', { name: 'Copy run-sheet link' }).click();
    await page.getByText('Run-sheet link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const query = Object.fromEntries(new URL(link).searchParams);
    // Not pinned: no language, although the sender opened an English link.
    expect(query).toEqual({ present: '1', run: expect.any(String) as string, v: '4' });

    // A colleague with a Chinese browser opens it: the walk-through, presenting, in Chinese.
    const other = await session.open(new URL(link).search, { locale: 'zh-CN' });
    await waitForSlide(other.page);
    expect(await counter(other.page)).toBe('1 / 2');
    expect(await other.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await other.page.locator('[data-slide] h2').first().innerText()).toBe(
      'Opening: 重庆 ~ No.1?',
    );
    // The audience screen never shows the notes.
    expect(await other.page.getByText('Say: 2.788 M').count()).toBe(0);
    await other.page.keyboard.press('PageDown');
    await waitForSlide(other.page);
    expect(await other.page.locator('[data-slide] h2').first().innerText()).toBe(
      'Targets: where we stand',
    );
    // Esc leads to the dashboard with the run sheet open.
    await other.page.keyboard.press('Escape');
    await other.page.getByRole('textbox', { name: '第1步标题' }).waitFor();
    expect(await other.page.getByTestId('run-sheet').getAttribute('open')).toBe('');

    // Pinned, the link carries the sender's language to everyone.
    await page.getByRole('checkbox', { name: 'Pin language for recipients' }).check();
    await page.getByRole('button', { name: 'Copy run-sheet link' }).click();
    const pinned = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(pinned).searchParams.get('lang')).toBe('en');
    const third = await session.open(new URL(pinned).search, { locale: 'zh-CN' });
    await waitForSlide(third.page);
    expect(await third.page.locator('[data-slide] h2').first().innerText()).toBe(
      'Opening: 重庆 ~ No.1?',
    );
    expect(await third.page.getByRole('button', { name: 'Exit (Esc)' }).count()).toBe(1);
    expect([...errors, ...other.errors, ...third.errors]).toEqual([]);
  });

  it('keeps each step’s growth view: company sales as volumes, then as an index, in one link', async () => {
    const { page, errors } = await session.open('/?lang=en&panel=companies', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const panel = page.locator('[data-panel=companies]');
    await scrollToChart(page, 'companies');
    await panel.getByText('Vehicles sold by company', { exact: true }).waitFor();
    await page.getByText('Run sheet (0)').click();
    const sheet = page.getByTestId('run-sheet');
    await sheet.getByRole('button', { name: 'Add this view' }).click();
    const control = panel.getByTestId('growth-control');
    await control.getByRole('radio', { name: 'Index' }).check({ force: true });
    await control.getByLabel('Base year (= 100)').selectOption('2024');
    await panel.getByText('Vehicles sold by company: index (2024 = 100)').waitFor();
    await sheet.getByRole('button', { name: 'Add this view' }).click();
    // Each step's summary says how it shows the sales.
    const steps = sheet.getByTestId('run-step');
    expect(await steps.nth(0).innerText()).toContain('Shown as: Sales');
    expect(await steps.nth(1).innerText()).toContain('Shown as: Index, 2024 = 100');

    // Copied while the dashboard shows the index: the first step still plays as volumes.
    await sheet.getByRole('button', { name: 'Copy run-sheet link' }).click();
    await page.getByText('Run-sheet link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('run')).toBe(
      'companies~companies.growth:index.base:2024',
    );

    const other = await session.open(new URL(link).search, { locale: 'en-GB' });
    const slide = other.page.locator('[data-slide=companies]');
    const chartTitles = () =>
      slide
        .locator('svg.recharts-surface')
        .first()
        .waitFor()
        .then(() => slide.getByText(/^Vehicles sold by company/).allInnerTexts());
    await waitForSlide(other.page);
    expect(await counter(other.page)).toBe('1 / 2');
    expect(await chartTitles()).toEqual(['Vehicles sold by company']);
    expect(await other.page.getByTestId('slide-chips').innerText()).toContain('Sales');
    await other.page.keyboard.press('PageDown');
    await other.page.getByTestId('slide-counter').getByText('2 / 2').waitFor();
    await waitForSlide(other.page);
    expect(await chartTitles()).toEqual(['Vehicles sold by company: index (2024 = 100)']);
    expect(await other.page.getByTestId('slide-chips').innerText()).toContain('Index, 2024 = 100');
    await other.page.screenshot({ path: `${SCREENSHOT_DIR}/run-sheet-growth-2.png` });
    await other.page.keyboard.press('PageUp');
    await other.page.getByTestId('slide-counter').getByText('1 / 2').waitFor();
    await waitForSlide(other.page);
    expect(await chartTitles()).toEqual(['Vehicles sold by company']);
    expect([...errors, ...other.errors]).toEqual([]);
  });

  it('opens the presenter view on S: notes, next slide and timer, moving with the audience', async () => {
    const run = encodeURIComponent(
      'figures.title:Welcome.notes:Thank the hosts%2E~targets.title:The targets~nev',
    );
    const { page, context, errors } = await session.open(`/?lang=en&present=1&run=${run}`);
    await waitForSlide(page);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await presenter.getByTestId('presenter-view').waitFor();
    expect(await presenter.getByTestId('presenter-counter').innerText()).toBe('1 / 3');
    expect(await presenter.getByTestId('presenter-title').innerText()).toBe('Welcome');
    expect(await presenter.getByTestId('presenter-notes').innerText()).toBe('Thank the hosts.');
    expect(await presenter.getByTestId('presenter-next').innerText()).toBe('The targets');
    // A small preview of the next slide, drawn as the room will see it.
    await presenter.getByTestId('presenter-preview').locator('[data-panel=targets]').waitFor();
    expect(await presenter.getByRole('timer').innerText()).toMatch(/^00:0\d$/);
    await presenter.screenshot({ path: `${SCREENSHOT_DIR}/presenter-view.png` });
    expect(await page.getByText('Thank the hosts').count()).toBe(0);

    // A clicker on the presenter's laptop moves the room's screen, and the other way round.
    await presenter.keyboard.press('PageDown');
    await page.getByTestId('slide-counter').getByText('2 / 3').waitFor();
    expect(await presenter.getByTestId('presenter-notes').innerText()).toBe(
      'No notes for this slide.',
    );
    await page.keyboard.press('PageDown');
    await presenter.getByTestId('presenter-counter').getByText('3 / 3').waitFor();
    expect(await presenter.getByTestId('presenter-next').innerText()).toBe(
      'This is the last slide.',
    );
    await presenter.getByRole('button', { name: 'Reset timer' }).click();
    expect(await presenter.getByRole('timer').innerText()).toBe('00:00');
    expect(errors).toEqual([]);
  });

  it('says so when the browser blocks the presenter window', async () => {
    const { page } = await session.open('/?lang=en&present=1&run=figures~nev');
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.reload();
    await waitForSlide(page);
    await page.keyboard.press('S');
    expect(await page.getByRole('alert').innerText()).toContain('blocked the new window');
  });
});
