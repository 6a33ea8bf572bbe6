import { expect, it } from 'vitest';
import { describeBrowser, queryOf, scrollToChart, useBrowser } from './support/browser';

describeBrowser('growth views per panel in the link', () => {
  const session = useBrowser();

  it('switches the company sales chart to year on year, writes it to the link and restores it', async () => {
    const { page, errors } = await session.open('/?lang=en&panel=companies');
    const panel = page.locator('[data-panel=companies]');
    await scrollToChart(page, 'companies');
    const control = panel.getByTestId('growth-control');
    await control.getByRole('radio', { name: 'Year on year' }).check({ force: true });
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('companies.growth') === 'yoy',
    );
    expect(await queryOf(page)).toMatchObject({ 'companies.growth': 'yoy', v: '4' });
    // The NEV panel's own setting is untouched.
    expect((await queryOf(page))['nev.growth']).toBeUndefined();
    await panel.getByText('Vehicles sold by company: year on year').waitFor();
    // Changan's total sales have no two consecutive years: named as left out, not bridged.
    expect(await panel.getByTestId('growth-note').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Left out, its inputs are missing: Changan/)]),
    );
    // Every mark is a change: as an article states it, or computed; none a recorded figure.
    await panel.locator('[data-point-id^="stated-yoy:"]').first().waitFor();
    const ids = await panel
      .locator('[data-point-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-point-id') ?? ''));
    // The model chart (AITO M9 orders, deliveries) keeps its own measures.
    expect(ids.filter((id) => !/^(stated-)?yoy:/.test(id) && !id.includes('aito'))).toEqual([]);

    await page.reload();
    await scrollToChart(page, 'companies');
    await panel.getByText('Vehicles sold by company: year on year').waitFor();
    expect(
      await panel
        .getByTestId('growth-control')
        .getByRole('radio', { name: 'Year on year' })
        .isChecked(),
    ).toBe(true);

    // An index states its base year in the chart's title, and the chosen base is in the link.
    await panel
      .getByTestId('growth-control')
      .getByRole('radio', { name: 'Index' })
      .check({ force: true });
    await panel.getByTestId('growth-control').getByLabel('Base year (= 100)').selectOption('2024');
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('companies.base') === '2024',
    );
    await panel.getByText('Vehicles sold by company: index (2024 = 100)').waitFor();
    expect(errors).toEqual([]);
  });

  it('opens an old link (growth=yoy, version 2) on the NEV panel as before, rewritten', async () => {
    const { page, errors } = await session.open('/?lang=en&panel=nev&growth=yoy&base=2020&v=2');
    const panel = page.locator('[data-panel=nev]');
    await scrollToChart(page, 'nev');
    await panel.getByText('Chongqing: year on year').waitFor();
    expect(
      await panel
        .getByTestId('growth-control')
        .getByRole('radio', { name: 'Year on year' })
        .isChecked(),
    ).toBe(true);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('v') === '4');
    const query = await queryOf(page);
    expect(query).toMatchObject({ panel: 'nev', 'nev.growth': 'yoy', 'nev.base': '2020', v: '4' });
    expect(query.growth).toBeUndefined();
    expect(query['companies.growth']).toBeUndefined();
    // Nothing to report: the old names are understood, not "unknown".
    expect(await page.getByTestId('notice-bar').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
