#!/usr/bin/env node
// A synthetic dataset that grows the way real data does, for the benchmark (issue 16): every
// data file the app loads (sources, conflicts, observations, milestones, entities, metrics),
// with the real records kept as they are (so the real panels still make sense) plus
// hundreds of made-up cities, dozens of companies, provinces and countries registered in
// entities.json with names in both languages, figures by year, quarter and month, the same
// fact reported by two sources now and then, a few conflicts, ranks with their peer sets and
// targets. `scale` 10, 100 or 1000 gives about 8,000, 80,000 or 800,000 observations.
// Seeded and deterministic; generated on the fly, never committed as data.
//
//   node scripts/synthetic-dataset.mjs --scale 10 [--seed 42] --out /tmp/cqam-10x
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { random } from './random.mjs';

const DATA = resolve(import.meta.dirname, '../src/data');
const read = (f) => JSON.parse(readFileSync(`${DATA}/${f}.json`, 'utf8'));

/** The data files, in the order raw-dataset.ts names them. */
export const DATA_FILES = [
  'sources',
  'conflicts',
  'observations',
  'milestones',
  'entities',
  'metrics',
];

/**
 * How deep the time series go at each scale: a bigger dataset has longer annual series and
 * more quarters and months, as a statistics feed that has run for longer would.
 */
const DEPTH = {
  10: { firstYear: 2016, firstQuarterYear: 2023, firstMonthYear: 2025 },
  100: { firstYear: 2011, firstQuarterYear: 2020, firstMonthYear: 2023 },
  1000: { firstYear: 2001, firstQuarterYear: 2014, firstMonthYear: 2019 },
};
const LAST_YEAR = 2025;
/** Upper bounds where the vocabulary of the real world stops: China has 31 provinces. */
const MAX_PROVINCES = 31;
const MAX_COUNTRIES = 40;
/** Shares of records that a second source repeats word for word, or contradicts. */
const SECOND_SOURCE = 0.12;
const CONFLICT = 0.004;

