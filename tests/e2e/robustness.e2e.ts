import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { decodeView } from '../../src/state/url-codec';
// The registry's choices, as the app knows them once the data has loaded (sets them).
import '../unit/support/dataset';
// Seeded, so a failing query string can be reproduced from its index.
import { random } from '../../scripts/random.mjs';
import { describeBrowser, inject, useBrowser, drawPanels, chooseLanguage } from './support/browser';

const KEYS = [
  'panel',
  'years',
  'cities',
  'companies',
  'scope',
  'measure',
  'regions',
  'target',
  'subjects',
  'table',
  'theme',
  'present',
  'slide',
  'autoplay',
  'chips',
  'run',
  'nev.growth',
  'companies.growth',
  'companies.base',
  'embed',
  'lang',
  'v',
  'growth',
  'from',
  'to',
  'x',
  '__proto__',
  'constructor',
  '<b>',
  '重庆',
];
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1" data-xss>',
  '"><script data-xss>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '<svg onload=alert(1)>',
  "';alert(1)//",
  '%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
  '{{constructor.constructor("alert(1)")()}}',
];
const VALUES = [
  '2016-2025',
  '-5',
  '99999999999',
  '1850-2200',
  '2025-2016',
  'none',
  'chongqing,beijing',
  'nev',
  'all',
  '1',
  '0',
  'zh',
  'en',
  'targets',
  '%E0%A4%A',
  '%zz',
  '%',
  '重庆,广州',
  '😀🚗',
  'x'.repeat(3000),
  'rankings.cities:chongqing~nev.regions:moon',
  '3600',
  '-1',
  'NaN',
  'Infinity',
  '',
];

/** One query string: a few parameters, known and unknown, well and badly formed. */
function queryString(rand: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const parts: string[] = [];
  const n = 1 + Math.floor(rand() * 5);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.15) parts.push(`${pick(KEYS)}=${encodeURIComponent(pick(PAYLOADS))}`);
    else if (r < 0.25) parts.push(`${pick(KEYS)}=${pick(PAYLOADS)}`);
    else if (r < 0.35)
      parts.push(
        Array.from({ length: 1 + Math.floor(rand() * 40) }, () =>
          String.fromCharCode(32 + Math.floor(rand() * 95)),
        ).join(''),
      );
    else parts.push(`${pick(KEYS)}=${pick(VALUES)}`);
  }
  // Half the time a language, so both languages are exercised.
  if (rand() < 0.5) parts.push(`lang=${pick(['en', 'zh'])}`);
  return parts.join('&');
}

async function settled(page: Page) {
  await page
    .locator('[data-testid=kpi-tile], [data-slide], [data-testid=error-screen]')
    .first()
    .waitFor({ timeout: 15_000 });
}

