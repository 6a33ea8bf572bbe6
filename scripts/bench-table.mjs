// The README's bench table: every dataset of the latest run with, side by side, the numbers of
// bench-results/baseline.json (the app before issue 16's performance work).

const num = (v) => (v === null || v === undefined ? '–' : Number(v).toLocaleString('en-US'));
const kb = (bytes) => (bytes ? `${num(Math.round(bytes / 1024))}` : '–');
const pair = (now, before) => (before === undefined ? num(now) : `${num(before)} → ${num(now)}`);

/** Issue 16 §2's targets (a report, never a test), met or not in this run. */
function targetLines(result) {
  const by = new Map(result.scenarios.map((s) => [s.name, s]));
  const real = by.get('real');
  const x100 = by.get('100×');
  const x1000 = by.get('1000×');
  const check = (label, value, limit) =>
    value === null || value === undefined
      ? `${label}: not measured`
      : `${label}: ${num(value)} (target ≤ ${num(limit)}) ${value <= limit ? '✓' : '✗'}`;
  const ratio =
    real?.filterChange?.medianMs && x100?.filterChange?.medianMs
      ? Math.round((10 * x100.filterChange.medianMs) / real.filterChange.medianMs) / 10
      : null;
  const items = [
    check('real: filter change median ms', real?.filterChange?.medianMs, 16),
    check('real: p95 ms', real?.filterChange?.p95Ms, 50),
    check('real: first chart ms', real?.firstChartMs, 500),
    check('100×: filter change median ms', x100?.filterChange?.medianMs, 50),
    check('100×: p95 ms', x100?.filterChange?.p95Ms, 150),
    check('100×: first chart ms', x100?.firstChartMs, 1500),
    check('100×: longest task during a filter change, ms', x100?.longTasks?.maxMs, 200),
    ...(x1000
      ? [
          x1000.error
            ? '1000×: does not load or respond (see the note) ✗'
            : check('1000×: longest task during a filter change, ms', x1000.longTasks?.maxMs, 500),
        ]
      : []),
    check('growth: 100× median / real median', ratio, 4),
  ];
  return ['Issue 16 targets (a report, not a test), this run:', '', ...items.map((i) => `- ${i}`)];
}

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
  const profileLine = result.profile
    ? [
        '',
        `CPU profile of the slowest filter at 100× (“${result.profile.kind}”): bench-results/profile-summary.md.`,
      ]
    : [];
  return [head, '', ...table, '', ...targetLines(result), ...perFilter, ...profileLine].join('\n');
}
