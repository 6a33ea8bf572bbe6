import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages-en';
import { zh } from '../../../src/i18n/messages-zh';
import { sourceLine } from '../../../src/components/panel/source-lines';
import { articleTitle } from '../../../src/lib/article-title';
import { dataset } from '../support/dataset';

type Tree = { [key: string]: unknown };

/** Every leaf of a catalog as [path, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? leaves(v as Tree, `${prefix}${k}.`)
      : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

/** Sample arguments for message functions: strings, and numbers where a count is expected. */
const call = (f: (...args: never[]) => unknown) =>
  (f as (...args: unknown[]) => unknown)(
    ...Array.from({ length: f.length }, (_, i) => (i === 0 ? 2 : 'X')),
  );

/** Entries that are the same in both languages on purpose. */
const SAME_IN_BOTH = new Set([
  'lang.zh',
  'lang.en',
  'units.percent',
  'targets.fullAttainment',
  'table.none',
]);

const CJK = /[\u4e00-\u9fff]/;

describe('message catalogs', () => {
  const enLeaves = leaves(en);
  const zhLeaves = leaves(zh);

  it('have exactly the same keys in both languages', () => {
    expect(zhLeaves.map(([k]) => k).sort()).toEqual(enLeaves.map(([k]) => k).sort());
  });

  it('have the same kind of entry (text or function of the same arity) for every key', () => {
    const zhMap = new Map(zhLeaves);
    for (const [key, value] of enLeaves) {
      const other = zhMap.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'function')
        expect((other as (...a: never[]) => unknown).length, key).toBe(value.length);
    }
  });

  it('translate every entry: Chinese text is not left in English', () => {
    const enMap = new Map(enLeaves);
    const untranslated = zhLeaves.filter(([key, value]) => {
      if (SAME_IN_BOTH.has(key)) return false;
      const a = typeof value === 'function' ? call(value as () => unknown) : value;
      const b = enMap.get(key);
      const bText = typeof b === 'function' ? call(b as () => unknown) : b;
      return a === bText && /[A-Za-z]{3,}/.test(String(a));
    });
    expect(untranslated.map(([k]) => k)).toEqual([]);
  });

  it('write Chinese in every Chinese sentence that has words', () => {
    const wordy = zhLeaves.filter(([key, value]) => {
      const text = String(typeof value === 'function' ? call(value as () => unknown) : value);
      return (
        !SAME_IN_BOTH.has(key) && /[A-Za-z]{4,}/.test(text.replace(/X/g, '')) && !CJK.test(text)
      );
    });
    expect(wordy.map(([k]) => k)).toEqual([]);
  });

  it('fails when a key is missing in one language (the check above can fail)', () => {
    const broken = {
      ...(zh as unknown as Tree),
      app: { ...(zh.app as unknown as Tree), title: undefined },
    };
    const keys = leaves(broken)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    expect(keys.sort()).not.toEqual(enLeaves.map(([k]) => k).sort());
  });
});

