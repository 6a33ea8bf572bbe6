import { describe, expect, it } from 'vitest';
import { excerptTranslation } from '../../../src/lib/excerpt-translation';
import { dataset } from '../support/dataset';

const CJK = /[\u4e00-\u9fff]/;

describe('excerpt translations (issue 22 §6)', () => {
  it('every excerpt from an English article has a Chinese translation beside it, never in its place', () => {
    const records = [...dataset.observations, ...dataset.milestones];
    for (const r of records) {
      const language = dataset.sources.get(r.source)?.language;
      if (language === 'zh') continue;
      expect(r.excerptZh, r.id).toMatch(CJK);
      // The verbatim excerpt stays in the article's language.
      expect(r.excerpt, r.id).not.toMatch(CJK);
      // Every figure the excerpt states in digits is in the translation too, where it is
      // written the same way (a percentage, a year).
      for (const n of r.excerpt.match(/\b\d+(\.\d+)?%|\b(19|20)\d\d\b/g) ?? [])
        expect(r.excerptZh, `${r.id}: ${n}`).toContain(n);
    }
  });

  it.each([
    // record, article language, reader's language, translation shown
    [{ excerptZh: '译文' }, 'en', 'zh', '译文'],
    [{ excerptZh: '译文' }, 'en', 'en', null],
    [{}, 'en', 'zh', undefined],
    [{}, 'zh', 'en', undefined],
    [{ excerptZh: '原文' }, 'zh', 'zh', null],
  ] as const)('%o from a %s article, read in %s → %s', (record, article, lang, shown) => {
    expect(excerptTranslation(record, article, lang)).toBe(shown);
  });
});
