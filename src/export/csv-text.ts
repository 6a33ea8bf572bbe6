import type { Lang } from '../data/view-vocabulary';

/**
 * The CSV files' own words (column names, units, the header block), loaded with the export code:
 * kept out of the app's catalogs, like the deck's (deck-text.ts), so a reader who never exports
 * does not download them. English is the master; Chinese must match it.
 */
const en = {
  columns: {
    id: 'id',
    entity: 'entity',
    metric: 'metric',
    period: 'period',
    value: 'value',
    unit: 'unit',
    kind: 'kind',
    qualifier: 'qualifier',
    yoy: 'year-on-year % (stated)',
    peerSet: 'ranked among',
    sourceTitle: 'source title',
    outlet: 'outlet',
    date: 'published',
    excerpt: 'excerpt (article language)',
    excerptTranslation: 'excerpt, our translation',
    note: 'note',
    conflict: 'conflict',
    formula: 'formula (derived values)',
  },
  units: {
    vehicles: 'vehicles',
    yuan: 'yuan',
    percent: 'percent',
    pp: 'percentage points',
    rank: 'rank',
    times: 'times',
    firms: 'firms',
    components: 'components',
    stations: 'stations',
    piles: 'piles',
    orders: 'orders',
    robots: 'robots',
    months: 'months',
    index: 'index',
  },
  meta: {
    title: 'View',
    headline: 'Summary',
    filters: 'Filters',
    sources: 'Sources',
    dataDate: 'Data date',
    exported: 'Exported',
    link: 'Link',
  },
};
export type CsvText = typeof en;

const zh: CsvText = {
  columns: {
    id: '编号',
    entity: '对象',
    metric: '指标',
    period: '时期',
    value: '数值',
    unit: '单位',
    kind: '类型',
    qualifier: '限定词',
    yoy: '同比增速%（原文所述）',
    peerSet: '排名范围',
    sourceTitle: '来源文章',
    outlet: '媒体',
    date: '发表时间',
    excerpt: '原文摘录（原文语言）',
    excerptTranslation: '摘录译文（本平台翻译）',
    note: '说明',
    conflict: '数据冲突',
    formula: '计算公式（测算数据）',
  },
  units: {
    vehicles: '辆',
    yuan: '元',
    percent: '%',
    pp: '个百分点',
    rank: '名次',
    times: '倍',
    firms: '家',
    components: '种',
    stations: '座',
    piles: '个',
    orders: '单',
    robots: '台',
    months: '个月',
    index: '指数',
  },
  meta: {
    title: '视图',
    headline: '概要',
    filters: '筛选条件',
    sources: '来源',
    dataDate: '数据日期',
    exported: '导出日期',
    link: '链接',
  },
};

export const CSV_TEXT: Record<Lang, CsvText> = { en, zh };
