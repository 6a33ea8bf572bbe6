/** The master catalog: every user-facing string. The Chinese catalog must match its shape. */
export const en = {
  app: {
    title: 'Chongqing Auto Monitor',
    tagline: "Chongqing's automotive industry in figures, each traced to its published source",
    skip: 'Skip to the figures',
    loading: 'Loading figures…',
    /** Said (and announced) when loading the data takes over a second. */
    loadStage: {
      files: 'Fetching the data files…',
      checking: (mb: string) => `Checking the data (${mb} MB)…`,
      indexing: (records: string) => `Indexing ${records} records…`,
    },
    dataNote:
      'Figures from five articles published 2024–2026. Derived figures are computed by the app and show their formula.',
    dataStamp: (date: string, version: string) => `Data as of ${date} · dataset ${version}.`,
    /** The page's meta description (what a bookmark or a shared tab says it shows). */
    description:
      "Chongqing's automotive industry in figures from five published articles (2024–2026): city rankings, company sales, NEV development and targets vs actuals, each traced to its source.",
    panelDescription: (question: string) =>
      `${question} Figures from five published articles (2024–2026), each traced to its source.`,
  },
  lang: {
    label: 'Language',
    zh: '中文',
    en: 'English',
    excerptLanguage: { en: 'English', zh: 'Chinese' },
  },
  filters: {
    heading: 'Filters',
    years: 'Years',
    from: 'From',
    to: 'To',
    anyYear: 'Any',
    measure: 'Measure',
    production: 'Production',
    sales: 'Sales',
    reset: 'Reset filters',
    cities: 'Cities',
    findCity: 'Find a city',
    peers: 'Ranked among',
    peerViews: { cities: 'Cities', provinces: 'Provinces and municipalities' },
    companies: 'Companies',
    findCompany: 'Find a company',
    /** A long list of checkboxes shows a few dozen until asked for all. */
    showAll: (n: number) => `Show all ${n.toLocaleString('en')}`,
    showFewer: 'Show fewer',
    scope: 'Vehicles',
    scopes: { all: 'All vehicles', nev: 'NEVs only' },
    regions: 'Regions',
    findRegion: 'Find a region',
    targetYear: 'Target year',
    targetAll: 'All',
    subjects: 'Subjects',
    subjectNames: {
      production: 'Vehicle production',
      nev: 'NEVs',
      cluster: 'Industry cluster',
      charging: 'Charging',
      companies: 'Company goals',
    },
    /** A step's growth view, in the run sheet and on a slide's chips ("Index, 2021 = 100"). */
    growth: 'Shown as',
    indexBase: (view: string, base: string) => `${view}, ${base} = 100`,
    baseAuto: 'earliest shared year',
  },
  headline: {
    heading: 'Key figures',
    empty: (range: string) => `No figure recorded in ${range}`,
    yoy: (change: string) => `${change} year on year`,
    source: 'Source',
    sourceOf: (label: string) => `Source of: ${label}`,
    noSalesFigure: 'No sales figure: the articles give this for production only.',
    olderThan: (year: number) => `Latest stated; none for ${year}`,
    tiles: {
      production: 'Chongqing vehicle production',
      nevProduction: 'Chongqing NEV production',
      nevSales: 'Chongqing NEV sales',
      sales: 'Chongqing vehicle sales',
      nevShareSales: "NEV share of Chongqing's sales",
      salesRank: "Chongqing's sales rank",
      nevShare: "NEV share of Chongqing's production",
      cluster: 'Auto industry cluster scale',
      rank: "Chongqing's production rank",
    },
  },
  kinds: {
    actual: 'Actual',
    estimate: 'Estimate',
    target: 'Target',
    rank: 'Rank',
    derived: 'Derived',
  },
  kindHelp: {
    actual: 'Reported figure',
    estimate: 'Expected, not final',
    target: 'A goal, not a result',
    rank: 'A position among peers',
    derived: 'Computed by the app from recorded figures',
  },
  qualifiers: {
    over: 'over',
    at_least: 'at least',
    nearly: 'nearly',
    about: 'about',
    within: 'within',
  },
  approximately: 'approximately',
  periods: {
    half: (year: number, half: 1 | 2) => `H${half} ${year}`,
    halfMark: (half: 1 | 2) => `H${half}`,
    quarter: (year: number, quarter: 1 | 2 | 3 | 4) => `Q${quarter} ${year}`,
    quarterMark: (quarter: 1 | 2 | 3 | 4) => `Q${quarter}`,
    span: (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`),
    range: (from: string, to: string) => `${from}–${to}`,
    allYears: 'all years',
    since: (year: number) => `${year} onward`,
    until: (year: number) => `up to ${year}`,
  },
  units: {
    vehicles: 'vehicles',
    yuan: 'yuan',
    percent: '%',
    pp: 'pp',
    rank: 'rank',
    times: '×',
    firms: 'firms',
    components: 'components',
    stations: 'stations',
    piles: 'piles',
    orders: 'orders',
    robots: 'robots',
    months: 'months',
    index: 'index',
  },
  /** A rank alone, where its peer set is said beside it (a chart's axis and labels). */
  rank: (n: number) => `No. ${n}`,
  rankWithin: (n: number) => `top ${n}`,
  /** A rank's peer set as text says it (format.ts): "No. 1 among cities", "全国城市第一". */
  rankScopes: {
    cities: 'among cities',
    provinces: 'among provinces and municipalities',
    countries: 'worldwide',
    'top-ten-regions': 'among the top ten regions',
    'luxury-models': 'among luxury models',
    unspecified: 'nationwide',
  },
  peerSets: {
    cities: 'among cities',
    provinces: 'among provinces and municipalities',
    countries: 'among countries',
    'top-ten-regions': 'among the top ten regions',
    'luxury-models': 'among luxury models',
    unspecified: 'nationwide (peer set not stated)',
  },
  notices: {
    heading: 'Part of this link was ignored',
    unknown: (param: string) => `Unknown setting “${param}” was ignored.`,
    invalid: (param: string, value: string) =>
      `“${value}” is not a valid value for “${param}”; the default is shown.`,
    repeated: (param: string, value: string) =>
      `“${param}” appears more than once; the extra value “${value}” was ignored.`,
    'partly-invalid': (param: string, value: string) =>
      `Unknown values in “${param}” were ignored: ${value}.`,
    reversed: (_param: string, value: string) =>
      `The year range ${value} runs backwards; all years are shown.`,
    'no-base-year': (param: string, value: string) =>
      `There is no figure for ${value} in view, so it cannot be the base year (“${param}”); the default base year is used.`,
    'no-compare-year': (param: string, value: string) =>
      `${value} cannot be compared (“${param}”): no actual annual figure for it in view, or it is not before the later year; the default years are used.`,
    version: (_param: string, value: string) =>
      `This link says it was written by format version ${value}, which this dashboard does not know; it was read as the current format.`,
    dismiss: 'Dismiss',
  },
  source: {
    title: 'Where this figure comes from',
    figure: 'Figure',
    kind: 'Kind',
    period: 'Period',
    peerSet: 'Ranked',
    article: 'Article',
    outlet: 'Outlet',
    published: 'Published',
    excerpt: 'Excerpt',
    excerptLang: (language: string) => `Quoted verbatim in ${language}, the article's language.`,
    /** Before the platform's translation of an excerpt, shown beneath the original. */
    translation: 'Our translation: ',
    noTranslation: 'No translation yet; the original is authoritative.',
    note: 'Note',
    yoy: 'Year-on-year change as stated',
    conflict: 'Conflicting figures',
    dataIssue: 'Data issue',
    conflictOthers: 'The other records in this conflict:',
    formula: 'How it is computed',
    inputs: 'Inputs',
    close: 'Close',
  },
  formulas: {
    ratio: (a: string, b: string, result: string) => `${a} ÷ ${b} = ${result}`,
    'implied-prior': (value: string, factor: string, result: string) =>
      `${value} ÷ (${factor}) = ${result}, the previous period implied by the stated growth`,
    difference: (a: string, b: string, result: string) => `${a} − ${b} = ${result}`,
    multiple: (a: string, b: string, result: string) => `${a} ÷ ${b} = ${result}`,
    growth: (a: string, b: string, result: string) => `${a} ÷ ${b} − 1 = ${result}`,
    yoy: (a: string, b: string, result: string) => `${a} ÷ ${b} (the year before) − 1 = ${result}`,
    index: (a: string, b: string, result: string) =>
      `${a} ÷ ${b} (the base year) × 100 = ${result}`,
    increment: (a: string, b: string, result: string) =>
      `${a} − ${b} (the earlier year) = ${result}`,
    'increment-total': (parts: string, result: string) => `${parts} = ${result}`,
    contribution: (a: string, b: string, result: string) =>
      `${a} ÷ ${b} (the total increment of the companies compared) × 100 = ${result}`,
    cagr: (later: string, earlier: string, years: number, result: string) =>
      `(${later} ÷ ${earlier})^(1/${years}) − 1 = ${result}, compound annual growth`,
  },
  error: {
    title: 'The data could not be loaded',
    intro:
      'The dataset failed its checks, so no figures are shown rather than wrong ones. Problems found:',
    problem: (record: string, field: string, message: string) =>
      `${record}, field “${field}”: ${message}`,
    unexpected: 'An unexpected error occurred while loading the data:',
    file: {
      network: (file: string) => `${file} could not be fetched (no connection?).`,
      http: (file: string, status: string) => `${file} could not be fetched (HTTP ${status}).`,
      json: (file: string) => `${file} is not valid JSON.`,
    },
    reload: 'Reload',
    problems: {
      type: (detail: string) => `wrong type, expected ${detail}`,
      value: (detail: string) => `not one of the allowed values (${detail})`,
      'too-long': (detail: string) => `too long (at most ${detail})`,
      'too-short': (detail: string) => `too short or empty (at least ${detail})`,
      'unknown-field': (detail: string) => `unknown field: ${detail}`,
      format: (detail: string) => `badly formatted (${detail})`,
      period: () => 'not a period like 2025, 2024-H1, 2024-Q1, 2023-07 or 2015/2017',
      unit: (detail: string) => `wrong unit for the metric (${detail})`,
      figure: (detail: string) => `the figure “${detail}” is not in the excerpt`,
      'rank-kind': () => 'ranks, and only ranks, have kind “rank”',
      'rank-peers': () => 'a rank needs its peer set',
      duplicate: (detail: string) => `duplicate id ${detail}`,
      'unknown-source': (detail: string) => `unknown source ${detail}`,
      'unknown-conflict': (detail: string) => `unknown conflict ${detail}`,
      'unknown-entity': (detail: string) => `${detail} is not in entities.json`,
      'unknown-metric': (detail: string) => `${detail} is not in metrics.json`,
      'derived-metric': (detail: string) =>
        `${detail} is computed by the app and cannot be recorded`,
      'lonely-conflict': (detail: string) => `conflict ${detail} links fewer than two records`,
      other: (detail: string) => detail,
    },
  },

  tooltip: {
    qualifier: 'Qualifier',
    source: 'Source',
    sources: 'Sources (same figure)',
    derived: 'Computed by the app (formula in the source view)',
    clickHint: 'Click the mark for its source.',
  },
  nav: { label: 'Panels', overview: 'All panels' },
  panels: {
    rankings: { title: 'City rankings', question: 'Is Chongqing the No.1 automobile city again?' },
    companies: { title: 'Company sales', question: 'Which companies carry the growth?' },
    nev: { title: 'NEV development', question: 'How fast is the shift to new-energy vehicles?' },
    targets: {
      title: 'Targets vs actuals',
      question: 'Are the 2025 and 2027 targets met or on track?',
    },
  },
  panel: {
    display: 'Show as',
    chart: 'Chart',
    table: 'Table',
    // Starts with the button's visible text, so voice control users can say what they see.
    focus: (title: string) => `Open alone: ${title}`,
    focusShort: 'Open alone',
    empty: 'No figures match these filters.',
    emptyReset: "Reset this panel's filters",
    loadingChart: 'Loading chart…',
    conflictsHeading: 'Conflicting figures in this view',
    sources: 'Sources',
    failed: (title: string) => `The ${title} panel could not be shown`,
    retry: 'Try again',
    noHeadline: 'No figure in view for a summary.',
  },
  legend: {
    series: 'Series',
    heading: 'How to read the marks',
    more: 'More about the marks',
    actual: 'Filled mark, solid line: actual',
    estimate: 'Hollow mark, dotted line: estimate (expected)',
    target: 'Dashed diamond: target',
    derived: 'ƒ hollow mark, dotted line: derived by the app',
    partial:
      'Half disc with “H1”, “Q1”, “Jul”: a half-year, quarter or month, drawn apart from the yearly line',
    lines: {
      actual: 'Solid line, filled mark: reported actual',
      inferred: 'Dotted line, hollow mark: estimate or derived, not reported',
    },
    parts: { half: 'half-year figures', quarter: 'quarterly figures', month: 'monthly figures' },
    merged: 'Two sources stating the same figure share one mark; its tooltip lists both',
    qualifier: '> over · ≥ at least · ≲ nearly · ≈ about · ≤ within',
    conflict: '⚠ and a thin line between marks: articles disagree; click for both figures',
    span: 'Bar with end marks, its years beneath (2017–2023): one figure for the whole span, not a figure for its middle year',
    gap: 'No line between marks: no figure for the years between',
    /** Under a chart whose long series are drawn with fewer points. */
    thinned: (drawn: number, total: number) =>
      `Drawn with ${drawn.toLocaleString('en')} of ${total.toLocaleString('en')} points (first, last, lowest, highest and every flagged figure kept); the table lists all.`,
    tableKey: 'Press T inside a panel to switch between its chart and its table',
    projectionKey: 'Projection paths',
  },
  table: {
    caption: (title: string) => `Data behind the ${title} chart`,
    series: 'Series',
    period: 'Period',
    value: 'Value',
    kind: 'Kind',
    qualifier: 'Qualifier',
    yoy: 'Year on year (stated)',
    source: 'Source',
    derivedSource: 'Computed by the app',
    impliedFrom: (figure: string, period: string, source: string) =>
      `Computed by the app: implied by ${figure} in ${period} and its stated growth (${source})`,
    none: '—',
    scrollHint: 'Swipe sideways for more columns',
  },
  rankings: {
    rankChart: 'Who was No.1: production rank',
    /** The rank chart in another peer set than cities, where it need not show a No.1. */
    rankChartAmong: (peers: string) => `Production rank ${peers}`,
    rankChartDescription:
      'Production rank of each selected city by year, 1 at the top. A bar with end marks is a rank held over the span of years written beneath it; hollow marks rest on expected output.',
    productionChart: "Chongqing's vehicle production and rank",
    productionChartDescription:
      "Chongqing's vehicle production by year, with the rank it held where an article states it. Missing years are gaps.",
    rankAmongCities: 'rank',
    /** A rank series in a named peer set, in the legend: "rank among provinces and municipalities". */
    rankAmong: (peers: string) => `rank ${peers}`,
    /**
     * Where no selected city was No.1 in view: the latest rank held, in its peer set; `estimated`
     * when the article ranks expected output.
     */
    held: (city: string, rank: number, period: string, peers: string, estimated: boolean) =>
      `${city} was No.${rank} (${peers}) in ${period}${estimated ? ', by expected output' : ''}.`,
    /** Beside city checkboxes disabled because the data never rank those cities in this peer set. */
    notRanked: (cities: string, peers: string, other: string) =>
      `${cities}: the data hold no rank ${peers}, so they cannot be chosen here; choose “${other}” to compare them.`,
    leader: (city: string, period: string, peers: string) =>
      `${city} was No.1 (${peers}) in ${period}.`,
    latest: (value: string, period: string, yoy: string | null) =>
      `Chongqing made ${value} in ${period}${yoy ? ` (${yoy} year on year)` : ''}.`,
    peak: (value: string, period: string) => `Its highest figure in view: ${value} in ${period}.`,
  },
  companies: {
    /** The growth control's plain view: the company figures as reported (they are sales). */
    levelView: 'Sales',
    salesChart: 'Vehicles sold by company',
    salesChartDescription:
      'Total and NEV sales of each selected company by year, as the companies report them. Company sales are not city production.',
    modelChart: 'AITO M9: orders and deliveries',
    modelChartDescription:
      'Model measures of the AITO M9, on their own axis: cumulative orders, pre-orders and deliveries.',
    /** The model chart in a growth view its measures cannot take: still counts, and says so. */
    modelChartCounts: 'AITO M9: orders and deliveries, as counts',
    modelGrowthChart: (base: string, view: string) =>
      `AITO M9 orders and deliveries: ${view.toLowerCase()}${base}`,
    modelGrowthNotApplied: {
      yoy: 'Year on year needs consecutive annual figures; shown as counts.',
      index: 'An index needs an annual figure for the base year; shown as counts.',
      contribution: 'Contribution to growth compares annual sales; shown as counts.',
    },
    latest: (company: string, value: string, period: string, yoy: string | null) =>
      `NEV sales of ${company}: ${value} in ${period}${yoy ? ` (${yoy} year on year)` : ''}.`,
    share: (company: string, value: string, period: string) =>
      `NEVs were ${value} of ${company}'s sales in ${period}.`,
    factsHeading: 'More company figures',
    growthLegend: 'Show sales as',
    /** The base (" (2024 = 100)" or "") first: the view's name is the phrase's end. */
    growthChart: (base: string, view: string) =>
      `Vehicles sold by company: ${view.toLowerCase()}${base}`,
    growthNote: {
      yoy: 'Year on year: the rate an article states, where one does (a filled mark, with its source); elsewhere computed by the app as sales ÷ the previous year’s − 1, only between consecutive years with actual annual figures of the same company and measure (a hollow ƒ mark). Where both exist, the tooltip gives the computed rate beside the stated one.',
      index:
        'Index = sales ÷ the base year’s × 100, computed by the app from actual annual figures of the same company and measure. An index from a bounded figure keeps the bound (≥, ≤).',
    },
  },
  nev: {
    shareChart: 'NEV shares, in percent',
    shareChartDescription:
      'NEV share of production (NEV production ÷ vehicle production, computed by the app) for the selected regions, national NEV retail penetration (the NEV share of retail sales) and the share of models above 200,000 yuan.',
    formulaNote:
      'NEV share of production = NEV production ÷ vehicle production of the same period, computed by the app.',
    volumeChart: (region: string) => `${region}: NEVs made and sold`,
    regionChartsShown: (shown: number, total: number) =>
      `Charts for ${shown} of ${total.toLocaleString('en')} regions; the table lists all.`,
    volumeChartDescription: 'NEV production and sales by period; each region on its own scale.',
    rise: (first: string, firstPeriod: string, last: string, lastPeriod: string, change: string) =>
      `The NEV share of Chongqing's production went from ${first} in ${firstPeriod} to ${last} in ${lastPeriod} (${change}).`,
    china: (value: string, period: string) => `China's was ${value} in ${period}.`,
    factsHeading: 'More NEV figures',
    growthLegend: 'Show volumes as',
    growthViews: {
      level: 'Volumes',
      yoy: 'Year on year',
      index: 'Index',
      share: 'Share of national',
    },
    baseYear: 'Base year (= 100)',
    baseAuto: 'Earliest shared year',
    unavailable: {
      'no-consecutive-years':
        'no growth rate is stated and no two consecutive years both have a figure',
      'no-base-year': 'no figure for the base year',
      'no-national': 'no national figure for the same years',
      'is-national':
        'only the national figures are selected, and they are what every share of national is divided by',
    },
    nationalIsDivisor: (region: string) =>
      `${region}: no share of national drawn; its figures are the divisor of every share, not a share themselves.`,
    shareOmitted: (series: string, national: string) =>
      `${series}: not drawn as a share of national, there is no ${national} figure for the same year.`,
    viewUnavailable: (view: string, reason: string) => `${view} not available: ${reason}.`,
    chartUnavailable: (region: string, view: string, reason: string) =>
      `${region}: ${view.toLowerCase()} not shown, ${reason}.`,
    omitted: (series: string) => `Left out, its inputs are missing: ${series}.`,
    growthNote: {
      level: '',
      yoy: 'Year on year: the rate an article states, where one does; elsewhere computed by the app from annual figures as value ÷ the previous year’s − 1 (a value implied by a stated growth rate counts).',
      index:
        'Index = value ÷ the base year’s value × 100, computed by the app. An index from a bounded figure keeps the bound (≥, ≤).',
      share: 'Share of national = value ÷ China’s value for the same year, computed by the app.',
    },
    growthChart: (region: string, view: string, base: string) =>
      `${region}: ${view.toLowerCase()}${base}`,
    baseSuffix: (year: number) => ` (${year} = 100)`,
  },
  targets: {
    tableCaption: 'Every target in view with its latest comparable actual',
    col: {
      target: 'Target',
      actual: 'Latest comparable actual',
      attainment: 'Attainment',
      gap: 'Gap',
      status: 'Status',
      growth: 'Growth needed a year vs recent',
    },
    by: (period: string) => `by ${period}`,
    noActual: 'No actual reported',
    context: 'Latest available, from before the target year: shown for context, not compared.',
    mismatch: {
      'icv-vs-nev':
        'Not the same measure: the target counts intelligent connected NEVs, produced and sold; the actual is all NEVs produced.',
      'icv-share-vs-nev-share':
        "Not the same measure: the target is a share of the nation's intelligent connected NEVs; the actual is Chongqing's share of national NEV production (derived).",
      'phaseout-reading':
        "The target is the app's reading of \"stop selling fuel vehicles\" as 100% NEV sales; the actual is NEVs' share of Changan's sales (derived).",
    },
    status: {
      met: 'Met',
      'about-met': 'About met',
      missed: 'Missed',
      undetermined: 'Cannot tell',
      'on-track': 'On track',
      'off-track': 'Off track',
      'no-actual': 'No actual reported',
      'no-trend': 'No growth rate to judge',
    },
    attainmentChart: 'Attainment: latest comparable actual as a share of the target',
    barsShown: (shown: number, total: number) =>
      `Bars for ${shown} of ${total.toLocaleString('en')} targets; the table lists all.`,
    attainmentChartDescription:
      'One bar per target that has a comparable actual; 100% means the target is reached.',
    fullAttainment: '100%',
    subjectChart: (subject: string, unit: string) => `${subject} (${unit}): actuals and targets`,
    unitNames: {
      vehicles: 'vehicles',
      yuan: 'yuan',
      percent: 'percent',
      pp: 'percentage points',
      rank: 'rank',
      times: 'multiple',
      firms: 'firms',
      components: 'components',
      stations: 'stations',
      piles: 'piles',
      orders: 'orders',
      robots: 'robots',
      months: 'months',
      index: 'index',
    },
    subjectChartDescription: 'Actual figures over time with the targets as dashed diamonds.',
    projection: {
      note: 'Hatched, dotted: projections, not data, from the latest actual to the target year at a constant rate: the growth needed, and the average growth of the years named (from actual figures).',
      noRecent: 'No actual two or more years earlier: only the needed path is drawn.',
    },
    // Issue 22: the growth rates a verdict compares, and the figures it rests on, said with it.
    required: {
      exact: (rate: string) => `Needed: ${rate} a year`,
      max: (rate: string) => `Needed: at most ${rate} a year`,
      min: (rate: string) => `Needed: at least ${rate} a year`,
      approx: (rate: string) => `Needed: about ${rate} a year`,
    },
    recent: (span: string, rate: string) => `${span} average growth ${rate} a year`,
    noRecent: 'No actual two or more years earlier to measure recent growth',
    choice: (period: string, used: string, others: string, reason: string) =>
      `Figures for ${period} disagree: ${used} is used, not ${others} (${reason}).`,
    choiceRule: {
      exact: 'exact before qualified',
      recorded: 'stated before computed',
      'latest-published': 'the more recently published',
      lower: 'the lower of two of equal standing',
    },
    choiceConflict: (title: string) => `See the conflict “${title}”.`,
    passedOver: (figure: string, period: string) =>
      `The more recent ${figure} for ${period} rests on expected figures: not used.`,
    yearsNote: (range: string) =>
      `The year filter (${range}) limits the actuals drawn, not the verdicts.`,
    standing: {
      indicative: 'Indicative: not the same measure',
      'app-reading': 'Target as the app reads the article',
    },
    standingShort: { indicative: 'indicative', 'app-reading': "app's reading" },
    aboutMet: (shortfall: string, target: string, figures: number) =>
      `Short by ${shortfall}: within the precision of “${target}”, stated to ${figures} significant figures, so about met rather than missed.`,
    undetermined: 'The actual is a lower bound below the target: it may or may not reach it.',
    readings: 'The articles state this target differently; the verdict against each reading: ',
    reading: (target: string, status: string) => `${target}: ${status}`,
    setAside: (indicative: number, appReading: number) =>
      [
        indicative > 0
          ? `${indicative} indicative verdict${indicative === 1 ? '' : 's'} (not the same measure)`
          : '',
        appReading > 0 ? `${appReading} on the app's reading of a target` : '',
      ]
        .filter(Boolean)
        .join(' and ') + ' not counted above.',
    count: (n: number, status: string) => `${n} ${status.toLowerCase()}`,
    listSeparator: ', ',
    headline: (n: number, counts: string, asOf: number) =>
      `${n} target${n === 1 ? '' : 's'} in view, judged on figures up to ${asOf}: ${counts}.`,
  },
  milestones: {
    title: 'Milestones',
    question: 'What happened, and when? Events the articles tell, behind the numbers.',
    topics: 'Topics',
    topicNames: { policy: 'Policy', company: 'Company', technology: 'Technology' },
    yearsNote: (range: string) => `Years: ${range} (the year filter above).`,
    showOnCharts: 'Milestones on charts',
    onChart: 'Milestones marked on this chart',
    number: (n: number) => `Milestone ${n}: `,
    count: (shown: number, total: number) =>
      shown === total ? `${total} milestones.` : `${shown} of ${total} milestones in view.`,
    precision: { year: 'year only', month: 'to the month', day: 'exact day' },
    dateNote: 'Date: ',
    excerpt: 'Source excerpt',
  },
  chips: { label: 'Active filters', all: 'All', none: 'None' },
  offline: {
    ready: 'Ready to work offline: opens without a network',
    update: 'A new version of the dashboard is available.',
    reload: 'Reload',
    dismiss: 'Later',
  },
  present: {
    start: 'Present',
    startHint: 'Present (P)',
    slide: 'slide',
    counter: (n: number, total: number) => `Slide ${n} of ${total}`,
    previous: 'Previous slide',
    next: 'Next slide',
    fullscreen: 'Full screen (F)',
    qr: 'QR code (Q)',
    exit: 'Exit (Esc)',
    // The same buttons on a phone: no keyboard there, so no key in the label.
    fullscreenTouch: 'Full screen',
    qrTouch: 'QR code',
    exitTouch: 'Exit',
    playing: (seconds: number) => `Auto, every ${seconds} s (A to pause)`,
    paused: 'Paused (A to resume)',
    // The same on a touch screen, where the indicator is tapped.
    playingTouch: (seconds: number) => `Auto, every ${seconds} s (tap to pause)`,
    pausedTouch: 'Paused (tap to resume)',
    presenterTouch: 'Presenter view',
    figuresTitle: 'Key figures',
    presenterKey: 'Presenter view (S)',
    popupBlocked:
      'The presenter view could not open: the browser blocked the new window. Allow pop-ups for this site and press S again.',
    presenterHeading: 'Presenter view',
    notes: 'Speaker notes',
    noNotes: 'No notes for this slide.',
    nextSlide: 'Next slide',
    lastSlide: 'This is the last slide.',
    elapsed: 'Elapsed',
    resetTimer: 'Reset timer',
  },
  share: {
    copy: 'Copy link',
    copied: 'Link copied: it reopens this exact view.',
    manual: 'Copying is not available here. Select the link and copy it:',
    manualLabel: 'Link to this view',
    close: 'Close',
  },
  qr: {
    label: (link: string) => `QR code of the link ${link}`,
    loading: 'QR code loading…',
    failed: 'The QR code could not be drawn; use the link instead.',
    tooLong: 'This link is too long for a QR code; copy the link instead.',
  },
  embed: {
    openFull: 'Open full view',
    newWindow: '(opens in a new window)',
    copy: 'Copy embed code',
    copied: 'Embed code copied: paste it into the intranet page’s HTML.',
    manual: 'Copying is not available here. Select the code and copy it:',
    manualLabel: 'Embed code for this panel',
    frameTitle: (title: string) => `${title} (Chongqing Auto Monitor)`,
  },
  theme: { label: 'Theme', light: 'Light', dark: 'Dark (projector)' },
  run: {
    heading: (n: number) => `Run sheet (${n})`,
    intro: 'A meeting walk-through: each step is a slide with its own filters, all in one link.',
    add: 'Add this view',
    addMilestones: 'Add the milestones timeline',
    present: 'Present run sheet',
    clear: 'Clear',
    remove: (n: number) => `Remove step ${n}`,
    up: (n: number) => `Move step ${n} up`,
    down: (n: number) => `Move step ${n} down`,
    empty: 'No steps yet: set up a view and add it.',
    stepTitle: (n: number) => `Title of step ${n}`,
    stepTitleHint: 'Slide title (optional)',
    stepNotes: (n: number) => `Speaker notes for step ${n}`,
    stepNotesHint: 'Speaker notes, shown only in the presenter view (S)',
    copyLink: 'Copy run-sheet link',
    copied: 'Run-sheet link copied: it opens the walk-through presenting from slide 1.',
    linkLabel: 'Run-sheet link',
    qrWithoutNotes:
      'With its speaker notes the link is too long to scan: this code opens the walk-through without them (titles kept). The copied link keeps the notes.',
    pinLang: 'Pin language for recipients',
    pinLangHint: 'Unpinned, the link opens in each recipient’s own browser language.',
  },
  punct: {
    colon: ': ',
    listSep: ', ',
    paren: (text: string) => ` (${text})`,
    /** Between sentences of a summary: a space in English, nothing after 。 in Chinese. */
    sentenceSep: ' ',
    /** An article's title: “…” in English, 《…》 in Chinese. */
    title: (text: string) => `“${text}”`,
    /** After a title the app translated: the title as the article gives it. */
    translatedTitle: (original: string) => ` (translated; original: ${original})`,
  },
  /** Issue 22: a generated sentence built on expected figures says so (lib/estimate-note.ts). */
  estimates: {
    all: ', based on expected figures',
    some: (periods: string) => `, ${periods} based on expected figures`,
  },
  exportText: {
    menu: 'Export',
    csv: 'Data (CSV)',
    /** One button per image format and shape. */
    image: (format: 'PNG' | 'SVG', shape: 'a4' | 'slide') =>
      `Chart (${format}), ${shape === 'a4' ? 'A4 half page' : '16:9 slide'}`,
    /** The key under an exported chart: short, and nothing to click. */
    marks: {
      actual: 'actual',
      estimate: 'estimate (dotted, hollow)',
      target: 'target',
      derived: 'derived by the app (dotted, hollow)',
      conflict: 'articles disagree',
      partial: 'half-year or month',
      partialMark: 'H1, Jul',
      span: 'one figure for a span of years',
    },
    needsChart: 'Show the chart to export it as an image.',
    dataDate: (latest: string, exported: string) =>
      `Data as of ${latest} (latest source) · exported ${exported}`,
    dataset: 'All data (CSV)',
    print: 'Print briefing',
    printTitle: 'Print preview: one panel per page (A4 landscape)',
    printNow: 'Print',
    printClose: 'Close preview',
    briefing: (date: string) => `Briefing, ${date}`,
    link: 'Link to this view',
    allData: 'All figures, no filter',
    /** The PowerPoint deck: a slide per run-sheet step (or per slide), then the link. */
    deck: 'Download as PowerPoint',
  },
  /** Growth views (issue 22): stated rates beside computed ones, bounds, contribution to growth. */
  growth: {
    stated: 'as the article states it',
    statedWith: 'Stated with',
    computed: 'Computed by the app',
    bounds: { lower: 'at least', upper: 'at most', approx: 'approximately' },
    /** An index's unit cell in a CSV: its base year is what says what it is. */
    indexBase: (period: string) => `${period} = 100`,
    contribution: {
      view: 'Contribution to growth',
      from: 'From',
      to: 'To',
      latest: 'Latest two years',
      /** The chart's title: the measure and the two years. */
      chart: (measure: string, span: string) =>
        `${measure}: increase by company and share of the total, ${span}`,
      description:
        'Each company’s increase between the two years (a bar, in vehicles) and its share of the total increase of the companies compared, computed by the app.',
      bar: (increment: string, share: string | null) =>
        share === null ? increment : `${increment} (${share} of the total)`,
      /** Before the total, which is a button that opens its formula. */
      total: (measure: string) => `Total increase of the companies compared (${measure}): `,
      totalLabel: 'Companies compared',
      note: 'Increase = sales in the later year − sales in the earlier year; share of the total = a company’s increase ÷ the sum of the increases of the companies compared × 100. Computed by the app from actual annual figures of the same measure (where an article gives a year twice, the exact figure before an “over” one); the total covers the companies compared only, not the whole industry.',
      omitted: (from: string, to: string, series: string) =>
        `Left out, no actual annual figure for both ${from} and ${to}: ${series}.`,
      noTotal: (measure: string) =>
        `${measure}: the increases of the companies compared do not add up to a rise, so no shares are given.`,
      unavailable: 'no two years have actual annual figures',
      /** The filter chip and the presentation's chip. */
      chip: (view: string, span: string | null) => `${view}, ${span ?? 'latest two years'}`,
      headline: (span: string, measure: string, total: string, company: string, share: string) =>
        `${span}: the companies compared added ${total} (${measure}), ${share} of it from ${company}.`,
    },
  },
  /** A derived value that rests on one side of a conflict between articles (issue 22 §4). */
  /** The header's status line while the network is gone (issue 22 §5). */
  network: {
    offline: 'Offline: no network; the page keeps the data it has loaded',
  },
  sides: {
    computedFrom: (sources: string) => `Computed by the app from ${sources}`,
    used: (figure: string, source: string) => `This value uses ${figure} from ${source}.`,
    other: (figure: string, source: string, value: string | null) =>
      value === null
        ? `The other record: ${figure} from ${source}.`
        : `With ${figure} from ${source} it would be ${value}.`,
  },
};
