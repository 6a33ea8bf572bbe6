import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser, waitForFigures, drawPanels } from './support/browser';

/** Waits until a service worker controls the page (the first visit installs and claims it). */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

describeBrowser('offline use in Chromium', () => {
  const session = useBrowser();

  it('works offline after one visit: reload, panels and slides still render', async () => {
    const { page, context, errors } = await session.open('/?lang=en');
    await waitForFigures(page);
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await waitForFigures(page);
    for (const id of ['rankings', 'companies', 'nev', 'targets']) {
      await drawPanels(page, [id]);
    }
    await page.goto(`${new URL(page.url()).origin}/?lang=zh&present=1&slide=3`);
    await page.locator('[data-slide] [data-point-id]').first().waitFor();
    await context.setOffline(false);
    // Offline reloads log failed network requests; nothing else may go wrong.
    expect(
      errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)),
    ).toEqual([]);
  });

  it('offers a reload when a new version is deployed, instead of serving stale code silently', async () => {
    const { page } = await session.open('/?lang=en');
    await waitForFigures(page);
    await controlled(page);
    // "Deploy" a new version: the server now sends a different service worker.
    const sw = 'dist/sw.js';
    const original = readFileSync(sw, 'utf8');
    try {
      writeFileSync(sw, `${original}\n// new version ${Date.now()}\n`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      const prompt = page.getByTestId('update-prompt');
      await prompt.waitFor({ timeout: 30_000 });
      expect(await prompt.innerText()).toContain('A new version of the dashboard is available.');
      await Promise.all([
        page.waitForEvent('load'),
        prompt.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await waitForFigures(page);
    } finally {
      writeFileSync(sw, original);
    }
  });
});
