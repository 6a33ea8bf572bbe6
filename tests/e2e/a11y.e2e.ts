import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeBrowser,
  drawPanels,
  queryOf,
  useBrowser,
  waitForFigures,
  waitForPrintCall,
} from './support/browser';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

async function chartsDrawn(page: Page) {
  await waitForFigures(page);
  await drawPanels(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** What has keyboard focus: its name, and whether a focus ring shows on it (or its label). */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const ringOf = (e: Element) => {
      const s = getComputedStyle(e);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    };
    const label = el.closest('label');
    const rect = (label ?? el).getBoundingClientRect();
    return {
      name: (el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent)
        .trim()
        .slice(0, 40),
      tag: el.tagName.toLowerCase(),
      ring: ringOf(el) || (label !== null && ringOf(label)),
      visible: rect.width > 0 && rect.height > 0,
      region: el.closest('header')
        ? 'header'
        : el.closest('[data-panel]')
          ? `panel:${el.closest('[data-panel]')?.getAttribute('data-panel') ?? ''}`
          : el.closest('nav')
            ? 'nav'
            : 'main',
    };
  });
}

describeBrowser('accessibility in Chromium (axe, WCAG 2.2 AA)', () => {
  const session = useBrowser();

  it.each([
    ['every panel as charts, English', '/?lang=en'],
    ['every panel as charts, Chinese', '/?lang=zh'],
    ['every panel as tables, English', '/?lang=en&table=rankings,companies,nev,targets'],
    [
      'every panel as tables, Chinese, dark',
      '/?lang=zh&table=rankings,companies,nev,targets&theme=dark',
    ],
    ['dark theme, charts', '/?lang=en&theme=dark'],
    ['a notice about a bad link', '/?lang=en&panel=nowhere&years=20x6&colour=red'],
  ])('no violations: %s', async (_name, path) => {
    const { page } = await session.open(path);
    await chartsDrawn(page);
    expect(await violations(page)).toEqual([]);
  });

  it.each([
    ['en', 1],
    ['en', 4],
    ['zh', 2],
    ['zh', 5],
    ['en', 6],
  ] as const)(
    'no violations in presentation mode (%s, slide %d, light and dark)',
    async (lang, slide) => {
      for (const theme of ['light', 'dark']) {
        const { page, context } = await session.open(
          `/?lang=${lang}&present=1&slide=${slide}&theme=${theme}`,
        );
        await page
          .locator(
            '[data-slide] [data-point-id], [data-slide] .recharts-bar-rectangle, [data-slide] [data-testid=kpi-tile], [data-slide] [data-milestone]',
          )
          .first()
          .waitFor();
        expect(await violations(page), theme).toEqual([]);
        await context.close();
      }
    },
  );

  it('no violations in the source dialog, the run sheet and the print briefing', async () => {
    const { page } = await session.open('/?lang=en');
    await chartsDrawn(page);
    await page.getByRole('button', { name: 'Source of: Chongqing NEV production' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await violations(page, 'dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByText('Run sheet (0)').click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Print briefing' }).click();
    await page.getByTestId('print-briefing').waitFor();
    await chartsDrawn(page);
    await waitForPrintCall(page);
    expect(await violations(page)).toEqual([]);
  });

  it('no violations in a run sheet with steps, and in the presenter view, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const run = 'figures.title:Welcome.notes:Thank the hosts~targets';
      const { page, context } = await session.open(`/?lang=en&theme=${theme}&run=${run}`);
      await waitForFigures(page);
      await page.getByRole('textbox', { name: 'Title of step 1' }).waitFor();
      expect(await violations(page, '[data-testid=run-sheet]')).toEqual([]);
      await page.goto(
        `${new URL(page.url()).origin}/?lang=en&theme=${theme}&present=1&presenter=1&run=${run}`,
      );
      await page.getByTestId('presenter-view').waitFor();
      expect(await violations(page)).toEqual([]);
      await context.close();
    }
  });

  it('no violations on the error screen', async () => {
    const { page, context } = await session.open('/about:blank');
    await page.addInitScript(() => {
      (window as unknown as { __CQAM_TEST_DATASET__: unknown }).__CQAM_TEST_DATASET__ = {
        sources: [],
        conflicts: [],
        observations: [{ id: 'bad' }],
      };
    });
    await page.goto(new URL('/?lang=en', page.url()).toString());
    await page.getByTestId('error-screen').waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('can be used by keyboard alone: every stop visible with a focus ring, in reading order, and filters work by key', async () => {
    const { page } = await session.open('/?lang=en');
    await chartsDrawn(page);
    const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f) stops.push(f);
    }
    expect(stops[0]?.name).toBe('Skip to the figures');
    const hidden = stops.filter((s) => !s.visible || !s.ring);
    expect(hidden, JSON.stringify(hidden.slice(0, 3))).toEqual([]);
    // Reading order: header, then the page, then the panels in their order.
    const regions = stops.map((s) => s.region).filter((r, i, all) => r !== all[i - 1]);
    expect(regions.indexOf('header')).toBeLessThan(regions.indexOf('nav'));
    expect(regions.indexOf('nav')).toBeLessThan(regions.indexOf('panel:rankings'));
    expect(regions.indexOf('panel:rankings')).toBeLessThan(regions.indexOf('panel:companies'));

    // Filters by key: a select, a radio group, a checkbox.
    await page.getByLabel('To', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    expect((await queryOf(page)).years).toMatch(/^-\d{4}$/);
    await page.getByRole('radio', { name: 'Production' }).focus();
    await page.keyboard.press('ArrowRight');
    expect((await queryOf(page)).measure).toBe('sales');
    const shenzhen = page
      .locator('[data-panel=rankings]')
      .getByRole('checkbox', { name: 'Shenzhen' });
    await shenzhen.focus();
    await page.keyboard.press('Space');
    expect((await queryOf(page)).cities, page.url()).toBe('chongqing,guangzhou');
    // T switches the panel between chart and table.
    await page.keyboard.press('t');
    expect((await queryOf(page)).table).toBe('rankings');
    await page.keyboard.press('t');
    expect((await queryOf(page)).table).toBeUndefined();
  });

  it('traps focus in the source dialog, closes it with Esc and returns focus', async () => {
    const { page } = await session.open('/?lang=en');
    await chartsDrawn(page);
    const opener = page
      .locator('[data-panel=targets]')
      .getByRole('button', { name: '2.6 M vehicles' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () =>
          document.activeElement?.closest('dialog') !== null ||
          document.activeElement === document.body,
      );
      expect(inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('turns animations off for people who prefer reduced motion', async () => {
    const { page } = await session.open('/?lang=en', { reducedMotion: 'reduce' });
    await waitForFigures(page);
    const duration = await page.evaluate(
      () => getComputedStyle(document.querySelector('.btn') ?? document.body).transitionDuration,
    );
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });
});
