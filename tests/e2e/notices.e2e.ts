import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  drawPanels,
  useBrowser,
  waitForFigures,
  waitForSteady,
} from './support/browser';

/**
 * Issue 22 §5: notices that cover nothing. The "part of this link was ignored" notice leaves a
 * slide's title and figures in sight; the "ready to work offline" news and the new "offline"
 * state never cover chart legends, table rows, the key figures or the run sheet's QR code, on a
 * desktop or a phone; and a touch screen shows no key hints ("Present (P)").
 */

const PHONE: BrowserContextOptions = {
  viewport: VIEWPORTS.phone,
  isMobile: true,
  hasTouch: true,
};

/** What the news must never lie over. */
const KEEP_CLEAR = [
  '[data-testid=kpi-tile]',
  '[data-testid=chart-legend]',
  'tbody tr',
  '[data-testid=run-sheet-qr]',
  'svg.recharts-surface',
].join(', ');

/**
 * Looks for the visible element showing `text` (the smallest that holds it), scrolls the page
 * from top to bottom and, at each stop, lists what of KEEP_CLEAR it lies over. All in one go, so
 * news that is about to go cannot slip away halfway. Null when no such element is on the page.
 */
async function coveredBy(page: Page, text: string): Promise<string[] | null> {
  return page.evaluate(
    ({ text, keepClear }) => {
      const holders = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return el.textContent.includes(text) && r.width > 4 && r.height > 4;
      });
      const news = holders.sort(
        (a, b) =>
          a.getBoundingClientRect().width * a.getBoundingClientRect().height -
          b.getBoundingClientRect().width * b.getBoundingClientRect().height,
      )[0];
      if (!news) return null;
      const hits = new Set<string>();
      const bottom = document.documentElement.scrollHeight - window.innerHeight;
      for (let y = 0; ; y = Math.min(bottom, y + window.innerHeight / 2)) {
        window.scrollTo({ top: y, behavior: 'instant' });
        const n = news.getBoundingClientRect();
        for (const el of document.querySelectorAll<HTMLElement>(keepClear)) {
          if (news.contains(el) || el.contains(news)) continue;
          const r = el.getBoundingClientRect();
          const overlap =
            Math.min(n.right, r.right) - Math.max(n.left, r.left) > 1 &&
            Math.min(n.bottom, r.bottom) - Math.max(n.top, r.top) > 1;
          if (overlap) hits.add(el.dataset.testid ?? el.tagName.toLowerCase());
        }
        if (y >= bottom) break;
      }
      window.scrollTo({ top: 0, behavior: 'instant' });
      return [...hits];
    },
    { text, keepClear: KEEP_CLEAR },
  );
}

/** Rectangles of two elements overlap (by more than a pixel). */
async function overlaps(page: Page, a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([
    page.locator(a).first().boundingBox(),
    page.locator(b).first().boundingBox(),
  ]);
  if (!ra || !rb) throw new Error(`missing ${ra ? b : a}`);
  return (
    Math.min(ra.x + ra.width, rb.x + rb.width) - Math.max(ra.x, rb.x) > 1 &&
    Math.min(ra.y + ra.height, rb.y + rb.height) - Math.max(ra.y, rb.y) > 1
  );
}

describeBrowser('the link notice on a slide', () => {
  const session = useBrowser();

  it.each([
    ['zh', 'desktop', 2, VIEWPORTS.desktop],
    ['en', 'desktop', 1, VIEWPORTS.desktop],
    ['zh', 'phone', 2, VIEWPORTS.phone],
    ['en', 'phone', 1, VIEWPORTS.phone],
  ] as const)(
    'leaves the slide title and figures in sight (%s, %s, slide %i)',
    async (lang, name, slide, viewport) => {
      const { page, errors } = await session.open(
        `/?lang=${lang}&present=1&slide=${slide}&panel=nope`,
        { viewport },
      );
      const notice = page.getByTestId('notice-bar');
      await notice.waitFor();
      const box = page.locator('[data-slide]');
      await box
        .locator(slide === 1 ? '[data-testid=kpi-tile]' : 'h2')
        .first()
        .waitFor();
      await waitForSteady(page, '[data-slide], [data-testid=notice-bar]');
      // The notice is above the slide, in the layout: nothing of the slide lies under it.
      expect(await overlaps(page, '[data-testid=notice-bar]', '[data-slide]')).toBe(false);
      const under = await page.evaluate(() => {
        const n = document.querySelector('[data-testid=notice-bar]')?.getBoundingClientRect();
        if (!n) return ['no notice'];
        return [
          ...document.querySelectorAll<HTMLElement>('[data-slide] h2, [data-testid=kpi-tile]'),
        ]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.top < n.bottom - 1 && r.bottom > n.top + 1;
          })
          .map((el) => el.innerText.slice(0, 30));
      });
      expect(under).toEqual([]);
      // The slide's title is what lies at its own centre, not the notice.
      if (slide === 2) {
        const title = page.locator('[data-slide] h2').first();
        const r = await title.boundingBox();
        const top = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('[data-slide]') !== null,
          [(r?.x ?? 0) + 10, (r?.y ?? 0) + (r?.height ?? 0) / 2],
        );
        expect(top).toBe(true);
      }
      // Closing the notice gives the slide its room back.
      await page.screenshot({ path: `${SCREENSHOT_DIR}/slide-notice-${lang}-${name}.png` });
      await notice.getByRole('button').click();
      await notice.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    },
  );
});

