import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import entities from '../../src/data/entities.json';
import observations from '../../src/data/observations.json';
import { describeBrowser, inject, SCREENSHOT_DIR, useBrowser } from './support/browser';

// A dataset that grows as real data does (many companies, monthly figures), served in place of
// the real files: over 1 MB of JSON, so the app parses and checks it in a worker.
const COMPANIES = 40;
// Cities with NEV figures: each is a region of the NEV panel, all selected by default.
const NEV_CITIES = 20;
const months = Array.from(
  { length: 16 * 12 },
  (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);
const big = {
  entities: [
    ...entities,
    ...Array.from({ length: COMPANIES }, (_, i) => ({
      id: `company-${i + 1}`,
      type: 'company',
      name: { en: `Company ${i + 1}`, zh: `企业${i + 1}` },
    })),
    ...Array.from({ length: NEV_CITIES }, (_, i) => ({
      id: `city-${i + 1}`,
      type: 'city',
      name: { en: `City ${i + 1}`, zh: `城市${i + 1}` },
    })),
  ],
  observations: [
    ...observations,
    ...Array.from({ length: COMPANIES }, (_, c) =>
      months.map((period, m) => {
        // A deterministic wobble with one deep dip, which a thinned line must still show.
        const value = m === 100 ? 7 : 50_000 + c * 1000 + ((m * 7919) % 9000);
        return {
          id: `company-${c + 1}-vehicle-sales-${period}`,
          entity: `company-${c + 1}`,
          metric: 'vehicle_sales',
          period,
          value,
          unit: 'vehicles',
          kind: 'actual',
          source: observations[0]?.source ?? '',
          excerpt: `Test record: ${value}`,
          figure: String(value),
        };
      }),
    ).flat(),
    ...Array.from({ length: NEV_CITIES }, (_, c) =>
      [2022, 2023, 2024, 2025].map((year) => {
        const value = 100_000 + c * 5000 + (year - 2022) * 20_000;
        return {
          id: `city-${c + 1}-nev-production-${year}`,
          entity: `city-${c + 1}`,
          metric: 'nev_production',
          period: String(year),
          value,
          unit: 'vehicles',
          kind: 'actual',
          source: observations[0]?.source ?? '',
          excerpt: `Test record: ${value}`,
          figure: String(value),
        };
      }),
    ).flat(),
    // A 2027 target for each of those cities, assessed against its 2025 production.
    ...Array.from({ length: NEV_CITIES }, (_, c) => {
      const value = 400_000 + c * 10_000;
      return {
        id: `city-${c + 1}-nev-production-2027-target`,
        entity: `city-${c + 1}`,
        metric: 'nev_production',
        period: '2027',
        value,
        unit: 'vehicles',
        kind: 'target',
        source: observations[0]?.source ?? '',
        excerpt: `Test target: ${value}`,
        figure: String(value),
      };
    }),
  ],
};

async function serve(page: Page, data: typeof big) {
  for (const key of ['entities', 'observations'] as const)
    await page.route(new RegExp(`/assets/${key}-[\\w-]+\\.json$`), (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(data[key]) }),
    );
}