// Syllables for made-up place and company names, each with the character it is written with.
const SYLLABLES = [
  ['an', '安'],
  ['bao', '宝'],
  ['bei', '北'],
  ['cheng', '城'],
  ['da', '大'],
  ['dong', '东'],
  ['feng', '丰'],
  ['fu', '福'],
  ['gao', '高'],
  ['guang', '光'],
  ['hai', '海'],
  ['he', '河'],
  ['hua', '华'],
  ['jia', '嘉'],
  ['jin', '金'],
  ['jing', '景'],
  ['kai', '开'],
  ['lan', '兰'],
  ['le', '乐'],
  ['lin', '林'],
  ['long', '龙'],
  ['ming', '明'],
  ['nan', '南'],
  ['ning', '宁'],
  ['ping', '平'],
  ['qing', '青'],
  ['rui', '瑞'],
  ['shan', '山'],
  ['shi', '石'],
  ['tai', '泰'],
  ['tian', '天'],
  ['wei', '威'],
  ['xi', '西'],
  ['xin', '新'],
  ['yang', '阳'],
  ['yi', '宜'],
  ['yong', '永'],
  ['yuan', '源'],
  ['yun', '云'],
  ['ze', '泽'],
  ['zhong', '中'],
  ['zhou', '州'],
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** Kinds of entity, in the proportions a growing dataset adds them. */
const MIX = ['city', 'city', 'city', 'city', 'city', 'company', 'city', 'city', 'city', 'city'];
const REGION_EVERY = 12;

export function syntheticDataset({ seed = 42, scale = 10 } = {}) {
  const depth = DEPTH[scale];
  if (!depth) throw new Error(`scale must be one of ${Object.keys(DEPTH).join(', ')}`);
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const real = Object.fromEntries(DATA_FILES.map((f) => [f, read(f)]));
  const target = 800 * scale;

  const entities = [...real.entities];
  const sources = [...real.sources];
  const conflicts = [...real.conflicts];
  const milestones = [...real.milestones];
  const observations = [...real.observations];
  const usedIds = new Set(entities.map((e) => e.id));
  const usedObs = new Set(observations.map((o) => o.id));

  // Sources: about one article per 60 figures, from a handful of made-up outlets.
  const OUTLETS = [
    ['Auto Statistics Weekly', '汽车统计周刊'],
    ['Regional Industry Daily', '区域产业日报'],
    ['EV Market Review', '新能源市场评论'],
    ['Provincial Statistics Bureau', '省统计局'],
  ];
  const sourceCount = Math.max(8, Math.round(target / 60));
  const synthSources = [];
  for (let i = 0; i < sourceCount; i++) {
    const [en, zh] = OUTLETS[i % OUTLETS.length];
    const year = 2016 + (i % 10);
    const month = String(1 + (i % 12)).padStart(2, '0');
    synthSources.push({
      id: `synthetic-source-${i + 1}`,
      title: { en: `Synthetic report ${i + 1}`, zh: `模拟报告${i + 1}` },
      outlet: { en, zh },
      date: `${year}-${month}`,
      language: 'en',
      file: `synthetic-${i + 1}.txt`,
    });
  }
  sources.push(...synthSources);

  function newName(suffix) {
    for (let tries = 0; ; tries++) {
      const n = tries < 200 ? 2 : 3;
      const parts = Array.from({ length: n }, () => pick(SYLLABLES));
      const id = parts.map((p) => p[0]).join('') + (suffix.id ? `-${suffix.id}` : '');
      if (usedIds.has(id)) continue;
      usedIds.add(id);
      const en = cap(parts.map((p) => p[0]).join(''));
      return {
        id,
        name: { en: `${en}${suffix.en}`, zh: `${parts.map((p) => p[1]).join('')}${suffix.zh}` },
      };
    }
  }

  const years = [];
  for (let y = depth.firstYear; y <= LAST_YEAR; y++) years.push(y);
  const quarters = years
    .filter((y) => y >= depth.firstQuarterYear)
    .flatMap((y) => [1, 2, 3, 4].map((q) => ({ year: y, period: `${y}-Q${q}`, share: 0.25 })));
  const months = years
    .filter((y) => y >= depth.firstMonthYear)
    .flatMap((y) =>
      Array.from({ length: 12 }, (_, i) => ({
        year: y,
        period: `${y}-${String(i + 1).padStart(2, '0')}`,
        share: 1 / 12,
      })),
    );

  const UNIT_OF = new Map(real.metrics.map((m) => [m.id, m.unit]));
  const METRIC_NAME = new Map(real.metrics.map((m) => [m.id, m.name]));
  const figureOf = (value, unit) => {
    if (unit === 'percent') return `${value}%`;
    if (unit === 'yuan') return `${(value / 1e9).toFixed(1)} billion`;
    if (unit === 'rank') return `No. ${value}`;
    return value.toLocaleString('en-US');
  };
  const sourceFor = () => synthSources[Math.floor(rand() * synthSources.length)].id;

  /** One record, plus now and then a second source saying the same or something else. */
  function record(entity, metric, period, value, extra = {}) {
    const unit = UNIT_OF.get(metric);
    const kind = extra.kind ?? 'actual';
    const base = `${entity.id}-${metric.replaceAll('_', '-')}-${period.toLowerCase()}`;
    const id = kind === 'actual' ? base : `${base}-${kind}`;
    if (usedObs.has(id)) return;
    usedObs.add(id);
    const figure = figureOf(value, unit);
    const make = (rid, v, f, source, more = {}) => ({
      id: rid,
      entity: entity.id,
      metric,
      period,
      value: v,
      unit,
      kind,
      ...(extra.peerSet ? { peerSet: extra.peerSet } : {}),
      ...(extra.yoyPercent !== undefined ? { yoyPercent: extra.yoyPercent } : {}),
      source,
      excerpt: `${entity.name.en}, ${period}: ${f}.`,
      figure: f,
      ...more,
    });
    const roll = kind === 'actual' ? rand() : 1;
    if (roll < CONFLICT && unit !== 'rank') {
      const other = round(value * 1.06, unit);
      const conflictId = `${id}-conflict`;
      conflicts.push({
        id: conflictId,
        title: {
          en: `${entity.name.en}: ${METRIC_NAME.get(metric)?.en ?? metric}, ${period}`,
          zh: `${entity.name.zh}：${METRIC_NAME.get(metric)?.zh ?? metric}（${period}）`,
        },
        note: {
          en: 'Two synthetic sources disagree by about 6%.',
          zh: '两个模拟来源相差约6%。',
        },
      });
      observations.push(
        make(`${id}-a`, value, figure, sourceFor(), { conflict: conflictId }),
        make(`${id}-b`, other, figureOf(other, unit), sourceFor(), { conflict: conflictId }),
      );
      return;
    }
    observations.push(make(id, value, figure, sourceFor()));
    if (roll < CONFLICT + SECOND_SOURCE)
      observations.push(make(`${id}-2`, value, figure, sourceFor()));
  }

  const round = (v, unit) =>
    unit === 'percent'
      ? Math.round(v * 10) / 10
      : unit === 'yuan'
        ? Math.round(v / 1e8) * 1e8
        : Math.max(1, Math.round(v));

  /** An annual random walk with part-year figures below it, and yoy rates from it. */
  function volumeSeries(entity, metric, size, { from = depth.firstYear, parts = [] } = {}) {
    const unit = UNIT_OF.get(metric);
    let value = size;
    let previous = null;
    const annual = new Map();
    for (const year of years) {
      value *= 0.95 + rand() * 0.2;
      if (year < from) continue;
      const v = round(value, unit);
      annual.set(year, v);
      const yoyPercent =
        previous && rand() < 0.5 ? Math.round((v / previous - 1) * 1000) / 10 : undefined;
      record(entity, metric, String(year), v, { yoyPercent });
      previous = v;
    }
    for (const part of parts)
      for (const p of part) {
        const y = annual.get(p.year);
        if (y !== undefined)
          record(entity, metric, p.period, round(y * p.share * (0.8 + rand() * 0.4), unit));
      }
    return annual;
  }

  function percentSeries(entity, metric, periods, start) {
    let v = start;
    for (const p of periods) {
      v = Math.min(95, Math.max(0.5, v + (rand() - 0.3) * 3));
      record(entity, metric, p.period, Math.round(v * 10) / 10);
    }
  }

  function targets(entity, metric, annual) {
    const last = annual.get(LAST_YEAR);
    if (last === undefined) return;
    for (const [year, factor] of [
      [2027, 1.2],
      [2030, 1.5],
    ])
      record(entity, metric, String(year), round(last * factor, 'vehicles'), { kind: 'target' });
  }

  const cityProduction = [];
  const provinceList = [];
  const countryList = [];
  const companyList = [];
  const annualPeriods = years.map((y) => ({ period: String(y) }));

  const addCountry = () => {
    const e = { ...newName({ id: '', en: 'land', zh: '国' }), type: 'country' };
    entities.push(e);
    countryList.push(e);
    volumeSeries(e, 'nev_production', 2e5 + rand() * 3e6, { from: 2015 });
    volumeSeries(e, 'nev_sales', 2e5 + rand() * 3e6, { from: 2015, parts: [quarters] });
    percentSeries(e, 'nev_retail_penetration', months, 5 + rand() * 20);
  };
  const addProvince = () => {
    const e = { ...newName({ id: 'province', en: ' Province', zh: '省' }), type: 'province' };
    entities.push(e);
    provinceList.push(e);
    const annual = volumeSeries(e, 'vehicle_production', 1e5 + rand() * 2e6, { parts: [quarters] });
    volumeSeries(e, 'nev_production', 2e4 + rand() * 4e5, { from: 2015, parts: [months] });
    percentSeries(e, 'nev_retail_penetration', quarters, 5 + rand() * 20);
    targets(e, 'vehicle_production', annual);
  };
  const addCity = () => {
    const province = provinceList.length ? pick(provinceList) : undefined;
    const e = {
      ...newName({ id: '', en: '', zh: '市' }),
      type: 'city',
      ...(province ? { parent: province.id } : {}),
    };
    entities.push(e);
    const size = 1e4 * Math.exp(rand() * 4.5);
    const annual = volumeSeries(e, 'vehicle_production', size, { parts: [quarters, months] });
    cityProduction.push({ entity: e, annual });
    volumeSeries(e, 'nev_production', size * (0.1 + rand() * 0.4), { from: 2015, parts: [months] });
    percentSeries(e, 'nev_retail_penetration', months, 5 + rand() * 20);
    targets(e, 'vehicle_production', annual);
    if (rand() < 0.3) targets(e, 'nev_production', annual);
  };
  const addCompany = () => {
    const e = { ...newName({ id: 'motors', en: ' Motors', zh: '汽车' }), type: 'company' };
    entities.push(e);
    companyList.push(e);
    const size = 2e4 * Math.exp(rand() * 4);
    volumeSeries(e, 'vehicle_sales', size, { parts: [quarters, months] });
    volumeSeries(e, 'nev_sales', size * (0.1 + rand() * 0.5), {
      from: 2015,
      parts: [quarters, months],
    });
    volumeSeries(e, 'revenue', size * 1.5e5, { parts: [quarters] });
    volumeSeries(e, 'deliveries', size * 0.9, { from: 2020, parts: [quarters] });
  };

  // Ranks come last and cost one record per city-year: leave room for them as entities are added.
  const ranksPerCity = years.length;
  let i = 0;
  while (observations.length + cityProduction.length * ranksPerCity < target) {
    if (i % REGION_EVERY === 0 && provinceList.length < MAX_PROVINCES) addProvince();
    else if (i % REGION_EVERY === 6 && countryList.length < MAX_COUNTRIES) addCountry();
    else if (MIX[i % MIX.length] === 'company') addCompany();
    else addCity();
    i++;
  }

  // Ranks among the made-up cities by each year's output, placed after the real top three so
  // the real articles' "No.1" still reads as they say.
  for (const year of years) {
    const ranked = cityProduction
      .filter((c) => c.annual.has(year))
      .sort((a, b) => b.annual.get(year) - a.annual.get(year));
    ranked.forEach((c, r) =>
      record(c.entity, 'production_rank', String(year), r + 4, { kind: 'rank', peerSet: 'cities' }),
    );
  }

  // A few dated events per company, as articles tell them.
  const topics = ['policy', 'company', 'technology'];
  for (const company of companyList.slice(0, Math.max(5, scale))) {
    const year = 2015 + Math.floor(rand() * 11);
    const source = pick(synthSources).id;
    const excerpt = `${company.name.en} opened a plant in ${year}.`;
    milestones.push({
      id: `${company.id}-plant-${year}`,
      date: String(year),
      topic: pick(topics),
      title: { en: `${company.name.en} opens a plant`, zh: `${company.name.zh}新工厂投产` },
      description: { en: excerpt, zh: `${company.name.zh}于${year}年新工厂投产。` },
      source,
      excerpt,
    });
  }

  return { sources, conflicts, observations, milestones, entities, metrics: real.metrics };
}

/** Writes each data file of a dataset into `dir` (compact JSON: the size a feed would ship). */
export function writeDataset(dataset, dir) {
  mkdirSync(dir, { recursive: true });
  for (const f of DATA_FILES) writeFileSync(`${dir}/${f}.json`, JSON.stringify(dataset[f]));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const dataset = syntheticDataset({
    scale: Number(option('--scale', '10')),
    seed: Number(option('--seed', '42')),
  });
  const out = option('--out', null);
  const counts = DATA_FILES.map((f) => `${dataset[f].length} ${f}`).join(', ');
  const byType = new Map();
  for (const e of dataset.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const types = [...byType].map(([t, n]) => `${n} ${t}`);
  if (out) writeDataset(dataset, out);
  console.log(`${counts} (entities: ${types.join(', ')})${out ? ` → ${out}` : ''}`);
}
