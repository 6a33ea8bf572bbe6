import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { PANELS } from '../../src/data/view-vocabulary';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  drawPanels,
  useBrowser,
  waitForFigures,
  waitForSteady,
} from './support/browser';

/** A phone in the hand: small screen, touch, coarse pointer. */
const PHONE = { viewport: VIEWPORTS.phone, isMobile: true, hasTouch: true } as const;

/** What a chart draws: points, bars, lines, areas, and the bars of the phone's attainment list. */
const MARKS =
  '[data-point-id], .recharts-bar-rectangle, .recharts-line-curve, .recharts-area-area, [data-attainment-bar]';

async function noHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  expect.soft(scrollWidth, 'page scrolls sideways').toBeLessThanOrEqual(innerWidth);
}

/** Every chart in view draws at least one mark with a visible size, inside the screen's width. */
async function chartsDrawMarks(page: Page) {
  const charts = await page.evaluate((marks) => {
    const cells = [
      ...document.querySelectorAll('[data-panel] .recharts-wrapper, [data-chart-cell]'),
    ];
    return cells.map((cell) => {
      const drawn = [...cell.querySelectorAll(marks)].filter((m) => {
        const r = m.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > 0 && r.left < window.innerWidth;
      });
      return {
        chart: cell.getAttribute('data-chart-title') ?? cell.className,
        drawn: drawn.length,
      };
    });
  }, MARKS);
  expect(charts.length).toBeGreaterThan(0);
  expect.soft(charts.filter((c) => c.drawn === 0)).toEqual([]);
}

/**
 * Controls smaller than a fingertip. A checkbox or radio counts with its label (the label is what
 * one taps). Links set inline in running text (an inline `a` or link-styled button whose block is a
 * paragraph or list item) may be smaller, but not below 24×24. Visually hidden elements (1 px,
 * like the skip link before it has focus) are not tapped and are left out.
 */
async function smallTapTargets(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, summary, textarea, [role=button]',
    );
    for (const el of controls) {
      // Inside a closed <details> menu, or display: none: not on screen.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      let box = el.getBoundingClientRect();
      const label = el instanceof HTMLInputElement ? (el.labels?.[0] ?? null) : null;
      if (label) {
        const l = label.getBoundingClientRect();
        const left = Math.min(l.left, box.width > 1 ? box.left : l.left);
        const top = Math.min(l.top, box.height > 1 ? box.top : l.top);
        const right = Math.max(l.right, box.right);
        const bottom = Math.max(l.bottom, box.bottom);
        box = new DOMRect(left, top, right - left, bottom - top);
      }
      const style = getComputedStyle(el);
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
      if (el.closest('[aria-hidden=true], [inert]')) continue;
      const block = el.parentElement?.closest('p, li, td, th, div, dd, figcaption, label, legend');
      const inText =
        (el.tagName === 'A' || el.classList.contains('link')) &&
        style.display === 'inline' &&
        (block?.tagName === 'P' || block?.tagName === 'LI');
      const min = inText ? 24 : 44;
      // Half a pixel for sub-pixel layout.
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const name = (label?.textContent ?? el.textContent).trim().slice(0, 30);
        found.push(
          `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)} (min ${min})`,
        );
      }
    }
    return found;
  });
}

/** The phone's switch between chart and table of one panel ("Table" / "表格"). */
async function showTable(page: Page, id: string, lang: string) {
  await page
    .locator(`[data-panel=${id}]`)
    .getByText(lang === 'zh' ? '表格' : 'Table', { exact: true })
    .first()
    .click();
  await page.locator(`[data-panel=${id}] table`).first().waitFor();
}

