import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../src/state/url-codec';
import { escapeStepText } from '../../../src/state/step-text';
import { defaultFilters, defaultView, type RunStep, type View } from '../../../src/state/view';

const withRun = (run: RunStep[]): View => ({ ...defaultView('en'), run });
const roundTrip = (view: View) => decodeView(`?${encodeView(view)}`, 'en');

describe('run-sheet step titles and notes in the link', () => {
  it.each([
    ['plain English', 'Targets for 2027', 'Say: the 2027 target is 2 M.'],
    ['Chinese', '重庆：全国第一汽车城？', '强调：2024 年产量 253.8 万辆。'],
    ['the run grammar', 'a~b.c:d', '~~..::,,'],
    ['percent signs and escapes', '46.5% NEV share', '%2E is not a dot; %7E%25 neither'],
    ['emoji', '🚗 NEVs ⚡', '👍 then 🇨🇳'],
    ['query characters', 'a&b=c?d#e+f', 'x/y\\z "quoted" \'single\''],
    ['line breaks in notes', 'Title', 'first line\nsecond line'],
  ])('keeps %s', (_, title, notes) => {
    const run: RunStep[] = [
      { slide: 'rankings', filters: { ...defaultFilters(), from: 2016 }, title, notes },
      { slide: 'targets', filters: defaultFilters(), title: `${title} 2` },
      { slide: 'figures', filters: defaultFilters() },
    ];
    const { view, notices } = roundTrip(withRun(run));
    expect(notices).toEqual([]);
    expect(view.run).toEqual(run);
  });

  it('writes the text escaped only where the grammar needs it', () => {
    const run: RunStep[] = [{ slide: 'nev', filters: defaultFilters(), title: 'A.B~C:中' }];
    const query = encodeView(withRun(run));
    // One level of the URL's own encoding over the escaped dot and tilde.
    expect(query).toContain('run=nev.title:A%252EB%257EC:%E4%B8%AD&');
    expect(escapeStepText('50%.~')).toBe('50%25%2E%7E');
  });

  it('reads old links without titles or notes as before', () => {
    const { view, notices } = decodeView('?run=figures~targets.target:2027&lang=en', 'en');
    expect(notices).toEqual([]);
    expect(view.run).toEqual([
      { slide: 'figures', filters: defaultFilters() },
      { slide: 'targets', filters: { ...defaultFilters(), targetYear: '2027' } },
    ]);
  });

  it('ignores a malformed title with a notice and keeps the rest of the step', () => {
    const search = `?run=${encodeURIComponent('rankings.title:50%zz.years:2016-~targets.notes:ok')}`;
    const { view, notices } = decodeView(search, 'en');
    expect(view.run).toEqual([
      { slide: 'rankings', filters: { ...defaultFilters(), from: 2016 } },
      { slide: 'targets', filters: defaultFilters(), notes: 'ok' },
    ]);
    expect(notices).toEqual([
      { param: 'run', value: 'rankings.title:50%zz', reason: 'partly-invalid' },
    ]);
  });

  it('cuts overlong text at whole characters and drops blank text', () => {
    const long = '🚗'.repeat(200);
    const search = `?run=${encodeURIComponent(`nev.title:${long}.notes:%20%20`)}`;
    const step = decodeView(search, 'en').view.run[0];
    expect(step?.title).toBe('🚗'.repeat(120));
    expect(step?.notes).toBeUndefined();
  });
});

describe('the language in a link', () => {
  it('is left out when the view took it from the browser', () => {
    const { view } = decodeView('?panel=targets', 'zh');
    expect(view).toMatchObject({ lang: 'zh', langChosen: false });
    expect(encodeView(view)).toBe('panel=targets&v=4');
  });

  it('is kept when the link chose it, or the language switch did', () => {
    const { view } = decodeView('?panel=targets&lang=en', 'zh');
    expect(view).toMatchObject({ lang: 'en', langChosen: true });
    expect(encodeView(view)).toBe('panel=targets&lang=en&v=4');
    const unchosen = decodeView('', 'en').view;
    expect(encodeView({ ...unchosen, lang: 'zh', langChosen: true })).toBe('lang=zh&v=4');
  });
});