describe('Chinese as a person writes it', () => {
  const zhTexts = leaves(zh as unknown as Tree).map(([key, value]) => [
    key,
    String(typeof value === 'function' ? call(value as () => unknown) : value),
  ]);

  it('has no space after 。，：；！？ in any entry, nor between joined sentences', () => {
    const spaced = zhTexts.filter(([, text]) => /[。，：；！？] /.test(text ?? ''));
    expect(spaced.map(([k]) => k)).toEqual([]);
    expect(['重庆第一。', '产量278.8万辆。'].join(zh.punct.sentenceSep)).toBe(
      '重庆第一。产量278.8万辆。',
    );
    expect(['One.', 'Two.'].join(en.punct.sentenceSep)).toBe('One. Two.');
  });

  it('puts every article title in 《》 in Chinese source lines, the CSV and standalone fields', () => {
    const sources = [...dataset.sources.values()];
    const line = sourceLine(sources, 'zh');
    for (const s of sources) {
      expect(line).toContain(`《${s.title.zh}》`);
      expect(line).not.toContain(`“${s.title.zh}”`);
      expect(articleTitle(s, 'zh').startsWith(`《${s.title.zh}》`)).toBe(true);
      expect(articleTitle(s, 'en').startsWith(s.title.en)).toBe(true);
    }
    expect(sourceLine(sources, 'en')).toContain(`“${sources[0]?.title.en}”`);
  });

  it('marks a title the app translated and keeps the original beside it', () => {
    const article = { title: { en: 'Chongqing leads', zh: '重庆领先' }, language: 'en' as const };
    expect(articleTitle(article, 'zh')).toBe('《重庆领先》（译名，原题“Chongqing leads”）');
    expect(articleTitle(article, 'en')).toBe('Chongqing leads');
    expect(articleTitle(article, 'en', true)).toBe('“Chongqing leads”');
    const chinese = { ...article, language: 'zh' as const };
    expect(articleTitle(chinese, 'zh')).toBe('《重庆领先》');
    expect(articleTitle(chinese, 'en')).toBe('Chongqing leads (translated; original: 重庆领先)');
    for (const s of dataset.sources.values())
      expect(sourceLine([s], 'zh')).toContain(`（译名，原题“${s.title.en}”）`);
  });

  it('replaces phrasings that read as translated', () => {
    const all = zhTexts.map(([, text]) => text).join('\n');
    for (const phrase of ['无增速可判断', '城市排名）', '当前视图中的最高值', '同比+', '同比−'])
      expect(all).not.toContain(phrase);
    expect(zh.rankings.leader('重庆', '2025年', zh.peerSets.cities)).toBe(
      '2025年重庆汽车产量在全国城市中排名第一。',
    );
    expect(zh.rankings.latest('278.8万辆', '2025年', '+9.7%')).toBe(
      '重庆2025年汽车产量278.8万辆，同比增长9.7%。',
    );
    expect(zh.headline.yoy('−4.0%')).toBe('同比下降4.0%');
  });

  it('keeps names the articles give only in English (an outlet, an account, an author) as given', () => {
    for (const s of dataset.sources.values()) {
      const names = [...s.outlet.en.matchAll(/(?:account|by|with) ([^,()]+)/g)].map((m) => m[1]);
      // The outlet itself: its name before any gloss ("36Kr", "iChongqing").
      names.push(s.outlet.en.split(' (')[0]);
      for (const name of names) expect(s.outlet.zh, s.id).toContain(name?.trim());
    }
  });

  it('writes as a government research office publishes: one term per concept, 本平台测算', () => {
    const all = zhTexts.map(([, text]) => text).join('\n');
    for (const phrase of [
      '本应用',
      '由应用',
      '新能源汽车渗透率',
      '第1名',
      '前3名',
      '数据集 ',
      '同比变化',
      '输入数据',
      '需年均≤',
    ])
      expect(all, phrase).not.toContain(phrase);
    // No space between Chinese and a number: 显示全部12项, not 显示全部 12 项. (The data error
    // screen quotes file names and ids for the maintainer, set apart.)
    const spaced = zhTexts.filter(
      ([key, text]) =>
        !key?.startsWith('error.') && /[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/.test(text ?? ''),
    );
    expect(spaced.map(([k]) => k)).toEqual([]);
    expect(zh.periods.span(2020, 2020)).toBe('2020年');
    expect(en.periods.span(2020, 2020)).toBe('2020');
    expect(zh.rank(14)).toBe('第14');
    expect(zh.periods.quarter(2024, 3)).toBe('2024年第三季度');
    expect(zh.notices.invalid('panel', 'nope')).toBe(
      '链接参数“面板”取值“nope”无效，已按默认显示。',
    );
  });
});

// Issue 22 §4: the rank sentence of a view without a No.1 (the province view), in both languages.
describe('rankings.held', () => {
  it.each([
    [
      'en',
      en.rankings.held('Chongqing', 3, '2025', en.peerSets.provinces, false),
      'Chongqing was No.3 (among provinces and municipalities) in 2025.',
    ],
    [
      'zh',
      zh.rankings.held('重庆', 3, '2025年', zh.peerSets.provinces, false),
      '2025年重庆汽车产量在全国省（区、市）中排名第三。',
    ],
    [
      'en',
      en.rankings.held('Chongqing', 2, '2023', en.peerSets.cities, true),
      'Chongqing was No.2 (among cities) in 2023, by expected output.',
    ],
    [
      'zh',
      zh.rankings.held('重庆', 2, '2023年', zh.peerSets.cities, true),
      '据预计数，2023年重庆汽车产量在全国城市中排名第二。',
    ],
    [
      'zh',
      zh.rankings.held('重庆', 12, '2023年', zh.peerSets.cities, false),
      '2023年重庆汽车产量在全国城市中排名第12位。',
    ],
  ])('%s: %s', (_, sentence, expected) => {
    expect(sentence).toBe(expected);
  });
});
