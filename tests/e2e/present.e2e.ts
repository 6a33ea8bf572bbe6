import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  describeBrowser,
  queryOf,
  useBrowser,
  waitForSteady,
} from './support/browser';
import { checkSlide } from './support/slide-checks';

const SLIDES = ['figures', 'rankings', 'companies', 'nev', 'targets', 'milestones'];

async function slideState(page: Page) {
  const counter = await page.getByTestId('slide-counter').innerText();
  const slide = await page.locator('[data-slide]').getAttribute('data-slide');
  return { counter, slide, param: (await queryOf(page)).slide ?? '1' };
}

/** The slide and what it draws: its layout has settled when these hold still. */
const PRESENTATION = '[data-testid=presentation], [data-testid=presentation] svg';

async function waitForSlide(page: Page) {
  // Charts load lazily: wait for marks or bars, or the key figures.
  await page
    .locator(
      '[data-slide] [data-point-id], [data-slide] .recharts-bar-rectangle, [data-slide] [data-testid=kpi-tile], [data-slide] [data-milestone]',
    )
    .first()
    .waitFor();
}

describeBrowser('presentation mode in Chromium', () => {
  const session = useBrowser();

  it('walks every slide by keyboard and back, and the slide survives a reload', async () => {
    const { page, errors } = await session.open('/?lang=en&present=1');
    await waitForSlide(page);
    expect(await slideState(page)).toEqual({ counter: '1 / 6', slide: 'figures', param: '1' });
    for (const [i, key] of ['ArrowRight', 'PageDown', ' ', 'ArrowRight'].entries()) {
      await page.keyboard.press(key);
      expect(await slideState(page)).toEqual({
        counter: `${i + 2} / 6`,
        slide: SLIDES[i + 1],
        param: String(i + 2),
      });
    }
    // The last slide is the milestones timeline.
    await page.keyboard.press('PageDown');
    expect(await slideState(page)).toEqual({ counter: '6 / 6', slide: 'milestones', param: '6' });
    await page.keyboard.press('PageDown');
    expect((await slideState(page)).counter).toBe('6 / 6');
    await page.keyboard.press('PageUp');
    expect((await slideState(page)).slide).toBe('targets');
    await page.keyboard.press('ArrowLeft');
    expect((await slideState(page)).slide).toBe('nev');
    await page.keyboard.press('Home');
    expect((await slideState(page)).slide).toBe('figures');
    await page.keyboard.press('End');
    expect((await slideState(page)).slide).toBe('milestones');
    await page.keyboard.press('2');
    expect(await slideState(page)).toEqual({ counter: '2 / 6', slide: 'rankings', param: '2' });

    await page.reload();
    await waitForSlide(page);
    expect(await slideState(page)).toEqual({ counter: '2 / 6', slide: 'rankings', param: '2' });
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('F toggles full screen and Esc leaves presentation mode', async () => {
    const { page } = await session.open('/?lang=en&present=1&slide=3');
    await waitForSlide(page);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.keyboard.press('Escape');
    await page.getByRole('banner').waitFor();
    expect((await queryOf(page)).present).toBeUndefined();
    expect(await page.getByTestId('presentation').count()).toBe(0);
    // P starts it again, at the first slide.
    await page.keyboard.press('p');
    await page.getByTestId('presentation').waitFor();
    expect((await queryOf(page)).present).toBe('1');
  });

  it('autoplay advances and loops, and any key pauses it visibly', async () => {
    const { page } = await session.open('/?lang=en&present=1&slide=4&autoplay=1');
    await waitForSlide(page);
    const indicator = page.getByTestId('autoplay-indicator');
    expect(await indicator.innerText()).toContain('every 1 s');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=slide-counter]')?.textContent === '6 / 6',
    );
    await page.waitForFunction(
      () => document.querySelector('[data-testid=slide-counter]')?.textContent === '1 / 6',
    );
    await page.keyboard.press('x');
    expect(await indicator.getAttribute('data-paused')).toBe('true');
    expect(await indicator.innerText()).toContain('Paused');
    const paused = (await slideState(page)).counter;
    // Not advancing is seen over time: watch the counter for 2.5 autoplay periods (1 s each); a
    // change ends the watch at once.
    await page.waitForFunction(
      ({ shown, until }) =>
        document.querySelector('[data-testid=slide-counter]')?.textContent !== shown ||
        performance.now() > until,
      { shown: paused, until: await page.evaluate(() => performance.now() + 2500) },
      { polling: 100 },
    );
    expect((await slideState(page)).counter).toBe(paused);
    await page.keyboard.press('a');
    expect(await indicator.getAttribute('data-paused')).toBe('false');
  });

  it('shows the active filters as chips, which a URL option hides', async () => {
    const { page } = await session.open(
      '/?lang=en&present=1&slide=2&cities=chongqing,guangzhou&years=2014-2025',
    );
    await waitForSlide(page);
    const chips = page.getByTestId('slide-chips');
    expect(await chips.innerText()).toMatch(/Years: 2014–2025[\s\S]*Cities: Chongqing, Guangzhou/);
    const hidden = await session.open('/?lang=en&present=1&slide=2&chips=0');
    await waitForSlide(hidden.page);
    expect(await hidden.page.getByTestId('slide-chips').count()).toBe(0);
  });

  it('is readable from the back of the room at 1080p, scales up on 4K, and never overflows', async () => {
    const sizes = [
      { width: 1920, height: 1080, body: 27.5, chart: 19.5, name: '1920' },
      { width: 3840, height: 2160, body: 55, chart: 39, name: '4k' },
    ];
    for (const size of sizes) {
      for (let slide = 1; slide <= 6; slide++) {
        const { page, context } = await session.open(`/?lang=en&present=1&slide=${slide}`, {
          viewport: { width: size.width, height: size.height },
        });
        await waitForSlide(page);
        await waitForSteady(page, PRESENTATION);
        const report = await checkSlide(page, { body: size.body, chart: size.chart });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/slide-${slide}-${size.name}.png` });
        expect(report.overflow, `slide ${slide} at ${size.name}`).toEqual([]);
        expect(report.smallBody, `slide ${slide} at ${size.name}`).toEqual([]);
        expect(report.smallChart, `slide ${slide} at ${size.name}`).toEqual([]);
        await context.close();
      }
    }
    // A small 720p screen: smaller type, but nothing cut off.
    for (let slide = 1; slide <= 6; slide++) {
      const { page, context } = await session.open(`/?lang=en&present=1&slide=${slide}`, {
        viewport: { width: 1280, height: 720 },
      });
      await waitForSlide(page);
      await waitForSteady(page, PRESENTATION);
      const report = await checkSlide(page, { body: 0, chart: 0 });
      if (slide === 4) await page.screenshot({ path: `${SCREENSHOT_DIR}/slide-${slide}-720.png` });
      expect(report.overflow, `slide ${slide} at 720p`).toEqual([]);
      await context.close();
    }
  });

  it('presents a run sheet: each step its own view, all in one link', async () => {
    const { page } = await session.open('/?lang=en');
    await page.getByTestId('kpi-tile').first().waitFor();
    await page.getByText('Run sheet (0)').click();
    await page.getByRole('button', { name: 'Add this view' }).click();
    await page.getByRole('button', { name: 'City rankings', exact: true }).click();
    await page
      .locator('[data-panel=rankings]')
      .getByRole('checkbox', { name: 'Shenzhen' })
      .uncheck();
    await page.getByRole('button', { name: 'Add this view' }).click();
    await page.getByRole('button', { name: 'Targets vs actuals', exact: true }).click();
    await page
      .locator('[data-panel=targets]')
      .getByRole('radio', { name: '2027' })
      .check({ force: true });
    await page.getByRole('button', { name: 'Add this view' }).click();
    expect((await queryOf(page)).run, page.url()).toBe(
      'figures~rankings.cities:chongqing,guangzhou~targets.target:2027',
    );

    await page.getByRole('button', { name: 'Present run sheet' }).click();
    await waitForSlide(page);
    expect(await slideState(page)).toMatchObject({ counter: '1 / 3', slide: 'figures' });
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page);
    expect(await page.getByTestId('slide-chips').innerText()).toContain(
      'Cities: Chongqing, Guangzhou',
    );
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page);
    expect(await page.getByTestId('slide-chips').innerText()).toContain('Target year: 2027');
    expect(await page.getByTestId('panel-headline').innerText()).toContain('2 targets in view');

    // The whole walk-through reopens from the link alone.
    const fresh = await session.open(new URL(page.url()).search);
    await waitForSlide(fresh.page);
    expect(await slideState(fresh.page)).toMatchObject({ counter: '3 / 3', slide: 'targets' });
  });
});

describeBrowser('presenting on a phone', () => {
  const session = useBrowser();

  it('keeps every footer control on screen and big enough to tap, and Exit leaves', async () => {
    for (const lang of ['en', 'zh']) {
      for (const width of [390, 360]) {
        const { page, errors } = await session.open(`/?lang=${lang}&present=1&slide=2`, {
          viewport: { width, height: 844 },
          isMobile: true,
          hasTouch: true,
        });
        await waitForSlide(page);
        const where = `${lang} at ${width} px`;
        const buttons = await page
          .locator('[data-testid=presentation] > footer button:visible')
          .evaluateAll((els) =>
            els.map((el) => {
              const r = el.getBoundingClientRect();
              return {
                name: (el as HTMLElement).innerText.trim(),
                left: r.left,
                right: r.right,
                bottom: r.bottom,
                width: r.width,
                height: r.height,
              };
            }),
          );
        expect(buttons.length, where).toBeGreaterThanOrEqual(3);
        for (const b of buttons) {
          expect(b.left, `${where}: "${b.name}"`).toBeGreaterThanOrEqual(0);
          expect(b.right, `${where}: "${b.name}"`).toBeLessThanOrEqual(width);
          expect(b.bottom, `${where}: "${b.name}"`).toBeLessThanOrEqual(844);
          expect(b.width, `${where}: "${b.name}" width`).toBeGreaterThanOrEqual(44);
          expect(b.height, `${where}: "${b.name}" height`).toBeGreaterThanOrEqual(44);
          // One line of label, without keyboard hints nobody can press on a phone.
          expect(b.name, where).not.toMatch(/[(（]/);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBe(width);
        // The slide's charts one under the other, each tall enough to read.
        const heights = await page
          .locator('[data-slide] [data-chart-cell] svg.recharts-surface')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
        expect(heights.length, where).toBe(2);
        for (const h of heights) expect(h, where).toBeGreaterThanOrEqual(150);
        if (lang === 'en' && width === 390)
          await page.screenshot({ path: `${SCREENSHOT_DIR}/present-phone-390.png` });

        await page
          .locator('[data-testid=presentation] > footer')
          .getByRole('button', { name: lang === 'en' ? 'Exit' : '退出', exact: true })
          .tap();
        await page.getByTestId('presentation').waitFor({ state: 'detached' });
        expect((await queryOf(page)).present, where).toBeUndefined();
        expect(errors, where).toEqual([]);
      }
    }
  });

  it('scrolls the milestones slide inside itself: the page holds still, the footer at the bottom, the sources wrapped', async () => {
    for (const run of [false, true]) {
      for (const { width, height } of [
        { width: 390, height: 844 },
        { width: 360, height: 740 },
      ]) {
        const url = run
          ? '/?lang=en&present=1&run=milestones'
          : `/?lang=en&present=1&slide=${SLIDES.indexOf('milestones') + 1}`;
        const { page, errors } = await session.open(url, {
          viewport: { width, height },
          isMobile: true,
          hasTouch: true,
        });
        await waitForSlide(page);
        const where = `${run ? 'run sheet' : 'slide'} at ${width}×${height}`;
        const layout = await page.evaluate(() => {
          const box = document.querySelector<HTMLElement>('[data-slide-box]');
          const sources = document.querySelector<HTMLElement>(
            '[data-slide] [data-testid=panel-sources]',
          );
          const footer = document.querySelector('[data-testid=presentation] > footer');
          return {
            pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
            footerBottom: Math.round(footer?.getBoundingClientRect().bottom ?? 0),
            slideScrolls: box ? box.scrollHeight > box.clientHeight : false,
            sourcesCut: sources ? sources.scrollWidth > sources.clientWidth + 1 : true,
          };
        });
        expect(layout, where).toEqual({
          pageScrolls: false,
          footerBottom: height,
          slideScrolls: true,
          sourcesCut: false,
        });
        // The last milestone is reached by scrolling the slide, and the footer stays put.
        await page.locator('[data-slide] [data-milestone]').last().scrollIntoViewIfNeeded();
        expect(await page.evaluate(() => window.scrollY), where).toBe(0);
        if (!run && width === 390)
          await page.screenshot({ path: `${SCREENSHOT_DIR}/present-phone-milestones-390.png` });
        expect(errors, where).toEqual([]);
      }
    }
  });
});
