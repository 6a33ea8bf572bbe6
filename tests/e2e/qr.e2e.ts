import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeBrowser,
  useBrowser,
  waitForFigures,
  waitForSteady,
  waitForPrintCall,
} from './support/browser';
import { decodeQr, pdfPagePng } from './support/qr-decode';

/**
 * QR codes decoded as a phone would: from a screenshot of the meeting screen (1920×1080, light
 * and dark theme), from the printed briefing's pages, and from the share box. Each must carry the
 * exact link of what it stands for, which is checked against the app's own Copy link.
 */
const DIR = 'test-results/qr';
mkdirSync(DIR, { recursive: true });

/** The link Copy link gives for `link`'s view: opened fresh, then copied. */
async function copiedLinkOf(context: BrowserContext, link: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(link);
  await waitForFigures(page);
  await page.getByTestId('copy-link').click();
  await page.getByTestId('share-qr').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await page.close();
  return copied;
}

/** Screenshots the slide and decodes the code in its bottom-right quarter. */
async function slideCode(page: Page, name: string) {
  const code = page.locator('[data-testid=slide-qr] svg[role=img]');
  await code.waitFor();
  // The slide drawn too (marks, bars or key figures), as the room sees it.
  await page
    .locator('[data-slide] :is([data-point-id], .recharts-bar-rectangle, [data-testid=kpi-tile])')
    .first()
    .waitFor();
  await waitForSteady(page, '[data-testid=presentation]');
  const box = await code.boundingBox();
  const png = await page.screenshot({ path: `${DIR}/${name}.png` });
  const decoded = decodeQr(png, { x: 960, y: 540, width: 960, height: 540 });
  return { decoded, value: await code.getAttribute('data-qr-value'), side: box?.width ?? 0 };
}

