import { act, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ViewRenderMode } from '../../../src/app/view-render-mode';
import { DatasetContext } from '../../../src/components/dataset-context';
import { SourceDialogProvider } from '../../../src/components/source-dialog';
import { CompaniesPanel } from '../../../src/features/companies/companies-panel';
import { NevPanel } from '../../../src/features/nev/nev-panel';
import { RankingsPanel } from '../../../src/features/rankings/rankings-panel';
import { defaultView } from '../../../src/state/view';
import { useViewStore } from '../../../src/state/view-store';
import { dataset } from '../support/dataset';

// Counts how often each time chart is drawn, by its accessible name.
const draws = vi.hoisted(() => new Map<string, number>());
vi.mock('../../../src/components/charts/time-chart', async (original) => {
  const actual = await original<typeof import('../../../src/components/charts/time-chart')>();
  const Real = actual.default;
  return {
    ...actual,
    default: (props: Parameters<typeof Real>[0]) => {
      draws.set(props.label, (draws.get(props.label) ?? 0) + 1);
      return <Real {...props} />;
    },
  };
});

/** Commits per panel: a panel none of whose components rendered has none. */
const commits = new Map<string, number>();
const counted = (id: string, children: ReactNode) => (
  <Profiler id={id} onRender={() => commits.set(id, (commits.get(id) ?? 0) + 1)}>
    {children}
  </Profiler>
);

async function renderPanels(view: Partial<ReturnType<typeof defaultView>>) {
  useViewStore.setState({ ...defaultView('en'), notices: [], ...view });
  render(
    <DatasetContext value={dataset}>
      <SourceDialogProvider>
        <ViewRenderMode mode="screen">
          {counted('rankings', <RankingsPanel />)}
          {counted('companies', <CompaniesPanel />)}
          {counted('nev', <NevPanel />)}
        </ViewRenderMode>
      </SourceDialogProvider>
    </DatasetContext>,
  );
  // Every chart drawn (the chart code loads lazily) before counting starts.
  await screen.findByRole('figure', { name: 'NEV shares, in percent' });
  await screen.findByRole('figure', { name: 'Vehicles sold by company' });
  await screen.findByRole('figure', { name: "Chongqing's vehicle production and rank" });
  draws.clear();
  commits.clear();
}

describe('a filter change redraws only what it changes', () => {
  beforeEach(() => {
    draws.clear();
    commits.clear();
  });

  it.each([
    ['cities', { cities: ['chongqing'] }, ['companies', 'nev']],
    ['companies', { companies: ['changan'] }, ['rankings', 'nev']],
    ['regions', { regions: ['china'] }, ['rankings', 'companies']],
    ['vehicle scope', { scope: 'nev' as const }, ['rankings', 'nev']],
  ])('a change of %s leaves the other panels untouched', async (_, patch, untouched) => {
    await renderPanels({});
    act(() => useViewStore.getState().setView(patch));
    for (const id of untouched) expect(commits.get(id) ?? 0, id).toBe(0);
  });

  it('choosing one more NEV region draws that region’s chart, not the others again', async () => {
    await renderPanels({ regions: ['chongqing'] });
    expect(screen.queryByRole('figure', { name: 'China: NEVs made and sold' })).toBeNull();
    act(() => useViewStore.getState().setView({ regions: ['chongqing', 'china'] }));
    expect(
      await screen.findByRole('figure', { name: 'China: NEVs made and sold' }),
    ).toBeInTheDocument();
    expect(draws.get('China: NEVs made and sold')).toBeGreaterThan(0);
    // The shares chart shows both regions now; Chongqing's own volume chart has not changed.
    expect(draws.get('NEV shares, in percent')).toBeGreaterThan(0);
    expect(draws.get('Chongqing: NEVs made and sold') ?? 0).toBe(0);
  });

  it('choosing another city leaves Chongqing’s production chart as it was', async () => {
    await renderPanels({ cities: ['chongqing'] });
    act(() => useViewStore.getState().setView({ cities: ['chongqing', 'guangzhou'] }));
    expect(draws.get("Chongqing's vehicle production and rank") ?? 0).toBe(0);
  });

  it('a change of years redraws every chart it concerns', async () => {
    await renderPanels({});
    act(() => useViewStore.getState().setView({ from: 2020 }));
    for (const id of ['rankings', 'companies', 'nev'])
      expect(commits.get(id), id).toBeGreaterThan(0);
    expect(draws.get("Chongqing's vehicle production and rank")).toBeGreaterThan(0);
  });
});
