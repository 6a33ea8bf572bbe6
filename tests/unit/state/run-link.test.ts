import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../src/state/url-codec';
import { runSheetView, withoutNotes } from '../../../src/state/run-link';
import { defaultFilters, defaultView, type View } from '../../../src/state/view';

const sender: View = {
  ...defaultView('zh'),
  panel: 'targets',
  slide: 3,
  theme: 'dark',
  run: [
    { slide: 'figures', filters: defaultFilters(), title: '开场' },
    { slide: 'targets', filters: { ...defaultFilters(), targetYear: '2027' }, notes: 'Gap.' },
  ],
};

describe('the run-sheet link', () => {
  it('opens the walk-through presenting from slide 1, in the recipient’s language', () => {
    const query = encodeView(runSheetView(sender, false));
    expect(query).toBe(
      'theme=dark&present=1&run=figures.title:%E5%BC%80%E5%9C%BA~targets.target:2027.notes:Gap%252E&v=4',
    );
    const opened = decodeView(`?${query}`, 'en').view;
    expect(opened).toMatchObject({ present: true, slide: 1, panel: null, lang: 'en' });
    expect(opened.run).toEqual(sender.run);
  });

  it('carries the language only when the sender pinned it', () => {
    const query = encodeView(runSheetView(sender, true));
    expect(query).toContain('&lang=zh&');
    expect(decodeView(`?${query}`, 'en').view.lang).toBe('zh');
  });
});

describe('the audience’s link (the deck’s closing slide)', () => {
  it.each([
    [
      'notes dropped, titles kept',
      sender.run,
      'run=figures.title:%E5%BC%80%E5%9C%BA~targets.target:2027&',
    ],
    ['no notes to drop', [{ slide: 'nev' as const, filters: defaultFilters() }], 'run=nev&'],
  ])('%s', (_, run, expected) => {
    const query = encodeView(withoutNotes({ ...sender, run }));
    expect(query).toContain(expected);
    expect(query).not.toContain('notes');
    expect(decodeView(`?${query}`, 'en').view.run.every((s) => s.notes === undefined)).toBe(true);
  });

  it('leaves the sender’s view as it was', () => {
    withoutNotes(sender);
    expect(sender.run[1]?.notes).toBe('Gap.');
  });
});