/** WCAG violations axe finds on the page as it is (the code, its caption, the button). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

const paramsOf = (link: string | null) =>
  Object.fromEntries(new URL(link ?? 'http://invalid/').searchParams);

describeBrowser('QR codes in Chromium', () => {
  const session = useBrowser();
  const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

  it.each(['light', 'dark'])(
    'a slide in the %s theme carries a QR code of its own view, and it follows the slide',
    async (theme) => {
      const { page, context, errors } = await session.open(
        `/?lang=en&present=1&slide=2&years=2018-&qr=1&theme=${theme}`,
        clipboard,
      );
      const first = await slideCode(page, `slide-rankings-${theme}`);
      // Scannable from about 3 m on a 1080p screen.
      expect(first.side).toBeGreaterThanOrEqual(180);
      expect(first.decoded).toBe(first.value);
      expect(paramsOf(first.decoded)).toEqual({
        panel: 'rankings',
        years: '2018-',
        lang: 'en',
        v: '4',
      });
      expect(first.decoded).toBe(await copiedLinkOf(context, first.decoded ?? ''));
      // The short address is printed under it, its host readable from across the room (24 px at
      // 1080p, the slide's small text).
      const caption = page.locator('[data-testid=slide-qr] figcaption');
      expect(await caption.textContent()).toMatch(/^127\.0\.0\.1:\d+\?panel=rankings/);
      const host = caption.locator('.qr-caption-host');
      expect(await host.textContent()).toMatch(/^127\.0\.0\.1:\d+$/);
      const hostPx = await host.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(hostPx).toBeGreaterThanOrEqual(23);

      await page.keyboard.press('ArrowRight');
      await page.locator('[data-slide=companies]').waitFor();
      await page.waitForFunction(
        (old) =>
          document.querySelector('[data-testid=slide-qr] svg')?.getAttribute('data-qr-value') !==
          old,
        first.value,
      );
      const next = await slideCode(page, `slide-companies-${theme}`);
      expect(next.decoded).toBe(next.value);
      expect(paramsOf(next.decoded).panel).toBe('companies');
      expect(next.decoded).toBe(await copiedLinkOf(context, next.decoded ?? ''));
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it('Q and the button show and hide the code, and the link says so', async () => {
    const { page } = await session.open('/?lang=en&present=1');
    await waitForFigures(page);
    expect(await page.getByTestId('slide-qr').count()).toBe(0);
    await page.keyboard.press('q');
    await page.locator('[data-testid=slide-qr] svg[role=img]').waitFor();
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('qr'))).toBe('1');
    await page.getByRole('button', { name: 'QR code (Q)' }).click();
    await page.getByTestId('slide-qr').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('qr'))).toBeNull();
  });

  it('a run-sheet step’s code opens that step’s panel with the step’s own filters', async () => {
    const { page } = await session.open(
      '/?lang=zh&present=1&qr=1&slide=2&run=rankings.cities:chongqing~targets.target:2027',
    );
    const step = await slideCode(page, 'slide-run-step');
    expect(paramsOf(step.decoded)).toEqual({
      panel: 'targets',
      target: '2027',
      lang: 'zh',
      v: '4',
    });
  });

  it('the milestones slide’s code and a milestones step’s open the dashboard at the milestones', async () => {
    const { page, context, errors } = await session.open(
      '/?lang=en&present=1&qr=1&slide=2&run=rankings~milestones.years:2020-',
      clipboard,
    );
    const code = page.locator('[data-testid=slide-qr] svg[role=img]');
    await code.waitFor();
    await page.locator('[data-slide=milestones]').waitFor();
    await waitForSteady(page, '[data-testid=presentation]');
    const png = await page.screenshot({ path: `${DIR}/slide-milestones.png` });
    const decoded = decodeQr(png, { x: 960, y: 540, width: 960, height: 540 });
    expect(decoded).toBe(await code.getAttribute('data-qr-value'));
    expect(paramsOf(decoded)).toEqual({ panel: 'milestones', years: '2020-', lang: 'en', v: '4' });
    expect(decoded).toBe(await copiedLinkOf(context, decoded ?? ''));

    // On a phone: the link opens at the milestones, scrolled to, the nav saying where it is.
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(decoded ?? '');
    const section = phone.getByTestId('milestones');
    await section.waitFor();
    await phone.waitForFunction(() => {
      const top = document.querySelector('[data-testid=milestones]')?.getBoundingClientRect().top;
      return top !== undefined && top >= 0 && top < 200;
    });
    expect(await phone.locator('[data-panel]').count()).toBe(0);
    await phone.screenshot({ path: `${DIR}/milestones-link-phone.png` });
    const current = phone.getByRole('button', { name: 'Milestones', exact: true });
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await phone.title()).toMatch(/^Milestones · /);
    // Only the chosen years' milestones are listed.
    const years = await section.locator('[data-milestone] time').allTextContents();
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((y) => Number(/\d{4}/.exec(y)?.[0]) >= 2020)).toBe(true);

    // The milestones slide of the standard deck: the same address, with the view's filters.
    await page.goto(new URL('/?lang=en&present=1&qr=1&slide=6', page.url()).href);
    await code.waitFor();
    await page.locator('[data-slide=milestones]').waitFor();
    expect(paramsOf(await code.getAttribute('data-qr-value'))).toEqual({
      panel: 'milestones',
      lang: 'en',
      v: '4',
    });
    expect(errors).toEqual([]);
  });

  it('Esc leaves the presentation without its QR setting in the address', async () => {
    const { page } = await session.open('/?lang=en&present=1&qr=1&slide=2');
    await page.locator('[data-testid=slide-qr] svg[role=img]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
    await page.waitForFunction(() => !location.search.includes('present='));
    const query = Object.fromEntries(new URL(page.url()).searchParams);
    expect(query).toEqual({ lang: 'en', v: '4' });
  });

  it.each(['light', 'dark'])(
    'the printed briefing from the %s theme carries the view’s code on its cover and each panel’s on its page',
    async (theme) => {
      const { page, context, errors } = await session.open(
        `/?lang=en&years=2019-&theme=${theme}`,
        clipboard,
      );
      await waitForFigures(page);
      const viewLink = page.url();
      await page.getByRole('button', { name: 'Print briefing' }).click();
      await waitForPrintCall(page);
      const path = `${DIR}/briefing-${theme}.pdf`;
      await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
      const pageText = (n: number) =>
        execFileSync('pdftotext', ['-f', String(n), '-l', String(n), path, '-']).toString();

      // The cover: the whole view. A4 landscape at 150 dpi; the code sits top right.
      const cover = pdfPagePng(path, 1, `${DIR}/briefing-cover-${theme}`);
      const coverCode = decodeQr(cover, { x: 1100, y: 0, width: 654, height: 620 });
      expect(coverCode).toBe(viewLink);
      expect(coverCode).toBe(await copiedLinkOf(context, viewLink));

      // The first panel's page: that panel's view, the same link as printed at its end.
      const panelPage = pdfPagePng(path, 2, `${DIR}/briefing-panel-${theme}`);
      const panelCode = decodeQr(panelPage, { x: 1100, y: 0, width: 654, height: 620 });
      // The theme travels as it does in a copied link.
      expect(paramsOf(panelCode)).toEqual({
        panel: 'rankings',
        years: '2019-',
        lang: 'en',
        v: '4',
        ...(theme === 'dark' ? { theme } : {}),
      });
      expect(pageText(2).replace(/\s/g, '')).toContain(`view:${panelCode ?? ''}`);
      expect(panelCode).toBe(await copiedLinkOf(context, panelCode ?? ''));
      expect(errors).toEqual([]);
    },
  );

  it('the share box shows the copied link as a QR code', async () => {
    const { page } = await session.open('/?lang=en&panel=nev&theme=dark', clipboard);
    await waitForFigures(page);
    await page.getByTestId('copy-link').click();
    const box = page.getByRole('status').filter({ hasText: 'Link copied' }).locator('..');
    const code = box.locator('svg[role=img]');
    await code.waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(await code.getAttribute('aria-label')).toBe(`QR code of the link ${copied}`);
    const png = await box.screenshot({ path: `${DIR}/share-box.png` });
    expect(decodeQr(png)).toBe(copied);
    expect(await violations(page)).toEqual([]);
    // It stays for people to scan, until closed.
    await page.keyboard.press('Escape');
    await code.waitFor({ state: 'detached' });
  });
});