describeBrowser('network news in the header', () => {
  const session = useBrowser();

  it.each([
    ['desktop', { viewport: VIEWPORTS.desktop }],
    ['phone', PHONE],
  ] as const)(
    '"ready to work offline" covers no legend, row, key figure or run-sheet code (%s)',
    async (name, options) => {
      const run = encodeURIComponent('rankings~nev~targets');
      const { page, errors } = await session.open(`/?lang=zh&run=${run}`, {
        ...options,
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      await waitForFigures(page);
      // The run sheet's QR code in view, for the news to stay clear of.
      await page.getByRole('button', { name: '复制演示流程链接' }).click();
      await page.getByTestId('run-sheet-qr').locator('svg[role=img]').waitFor();
      await drawPanels(page);
      // The news arrives when the service worker has installed, and stays for a few seconds.
      await page.getByText('已可离线使用').filter({ visible: true }).first().waitFor({
        timeout: 30_000,
      });
      expect(await coveredBy(page, '已可离线使用')).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/offline-ready-zh-${name}.png` });
      expect(errors).toEqual([]);
    },
  );

  it.each([
    ['zh', 'desktop', { viewport: VIEWPORTS.desktop }, '离线：网络已断开，页面仍显示已载入的数据'],
    [
      'en',
      'desktop',
      { viewport: VIEWPORTS.desktop },
      'Offline: no network; the page keeps the data it has loaded',
    ],
    ['zh', 'phone', PHONE, '离线：网络已断开，页面仍显示已载入的数据'],
    ['en', 'phone', PHONE, 'Offline: no network; the page keeps the data it has loaded'],
  ] as const)(
    'says "offline" while the network is gone (%s, %s)',
    async (lang, name, options, text) => {
      const { page, context, errors } = await session.open(`/?lang=${lang}`, options);
      await waitForFigures(page);
      await drawPanels(page);
      await context.setOffline(true);
      const status = page.getByTestId('network-status');
      await status.getByText(text).waitFor();
      // Announced (a live region), in the header, covering nothing.
      expect(await status.getAttribute('role')).toBe('status');
      expect(await coveredBy(page, text)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/offline-${lang}-${name}.png` });
      await context.setOffline(false);
      await status.getByText(text).waitFor({ state: 'detached' });
      // Offline reloads log failed requests; nothing else may go wrong.
      expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load/.test(e))).toEqual([]);
    },
  );
});

describeBrowser('key hints only where there are keys', () => {
  const session = useBrowser();
  const HINT = /（[A-Z]）|\([A-Z]\)|Esc|按A|A to/;

  it.each([
    ['zh', '演示'],
    ['en', 'Present'],
  ] as const)(
    'a touch phone shows "%s" without its key, a desktop with it',
    async (lang, label) => {
      const touch = await session.open(`/?lang=${lang}`, PHONE);
      await waitForFigures(touch.page);
      const button = touch.page.locator('header').getByRole('button', { name: label });
      expect((await button.innerText()).replace(/\s+/g, ' ').trim()).toBe(`▶ ${label}`);
      await touch.page.screenshot({
        path: `${SCREENSHOT_DIR}/present-button-${lang}-touch-390.png`,
      });
      // A tablet in a meeting room: wide, and still no keyboard.
      const tablet = await session.open(`/?lang=${lang}&present=1&slide=2&autoplay=15`, {
        viewport: { width: 1180, height: 820 },
        isMobile: true,
        hasTouch: true,
      });
      const footer = tablet.page.locator('[data-testid=presentation] footer');
      await footer.getByTestId('slide-counter').waitFor();
      expect(await footer.innerText()).not.toMatch(HINT);
      // A desktop keeps the keys in the labels.
      const desk = await session.open(`/?lang=${lang}`);
      await waitForFigures(desk.page);
      expect(
        await desk.page.locator('header').getByRole('button', { name: label }).innerText(),
      ).toMatch(/（P）|\(P\)/);
      expect([...touch.errors, ...tablet.errors, ...desk.errors]).toEqual([]);
    },
  );
});
