import { expect, it } from 'vitest';
import { SCREENSHOT_DIR, describeBrowser, drawPanels, useBrowser } from './support/browser';

const PANELS = ['rankings', 'companies', 'nev', 'targets'] as const;

describeBrowser('Chinese as written by a person', () => {
  const session = useBrowser();

  it('summaries have no space after 。, titles stand in 《》, gaps in one magnitude', async () => {
    const { page, errors } = await session.open('/?lang=zh');
    await page.getByTestId('kpi-tile').first().waitFor();
    for (const id of PANELS) {
      await drawPanels(page, [id]);
      const panel = page.locator(`[data-panel=${id}]`);
      const headline = await panel.getByTestId('panel-headline').innerText();
      expect(headline, id).toMatch(/。$/);
      expect(headline, id).not.toMatch(/[。，] /);
      const sources = await panel.getByTestId('panel-sources').innerText();
      expect(sources, id).toMatch(/《[^》]+》/);
      expect(sources, id).not.toMatch(/、“/);
      await panel.screenshot({ path: `${SCREENSHOT_DIR}/zh-panel-${id}.png` });
    }
    const rankings = await page
      .locator('[data-panel=rankings]')
      .getByTestId('panel-headline')
      .innerText();
    expect(rankings).toContain('汽车产量在全国城市中排名第一');
    expect(rankings).toContain('同比增长');

    // The targets' gap column: every vehicle gap in 万辆 once the targets are in 万.
    const targets = page.locator('[data-panel=targets]');
    await targets.getByRole('radio', { name: '表格' }).check({ force: true });
    const gaps = await targets
      .locator('[data-testid=targets-table] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[2]?.textContent ?? ''));
    const vehicleGaps = gaps.filter((g) => g.endsWith('辆'));
    expect(vehicleGaps.length).toBeGreaterThan(1);
    for (const gap of vehicleGaps) expect(gap).toMatch(/万辆$/);
    expect(vehicleGaps).toContain('−0.4万辆');
    await targets.screenshot({ path: `${SCREENSHOT_DIR}/zh-panel-targets-table.png` });
    expect(errors).toEqual([]);
  });
});
