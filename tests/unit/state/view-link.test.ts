import { afterEach, describe, expect, it, vi } from 'vitest';
import { viewLink } from '../../../src/state/url-codec';
import { CURRENT_VERSION } from '../../../src/state/url-migrations';
import { defaultView } from '../../../src/state/view';

describe('viewLink', () => {
  const origin = window.location.origin;
  const nev = { ...defaultView('en'), panel: 'nev' as const };

  afterEach(() => {
    vi.unstubAllEnvs();
    window.history.replaceState(null, '', '/');
  });

  it.each([
    [defaultView('zh'), `?lang=zh&v=${CURRENT_VERSION}`],
    [nev, `?panel=nev&lang=en&v=${CURRENT_VERSION}`],
  ])(
    'is the app’s address with the view as its query, ending in the format version',
    (view, query) => {
      expect(viewLink(view)).toBe(`${origin}/${query}`);
    },
  );

  // Built with BASE_PATH, opened the ways a reader may arrive: the link is always the base.
  it.each([
    ['/', '/', '/'],
    ['/', '/index.html', '/'],
    ['/cq-auto/', '/cq-auto/', '/cq-auto/'],
    ['/cq-auto/', '/cq-auto/index.html', '/cq-auto/'],
    ['/cq-auto/', '/cq-auto/some/deeper/path', '/cq-auto/'],
    ['/a/b/', '/a/b/index.html?panel=targets#x', '/a/b/'],
  ])('built for %s and opened at %s, links to %s', (base, opened, linked) => {
    vi.stubEnv('BASE_URL', base);
    window.history.replaceState(null, '', opened);
    expect(viewLink(nev)).toBe(`${origin}${linked}?panel=nev&lang=en&v=${CURRENT_VERSION}`);
  });
});
