import { describe, expect, it } from 'vitest';
import { messagesOf } from '../../../src/i18n/catalogs';
import { documentMeta } from '../../../src/lib/document-meta';
import { defaultView, pickFilters, type View } from '../../../src/state/view';

type MetaView = Parameters<typeof documentMeta>[0];
const overview: MetaView = { panel: null, present: false, slide: 1, run: [] };
const filters = pickFilters(defaultView('en'));
const step = (slide: View['run'][number]['slide']) => ({ slide, filters });

describe('documentMeta', () => {
  it.each([
    { view: overview, lang: 'en', title: 'Chongqing Auto Monitor' },
    { view: overview, lang: 'zh', title: '重庆汽车产业监测' },
    {
      view: { ...overview, panel: 'nev' },
      lang: 'en',
      title: 'NEV development · Chongqing Auto Monitor',
    },
    {
      view: { ...overview, panel: 'nev' },
      lang: 'zh',
      title: '新能源汽车发展 · 重庆汽车产业监测',
    },
    {
      view: { ...overview, panel: 'targets' },
      lang: 'en',
      title: 'Targets vs actuals · Chongqing Auto Monitor',
    },
    // The milestones timeline has its own address, and its own tab title.
    {
      view: { ...overview, panel: 'milestones' },
      lang: 'en',
      title: 'Milestones · Chongqing Auto Monitor',
    },
    {
      view: { ...overview, present: true },
      lang: 'en',
      title: 'Key figures · Slide 1 of 6 · Chongqing Auto Monitor',
    },
    // Presenting wins over a focused panel; the slide number is clamped as the slides clamp it.
    {
      view: { ...overview, panel: 'nev', present: true, slide: 2 },
      lang: 'zh',
      title: '城市排名 · 第2页，共6页 · 重庆汽车产业监测',
    },
    {
      view: { ...overview, present: true, slide: 99 },
      lang: 'en',
      title: 'Milestones · Slide 6 of 6 · Chongqing Auto Monitor',
    },
    // A run sheet's own steps are the slides.
    {
      view: { ...overview, present: true, slide: 2, run: [step('targets'), step('companies')] },
      lang: 'en',
      title: 'Company sales · Slide 2 of 2 · Chongqing Auto Monitor',
    },
  ] as const)('$lang $view.panel present=$view.present → $title', ({ view, lang, title }) => {
    expect(documentMeta(view, messagesOf(lang)).title).toBe(title);
  });

  it.each([
    { view: overview, lang: 'en', starts: "Chongqing's automotive industry in figures" },
    { view: { ...overview, panel: 'nev' }, lang: 'en', starts: 'How fast is the shift' },
    { view: { ...overview, panel: 'nev' }, lang: 'zh', starts: '新能源汽车转型有多快？' },
    { view: { ...overview, present: true, slide: 3 }, lang: 'zh', starts: '哪些企业带动了增长？' },
  ] as const)('$lang $view.panel description starts "$starts"', ({ view, lang, starts }) => {
    const { description } = documentMeta(view, messagesOf(lang));
    expect(description.startsWith(starts)).toBe(true);
    // Honest about where the figures come from, in either language.
    expect(description).toMatch(/five published articles|五篇文章/);
  });
});
