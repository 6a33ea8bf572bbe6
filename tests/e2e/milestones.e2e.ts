import { expect, it } from 'vitest';
import { nevView } from '../../src/features/nev/nev-series';
import { placeMilestones } from '../../src/lib/milestones';
import { TOPICS } from '../../src/data/types';
import { nevRegions } from '../../src/data/registry';
import { dataset } from '../unit/support/dataset';
import {
  SCREENSHOT_DIR,
  VIEWPORTS,
  describeBrowser,
  queryOf,
  scrollToChart,
  useBrowser,
} from './support/browser';

const total = dataset.milestones.length;
const shown = (topics: readonly (typeof TOPICS)[number][], from: number | null = null) =>
  placeMilestones(dataset.milestones, { topics, from, to: null }).map((p) => p.milestone.id);

describeBrowser('milestones, annotations and growth views in Chromium', () => {
  const session = useBrowser();

  it('filters the timeline by topic and by the year range, and the link keeps both', async () => {
    const { page, context, errors } = await session.open('/?lang=en');
    const section = page.getByTestId('milestones');
    await section.waitFor({ timeout: 20_000 });
    await section.scrollIntoViewIfNeeded();
    const ids = () =>
      section
        .locator('[data-milestone]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-milestone') ?? ''));
    expect(await ids()).toEqual(shown(TOPICS));
    expect(await page.getByTestId('milestones-count').innerText()).toBe(`${total} milestones.`);

    await section.getByRole('checkbox', { name: 'Company' }).uncheck();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('topics'));
    expect((await queryOf(page)).topics).toBe('policy,technology');
    expect(await ids()).toEqual(shown(['policy', 'technology']));
    expect(
      await section.locator('[data-topic]').evaluateAll((els) => els.map((e) => e.dataset.topic)),
    ).not.toContain('company');

    await page.getByLabel('From', { exact: true }).selectOption('2020');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('years') === '2020-');
    const expected = shown(['policy', 'technology'], 2020);
    expect(await ids()).toEqual(expected);
    expect(await page.getByTestId('milestones-count').innerText()).toBe(
      `${expected.length} of ${total} milestones in view.`,
    );
    // Each event shows its date at its precision and its verbatim source excerpt on request.
    const first = section.locator('[data-milestone]').first();
    expect(await first.innerText()).toMatch(/year only|to the month|exact day/);
    await first.getByText('Source excerpt').click();
    expect(await first.locator('blockquote').innerText()).toContain(
      dataset.milestones.find((m) => m.id === expected[0])?.excerpt.slice(0, 40) ?? '∅',
    );
    await section.screenshot({ path: `${SCREENSHOT_DIR}/milestones-1920.png` });

    // A fresh browser given the link shows the same timeline.
    const url = await page.evaluate(() => location.href);
    const fresh = await session.open('/favicon.svg');
    await fresh.page.goto(url);
    const again = fresh.page.getByTestId('milestones');
    await again.waitFor({ timeout: 20_000 });
    expect(
      await again
        .locator('[data-milestone]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-milestone') ?? '')),
    ).toEqual(expected);
    expect(errors).toEqual([]);
    await fresh.context.close();
    await context.close();
  });

  it('draws milestones on the time charts when the link says events=1, and not otherwise', async () => {
    const { page, context, errors } = await session.open('/?lang=en&panel=nev&events=1');
    await scrollToChart(page, 'nev');
    const panel = page.locator('[data-panel=nev]');
    await panel.getByTestId('chart-events').first().waitFor();
    // The key under a chart names each numbered rule.
    const key = panel.getByTestId('chart-events-list').first();
    expect(await key.innerText()).toContain('Vehicle-road-cloud pilot city');
    await panel.screenshot({ path: `${SCREENSHOT_DIR}/nev-events-1920.png` });

    // The control in the filter bar turns them off, and the link follows.
    await page.getByRole('checkbox', { name: 'Milestones on charts' }).first().uncheck();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('events'));
    expect(await panel.getByTestId('chart-events').count()).toBe(0);
    expect(await panel.getByTestId('chart-events-list').count()).toBe(0);

    // A topic filter applies to the charts too.
    await page.goto(`${new URL(page.url()).origin}/?lang=en&panel=nev&events=1&topics=policy`);
    await scrollToChart(page, 'nev');
    await panel.getByTestId('chart-events-list').first().waitFor();
    const keys = await panel.getByTestId('chart-events-list').allInnerTexts();
    expect(keys.join(' ')).not.toContain('Vehicle-road-cloud');
    expect(keys.join(' ')).toContain('capital');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches the NEV volumes between levels, year on year, index and share, with reasons where it cannot', async () => {
    const { page, context, errors } = await session.open('/?lang=en&panel=nev');
    const panel = page.locator('[data-panel=nev]');
    await scrollToChart(page, 'nev');
    const control = panel.getByTestId('growth-control');
    await control.waitFor();

    await control.getByRole('radio', { name: 'Index' }).check({ force: true });
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('nev.growth') === 'index',
    );
    const view = nevView(dataset, {
      regions: nevRegions(dataset),
      from: null,
      to: null,
      growth: 'index',
      base: null,
    });
    const cqBase = view.growth.notes.chongqing?.base;
    await panel.getByText(`Chongqing: index (${cqBase} = 100)`).waitFor();
    // Every mark of the volume charts is a computed index value.
    const indexIds = (view.volumeSeries.chongqing ?? []).flatMap((s) => s.points.map((p) => p.id));
    expect(indexIds.length).toBeGreaterThan(0);
    for (const id of indexIds) expect(id.startsWith('index:')).toBe(true);
    await panel.locator(`[data-point-id="${indexIds[0] ?? ''}"]`).waitFor();

    // A chosen base year is part of the link.
    await control.getByLabel('Base year (= 100)').selectOption('2024');
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('nev.base') === '2024',
    );
    await panel.getByText('Chongqing: index (2024 = 100)').waitFor();

    // The source dialog of a computed value shows how it was computed.
    await panel.locator('[data-point-id^="index:"] path').first().click({ force: true });
    const dialog = page.getByRole('dialog', { name: 'Where this figure comes from' });
    await dialog.locator('#formula-heading').waitFor();
    expect(await dialog.innerText()).toContain('(the base year) × 100');
    await page.keyboard.press('Escape');
    await panel.screenshot({ path: `${SCREENSHOT_DIR}/nev-index-1920.png` });

    // China alone is the divisor of every share, not a share: the option is disabled, and says why.
    await page.goto(`${new URL(page.url()).origin}/?lang=en&panel=nev&regions=china`);
    await scrollToChart(page, 'nev');
    const share = page
      .locator('[data-panel=nev]')
      .getByRole('radio', { name: 'Share of national' });
    await share.waitFor({ state: 'attached' });
    expect(await share.isDisabled()).toBe(true);
    expect(
      await page.locator('[data-panel=nev] [data-testid=growth-note]').allInnerTexts(),
    ).toContain(
      'Share of national not available: only the national figures are selected, and they are what every share of national is divided by.',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the 2027 projection band apart from the actuals, labelled as projections', async () => {
    const { page, context, errors } = await session.open('/?lang=en&panel=targets&target=2027');
    await scrollToChart(page, 'targets');
    const panel = page.locator('[data-panel=targets]');
    const bands = panel.getByTestId('projection-band');
    await bands.first().waitFor();
    const kinds = await panel
      .locator('[data-projection]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-projection')));
    expect(kinds).toContain('required');
    expect(kinds).toContain('recent');
    // Projections carry no marks: the marks are the recorded and derived figures only.
    expect(await bands.first().locator('[data-point-id]').count()).toBe(0);
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Needed: +24.2% a year');
    expect(text).toContain('2023–2025 average growth +61% a year');
    expect(text).toContain('projections, not data');
    await panel.screenshot({ path: `${SCREENSHOT_DIR}/targets-projection-1920.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a slide with milestones on its charts within the screen, charts still legible', async () => {
    const { page, context, errors } = await session.open('/?lang=en&present=1&slide=2&events=1');
    await page.getByTestId('chart-events-list').first().waitFor();
    const fit = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      height: window.innerHeight,
      charts: [...document.querySelectorAll('svg.recharts-surface')].map(
        (svg) => svg.getBoundingClientRect().height,
      ),
    }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.height);
    expect(fit.charts.length).toBeGreaterThan(0);
    for (const h of fit.charts) expect(h).toBeGreaterThan(200);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/slide-2-events-1920.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("draws a run-sheet slide's milestones for the step's years, not the dashboard's", async () => {
    // The dashboard shows 2003-2024; the step shows 2023-2025: its rules are 2023-2025's,
    // numbered from 1 among them (as its timeline would be), 2025's included.
    const { page, context, errors } = await session.open(
      '/?lang=en&present=1&events=1&years=2003-2024&run=nev.years:2023-2025',
    );
    await page.locator('[data-slide] [data-point-id]').first().waitFor();
    await page.getByTestId('chart-events-list').first().waitFor();
    const dates = await page
      .getByTestId('chart-events-list')
      .first()
      .locator('time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    const years = dates.map((d) => Number(d.slice(0, 4)));
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) expect(y, dates.join(' ')).toBeGreaterThanOrEqual(2023);
    for (const y of years) expect(y, dates.join(' ')).toBeLessThanOrEqual(2025);
    expect(years, dates.join(' ')).toContain(2025);
    const numbers = await page
      .getByTestId('chart-events-list')
      .first()
      .locator('.event-badge')
      .allInnerTexts();
    expect(numbers[0]).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the timeline on a phone, in Chinese', async () => {
    const { page, context } = await session.open('/favicon.svg', { viewport: VIEWPORTS.phone });
    await page.goto(`${new URL(page.url()).origin}/?lang=zh&topics=policy,technology`);
    const section = page.getByTestId('milestones');
    await section.waitFor({ timeout: 20_000 });
    await section.scrollIntoViewIfNeeded();
    expect(await section.innerText()).toContain('大事记');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await section.screenshot({ path: `${SCREENSHOT_DIR}/milestones-phone-zh.png` });
    await context.close();
  });

  it("a run sheet holds the milestones timeline as a step, presented with the step's years", async () => {
    const { page, errors } = await session.open('/?lang=en&years=2020-');
    await page.getByTestId('kpi-tile').first().waitFor();
    await page.getByText('Run sheet (0)').click();
    await page.getByRole('button', { name: 'Add the milestones timeline' }).click();
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('run') === 'milestones.years:2020-',
    );
    await page.getByRole('button', { name: 'Present run sheet' }).click();
    const slide = page.locator('[data-slide=milestones]');
    await slide.locator('[data-milestone]').first().waitFor();
    const expected = placeMilestones(dataset.milestones, {
      topics: [...TOPICS],
      from: 2020,
      to: null,
    });
    expect(await slide.locator('[data-milestone]').count()).toBe(expected.length);
    expect(expected.length).toBeLessThan(dataset.milestones.length);
    expect(await slide.getByRole('heading', { level: 2 }).innerText()).toBe('Milestones');
    expect(errors).toEqual([]);
  });
});