describeBrowser('a dataset a hundred times the real one', () => {
  const session = useBrowser();

  it('is checked in a worker, draws thinned lines and lists every record in its table', async () => {
    const { page, errors } = await session.open('/favicon.svg', { serviceWorkers: 'block' });
    await serve(page, big);
    let workers = 0;
    page.on('worker', () => workers++);
    await page.goto(`${inject('baseUrl')}/?lang=en&panel=companies`);
    const panel = page.locator('[data-panel=companies]');
    const note = panel.getByTestId('thinned-note').first();
    await note.waitFor({ timeout: 60_000 });
    expect(workers).toBe(1);
    const [, drawn = '0', total = '0'] =
      /Drawn with ([\d,]+) of ([\d,]+) points/.exec(await note.innerText()) ?? [];
    const num = (s: string) => Number(s.replace(/,/g, ''));
    expect(num(total)).toBeGreaterThan(1000);
    expect(num(drawn)).toBeLessThan(num(total));
    // The deep dip (7 vehicles) of a chosen company is among the marks drawn.
    expect(await panel.locator('[data-point-id="company-1-vehicle-sales-2018-05"]').count()).toBe(
      1,
    );

    // The company list shows a few dozen until asked for all.
    const companies = panel.getByRole('group', { name: /^Companies/ });
    const listed = await companies.getByRole('checkbox').count();
    await companies.getByRole('button', { name: /^Show all/ }).click();
    expect(await companies.getByRole('checkbox').count()).toBeGreaterThan(listed);

    // The table has every record, and draws only the rows near its view.
    await panel.getByRole('radio', { name: 'Table' }).check({ force: true });
    const table = panel.getByTestId('data-table');
    await table.locator('tr[aria-hidden]').first().waitFor();
    expect(Number(await table.getAttribute('aria-rowcount')) - 1).toBeGreaterThanOrEqual(
      num(total),
    );
    expect(await table.locator('tr[data-figure-id]').count()).toBeLessThan(100);
    expect(errors).toEqual([]);
  });

  it('draws a dozen region charts until asked for all; the table lists every region', async () => {
    const { page, errors } = await session.open('/favicon.svg', { serviceWorkers: 'block' });
    await serve(page, big);
    await page.goto(`${inject('baseUrl')}/?lang=en&panel=nev`);
    const panel = page.locator('[data-panel=nev]');
    const cap = panel.getByTestId('region-chart-cap');
    await cap.waitFor({ timeout: 60_000 });
    const cells = panel.locator('[data-chart-cell]');
    // The share chart, then one chart per region: 12 of them.
    await cells.nth(12).waitFor();
    expect(await cells.count()).toBe(13);
    const [, shown = '', total = ''] =
      /Charts for (\d+) of (\d+) regions; the table lists all\./.exec(await cap.innerText()) ?? [];
    expect(Number(shown)).toBe(12);
    await cap.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/scale-nev-region-cap.png` });
    expect(Number(total)).toBeGreaterThanOrEqual(NEV_CITIES + 2);
    await cap.getByRole('button', { name: `Show all ${total}` }).click();
    await cells.nth(Number(total)).waitFor();
    expect(await cells.count()).toBe(Number(total) + 1);
    expect(await panel.getByText('City 20', { exact: false }).count()).toBeGreaterThan(0);

    await panel.getByRole('radio', { name: 'Table' }).check({ force: true });
    const rows = panel.locator('[data-testid=data-table] tr[data-figure-id^="city-20-"]');
    expect(await rows.count()).toBe(4);
    expect(errors).toEqual([]);
  });

  it('draws twenty attainment bars until asked for all; the table lists every target', async () => {
    const { page, errors } = await session.open('/favicon.svg', { serviceWorkers: 'block' });
    await serve(page, big);
    await page.goto(`${inject('baseUrl')}/?lang=en&panel=targets`);
    const panel = page.locator('[data-panel=targets]');
    const cap = panel.getByTestId('attainment-cap');
    await cap.waitFor({ timeout: 60_000 });
    const [, shown = '', total = ''] =
      /Bars for (\d+) of (\d+) targets; the table lists all\./.exec(await cap.innerText()) ?? [];
    expect(Number(shown)).toBe(20);
    expect(Number(total)).toBeGreaterThan(NEV_CITIES);
    const bars = panel.locator('.recharts-bar-rectangle');
    expect(await bars.count()).toBe(20);
    await cap.getByRole('button', { name: `Show all ${total}` }).click();
    await bars.nth(Number(total) - 1).waitFor();
    expect(await bars.count()).toBe(Number(total));
    await panel.getByRole('radio', { name: 'Table' }).check({ force: true });
    expect(await panel.getByText('City 20', { exact: false }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('names a corrupt record of a large file on the error screen', async () => {
    const { page } = await session.open('/favicon.svg', { serviceWorkers: 'block' });
    const broken = structuredClone(big);
    const at = broken.observations.length - 5;
    const record = broken.observations[at];
    if (!record) throw new Error('no record');
    broken.observations[at] = { ...record, value: 'lots' as unknown as number };
    await serve(page, broken);
    await page.goto(`${inject('baseUrl')}/?lang=en`);
    const screen = page.getByTestId('error-screen');
    await screen.waitFor({ timeout: 60_000 });
    expect(await screen.innerText()).toContain(
      `observations[${at}] (${record.id}), field “value”: wrong type, expected number`,
    );
  });
});