describeBrowser('robustness in Chromium', () => {
  const session = useBrowser();

  it('survives 300 generated query strings: no error, no dialog, no injected markup, a notice when something was ignored', async () => {
    const rand = random(7);
    const cases = Array.from({ length: 300 }, (_, i) => ({ i, qs: queryString(rand) }));
    const { page, errors } = await session.open('/?lang=en');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const failures: unknown[] = [];
    for (const { i, qs } of cases) {
      await page.goto(`${inject('baseUrl')}/?${qs}`, { waitUntil: 'domcontentloaded' });
      await settled(page);
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
        injected: document.querySelectorAll('[data-xss], script:not([src]), img[src="x"]').length,
        notice: document.querySelector('[data-testid=notice-bar]') !== null,
        title: document.querySelector('h1, h2')?.textContent ?? '',
      }));
      const expectNotice = decodeView(`?${qs}`, 'en').notices.length > 0;
      const ok =
        state.xss === null &&
        state.injected === 0 &&
        state.notice === expectNotice &&
        state.title !== '' &&
        errors.length === 0 &&
        dialogs.length === 0;
      if (!ok)
        failures.push({
          i,
          qs: qs.slice(0, 160),
          ...state,
          expectNotice,
          errors: [...errors],
          dialogs: [...dialogs],
        });
      errors.length = 0;
      dialogs.length = 0;
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('shows the error screen naming the bad record when the dataset is corrupt', async () => {
    const { page, context } = await session.open('/favicon.svg');
    await page.addInitScript(() => {
      const w = window as unknown as { __CQAM_TEST_DATASET__: unknown };
      w.__CQAM_TEST_DATASET__ = {
        sources: [
          {
            id: 'a',
            title: { en: 'A', zh: '甲' },
            outlet: { en: 'O', zh: '乙' },
            date: '2025-01',
            language: 'en',
            file: 'a.txt',
          },
        ],
        conflicts: [],
        observations: [
          {
            id: 'fine-record',
            entity: 'chongqing',
            metric: 'vehicle_production',
            period: '2025',
            value: 1,
            unit: 'vehicles',
            kind: 'actual',
            source: 'a',
            excerpt: 'made 1 car',
            figure: '1',
          },
          {
            id: 'broken-record',
            entity: 'chongqing',
            metric: 'vehicle_production',
            period: '2025',
            value: 'lots',
            unit: 'vehicles',
            kind: 'actual',
            source: 'a',
            excerpt: 'x',
            figure: 'x',
          },
        ],
      };
    });
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    const screen = page.getByTestId('error-screen');
    await screen.waitFor();
    expect(await screen.innerText()).toContain(
      'observations[1] (broken-record), field “value”: wrong type, expected number',
    );
    // The rest of the page still works: the header and the language switch.
    await chooseLanguage(page, '中文');
    expect(await screen.innerText()).toContain('数据无法加载');
    await context.close();
  });

  // The data is fetched as static JSON (assets/observations-<hash>.json): a corrupt record in the
  // served file, a file that is not JSON, and a missing file each show the error screen naming
  // the file and, for a bad record, the record and field. Service workers are blocked so the
  // interception sees the page's own fetch.
  it.each([
    {
      served: 'a corrupt record',
      body: (real: string) => {
        const records = JSON.parse(real) as { id: string; value: unknown }[];
        records[1] = { id: records[1]?.id ?? '', ...records[1], value: 'lots' };
        return { status: 200, body: JSON.stringify(records) };
      },
      says: (real: string) =>
        `observations[1] (${(JSON.parse(real) as { id: string }[])[1]?.id ?? '?'}), field “value”: wrong type, expected number`,
    },
    {
      served: 'bad JSON',
      body: (real: string) => ({ status: 200, body: real.slice(0, 200) }),
      says: () => 'observations.json is not valid JSON',
    },
    {
      served: 'a 404',
      body: () => ({ status: 404, body: 'gone' }),
      says: () => 'observations.json could not be fetched (HTTP 404)',
    },
  ])('shows the error screen naming the data file when it serves $served', async (c) => {
    const { page, context } = await session.open('/favicon.svg', { serviceWorkers: 'block' });
    let real = '';
    await page.route(/\/assets\/observations-[\w-]+\.json$/, async (route) => {
      real = await (await route.fetch()).text();
      await route.fulfill({ contentType: 'application/json', ...c.body(real) });
    });
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    const screen = page.getByTestId('error-screen');
    await screen.waitFor();
    expect(real.length).toBeGreaterThan(1000);
    expect(await screen.innerText()).toContain(c.says(real));
    expect(await page.locator('[data-point-id]').count()).toBe(0);
    await context.close();
  });

  it('keeps the other panels working when one panel fails', async () => {
    const { page, context, errors } = await session.open('/favicon.svg');
    await page.addInitScript(() => {
      (window as unknown as { __CQAM_FAIL_PANEL__: string }).__CQAM_FAIL_PANEL__ = 'companies';
    });
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    const box = page.getByTestId('panel-error');
    await box.waitFor();
    expect(await box.innerText()).toContain('The Company sales panel could not be shown');
    for (const id of ['rankings', 'nev', 'targets']) await drawPanels(page, [id]);
    expect(await page.locator('[data-panel=companies]').count()).toBe(0);
    // React reports the caught error to the console; nothing else may.
    expect(errors.filter((e) => !e.includes('Simulated panel failure'))).toEqual([]);
    await context.close();
  });

  it('requests nothing outside its own origin, and its Content-Security-Policy blocks inline script', async () => {
    const { page, context } = await session.open('/favicon.svg', { acceptDownloads: true });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const origin = new URL(inject('baseUrl')).origin;
    await page.goto(`${origin}/?lang=en`);
    for (const id of ['rankings', 'companies', 'nev', 'targets']) await drawPanels(page, [id]);
    const panel = page.locator('[data-panel=rankings]');
    await panel.getByTestId('export-menu').locator('summary').click();
    await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Chart (PNG), A4 half page' }).click(),
    ]);
    await page.keyboard.press('p');
    await page.locator('[data-slide]').waitFor();
    const outside = requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
    );
    expect(outside).toEqual([]);

    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.body.appendChild(s);
          setTimeout(
            () => resolve((window as unknown as { __inline?: number }).__inline === undefined),
            500,
          );
        }),
    );
    expect(blocked).toBe(true);
    await context.close();
  });
});