describeBrowser('a shared link on a 390 × 844 phone', () => {
  const session = useBrowser();

  it.each(['zh', 'en'])(
    'overview (%s): fits the width, draws every chart, fingertip controls',
    async (lang) => {
      const { page, errors } = await session.open(`/?lang=${lang}`, PHONE);
      await waitForFigures(page);
      await drawPanels(page, PANELS);
      for (const id of PANELS) {
        await page.locator(`[data-panel=${id}]`).scrollIntoViewIfNeeded();
        await page
          .locator(`[data-panel=${id}] ${MARKS.split(', ').join(`, [data-panel=${id}] `)}`)
          .first()
          .waitFor();
      }
      await noHorizontalOverflow(page);
      await chartsDrawMarks(page);
      expect.soft(await smallTapTargets(page)).toEqual([]);
      // The same data as tables: still no sideways page, still fingertip controls.
      for (const id of PANELS) await showTable(page, id, lang);
      await noHorizontalOverflow(page);
      expect.soft(await smallTapTargets(page)).toEqual([]);
      await page.locator('[data-panel=companies] table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-table-${lang}.png` });
      expect(errors).toEqual([]);
    },
  );

  it.each(['zh', 'en'])(
    '?panel=targets (%s): opens at the panel, one bar per target',
    async (lang) => {
      const { page, errors } = await session.open(`/?lang=${lang}&panel=targets`, PHONE);
      const heading = page.locator('[data-panel=targets] h2').first();
      await heading.waitFor();
      // Where the heading rests once the panel is in: inside the first screen, and it stays there.
      // Settled: the panels (they arrive one per task) and the scroll hold still for half a second.
      const rest = async () => {
        await waitForSteady(page, '[data-panel], [data-panel=targets] h2', 30);
        const box = await heading.boundingBox();
        return {
          top: Math.round(box?.y ?? -1),
          bottom: Math.round((box?.y ?? 0) + (box?.height ?? 0)),
        };
      };
      const first = await rest();
      expect(first.top).toBeGreaterThanOrEqual(0);
      expect(first.bottom).toBeLessThanOrEqual(VIEWPORTS.phone.height);
      expect(await rest()).toEqual(first);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-targets-${lang}.png` });

      await drawPanels(page, ['targets']);
      const attainment = page.locator('[data-panel=targets] [data-chart-cell]').first();
      await attainment.scrollIntoViewIfNeeded();
      await attainment.locator(MARKS).first().waitFor();
      await noHorizontalOverflow(page);
      await chartsDrawMarks(page);
      expect.soft(await smallTapTargets(page)).toEqual([]);
      const bars = await attainment.locator(MARKS).count();

      await showTable(page, 'targets', lang);
      await noHorizontalOverflow(page);
      expect.soft(await smallTapTargets(page)).toEqual([]);
      // One bar per target the table gives an attainment for (a number, not "—").
      const column = await page
        .locator('[data-testid=targets-table] thead th')
        .evaluateAll((ths) => ths.findIndex((th) => /attainment|完成率/i.test(th.textContent)));
      expect(column).toBeGreaterThan(0);
      const withAttainment = await page
        .locator('[data-testid=targets-table] tbody tr')
        .evaluateAll(
          (rows, col) => rows.filter((r) => /\d/.test(r.children[col]?.textContent ?? '')).length,
          column,
        );
      expect(withAttainment).toBeGreaterThan(0);
      expect(bars).toBe(withAttainment);
      expect(errors).toEqual([]);
    },
  );
  it('the copy-link fallback box fits on the screen', async () => {
    const { page } = await session.open('/?lang=zh&panel=targets', PHONE);
    await waitForFigures(page);
    // No clipboard (no permission, plain http): the link is shown for copying by hand.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      window.scrollTo(0, 0);
    });
    await page.getByTestId('copy-link').click();
    const box = await page.getByTestId('manual-link').boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  });

  it('"ready offline" is one small line with nothing to press, shown once per browser', async () => {
    // Every fresh profile announces it: the service worker is registered once, outside React's
    // renders, so its first install is never missed (it once was, one first visit in eight).
    const { page } = await session.open('/?lang=zh', PHONE);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Announced in the header's status line (a live region), in place of the tagline.
    const notice = page.getByTestId('network-status');
    await notice.getByText('离线').waitFor({ timeout: 5_000 });
    const box = await notice.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(32);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    expect(await notice.locator('button, a').count()).toBe(0);
    // It goes by itself.
    await notice.getByText('离线').waitFor({ state: 'detached', timeout: 10_000 });
    // A browser that has shown it once (the mark kept in its storage) does not show it again,
    // even when the service worker installs afresh.
    const seen = await session.browser.newContext(PHONE);
    try {
      await seen.addInitScript(() => localStorage.setItem('cqam.offline-ready-seen', '1'));
      const again = await seen.newPage();
      await again.goto(page.url());
      await again.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      // The app hears of the worker's install as it activates: wait for that, then let the
      // notice's region settle before reading it.
      await again.waitForFunction(
        async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
      );
      await waitForSteady(again, '[data-testid=network-status]', 30);
      expect(await again.getByTestId('network-status').innerText()).toBe('');
    } finally {
      await seen.close();
    }
  });
});
