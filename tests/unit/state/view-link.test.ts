import { describe, expect, it } from 'vitest';
import { viewLink } from '../../../src/state/url-codec';
import { CURRENT_VERSION } from '../../../src/state/url-migrations';
import { defaultView } from '../../../src/state/view';

describe('viewLink', () => {
  const page = `${window.location.origin}${window.location.pathname}`;

  it.each([
    [defaultView('zh'), `?lang=zh&v=${CURRENT_VERSION}`],
    [{ ...defaultView('en'), panel: 'nev' as const }, `?panel=nev&lang=en&v=${CURRENT_VERSION}`],
  ])('is this page with the view as its query, ending in the format version', (view, query) => {
    expect(viewLink(view)).toBe(`${page}${query}`);
  });
});
