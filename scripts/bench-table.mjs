// The README's bench table: every dataset of the latest run with, side by side, the numbers of
// bench-results/baseline.json (the app before issue 16's performance work).

const num = (v) => (v === null || v === undefined ? '–' : Number(v).toLocaleString('en-US'));
const kb = (bytes) => (bytes ? `${num(Math.round(bytes / 1024))}` : '–');
const pair = (now, before) => (before === undefined ? num(now) : `${num(before)} → ${num(now)}`);

export function readmeTable(result, baseline) {
  const before = new Map((baseline?.scenarios ?? []).map((s) => [s.name, s]));
  const m = result.machine;
  const sameRun = baseline?.date === result.date;
  const head = [
    `Measured ${result.date.slice(0, 10)} on ${m.cores} cores (${m.cpu}), Chromium ${m.chromium},`,
    `load average ${m.loadAverageAtStart} at the start (shared cores: the numbers are noisy).`,
    sameRun || !baseline
      ? 'This run is the baseline (before issue 16’s performance work).'
      : `Cells read "before → now"; before = bench-results/baseline.json (${baseline.date.slice(0, 10)}).`,
    'Filter change: from the change until the DOM has been quiet for 120 ms, every kind of filter;',
    'long task: the longest main-thread task during any filter change.',
  ].join(' ');
  const rows = result.scenarios.map((s) => {
    const b = sameRun ? undefined : before.get(s.name);
    const v = (pick) => pair(pick(s), b ? (pick(b) ?? null) : undefined);
    const entities = Object.values(s.entities ?? {}).reduce((n, x) => n + x, 0);
    return [
      s.name,
      num(s.observations),
      num(entities),
      `${kb(s.transfer?.dataBytes)} (${s.transfer?.dataEncoding ?? '–'})`,
      v((x) => x.firstFigureMs),
      v((x) => x.firstChartMs),
      v((x) => x.filterChange?.medianMs),
      v((x) => x.filterChange?.p95Ms),
      v((x) => x.longTasks?.maxMs),
      v((x) => x.heapMB),
      s.error ? `stopped: ${s.error.slice(0, 160).replaceAll('|', '/')}` : '',
    ];
  });
  const table = [
    '| dataset | observations | entities | data over the wire KB | first figure ms | first chart ms | filter change median ms | p95 ms | longest task ms | JS heap MB | note |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  const kinds = [...new Set(result.scenarios.flatMap((s) => Object.keys(s.byFilter ?? {})))];
  const perFilter = [
    '',
    'Per kind of filter, median / p95 ms (this run):',
    '',
    `| filter | ${result.scenarios.map((s) => s.name).join(' | ')} |`,
    `| --- | ${result.scenarios.map(() => '---').join(' | ')} |`,
    ...kinds.map(
      (k) =>
        `| ${k} | ${result.scenarios
          .map((s) => {
            const f = s.byFilter?.[k];
            return f ? `${num(f.medianMs)} / ${num(f.p95Ms)}` : '–';
          })
          .join(' | ')} |`,
    ),
  ];
  const profile = result.profile
    ? [
        '',
        `CPU profile of the slowest filter at 100× (“${result.profile.kind}”): bench-results/profile-summary.md.`,
      ]
    : [];
  return [head, '', ...table, ...perFilter, ...profile].join('\n');
}
