import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { escapeStepText } from '../../src/state/step-text';
import { describeBrowser, useBrowser, waitForFigures } from './support/browser';
import { decodeQr } from './support/qr-decode';

/**
 * The run sheet's own QR code, decoded as a phone would from a screenshot: dense links (notes
 * make a run sheet's link long) must still scan, at 3 CSS px a module or more; and the presenter
 * view's preview of a milestones slide shows the timeline, not its name alone.
 */
const DIR = 'test-results/run-sheet-qr';
mkdirSync(DIR, { recursive: true });
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

const note = (n: number, words: number) =>
  escapeStepText(`Step ${n}: ${Array.from({ length: words }, (_, i) => `point${i}`).join(' ')}.`);
const runWith = (words: number) =>
  encodeURIComponent(
    [
      `rankings.title:${escapeStepText('Who leads')}.notes:${note(1, words)}`,
      `figures.notes:${note(2, words)}`,
      `nev.years:2015-2025.notes:${note(3, words)}`,
      `targets.notes:${note(4, words)}`,
    ].join('~'),
  );

async function runSheetCode(page: Page, name: string) {
  await waitForFigures(page);
  await page.getByRole('button', { name: 'Copy run-sheet link' }).click();
  const box = page.getByTestId('run-sheet-qr');
  const code = box.locator('svg[role=img]');
  await code.waitFor();
  await code.scrollIntoViewIfNeeded();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const width = (await code.boundingBox())?.width ?? 0;
  const modules = Number((await code.getAttribute('viewBox'))?.split(' ')[2]);
  const png = await box.screenshot({ path: `${DIR}/${name}.png` });
  return { copied, decoded: decodeQr(png), modulePx: width / modules, box };
}

describeBrowser('The run sheet’s QR code and the presenter’s preview', () => {
  const session = useBrowser();

  it('a ~900-character run-sheet link (notes included) scans, at 3 px a module or more', async () => {
    const { page, errors } = await session.open(`/?lang=en&run=${runWith(18)}`, clipboard);
    const { copied, decoded, modulePx, box } = await runSheetCode(page, 'long');
    expect(copied.length).toBeGreaterThan(850);
    expect(copied).toContain('notes:');
    expect(modulePx).toBeGreaterThanOrEqual(3);
    expect(decoded).toBe(copied);
    expect(await box.getByTestId('qr-shorter-note').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  // 40 words a note: too dense to scan at 3 px. 150: beyond the largest QR code there is (the
  // encoder refuses it; that once threw and blanked the whole app).
  it.each([40, 150])(
    'a link too long to scan (notes of %i words): the code opens it without the notes, and says so',
    async (words) => {
      const { page, errors } = await session.open(`/?lang=en&run=${runWith(words)}`, clipboard);
      const { copied, decoded, modulePx, box } = await runSheetCode(page, `too-long-${words}`);
      // The copied link keeps the notes: it is the presenter's, to pass on to a colleague.
      expect(copied).toContain('notes:');
      expect(modulePx).toBeGreaterThanOrEqual(3);
      const url = new URL(decoded ?? 'http://invalid/');
      expect(url.searchParams.get('run')).toContain('title:Who leads');
      expect(url.searchParams.get('run')).not.toContain('notes');
      expect(await box.getByTestId('qr-shorter-note').innerText()).toMatch(/too long to scan/);
      expect(errors).toEqual([]);
    },
  );

  it('the presenter’s “Next slide” shows the milestones slide’s events', async () => {
    const run = encodeURIComponent('targets~milestones.years:2020-2025');
    const { page, errors } = await session.open(`/?lang=en&present=1&presenter=1&run=${run}`);
    const preview = page.getByTestId('presenter-preview');
    await preview.locator('li[data-milestone]').first().waitFor();
    expect(await preview.locator('li[data-milestone]').count()).toBeGreaterThan(3);
    // The step's own years: nothing before 2020.
    const dates = await preview.locator('li[data-milestone] time').allInnerTexts();
    expect(dates.every((d) => Number(d.slice(-4)) >= 2020)).toBe(true);
    expect(await preview.getByTestId('milestones-count').innerText()).toMatch(/of \d+ milestones/);
    // Its chips say the step's years too (not those of the slide now showing).
    expect(await preview.getByTestId('slide-chips').innerText()).toMatch(/2020.2025/);
    await page.screenshot({ path: `${DIR}/presenter-next-milestones.png` });
    expect(errors).toEqual([]);
  });
});
