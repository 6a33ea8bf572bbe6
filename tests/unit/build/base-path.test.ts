import { describe, expect, it } from 'vitest';
import { basePath } from '../../../vite-base';

describe('basePath (BASE_PATH)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['  ', '/'],
    ['/cq-auto/', '/cq-auto/'],
    ['/cq-auto', '/cq-auto/'],
    ['cq-auto', '/cq-auto/'],
    ['cq-auto/', '/cq-auto/'],
    ['//cq-auto//', '/cq-auto/'],
    ['/apps/cq-auto.v2/', '/apps/cq-auto.v2/'],
  ])('%j builds for %s', (value, base) => {
    expect(basePath(value)).toBe(base);
  });

  it.each([
    'https://intranet.example/cq-auto/',
    './',
    '/cq-auto/../',
    '/cq auto/',
    '/cq-auto/?x=1',
    '/cq-auto/#top',
    '\\cq-auto\\',
  ])('refuses %j, naming the setting', (value) => {
    expect(() => basePath(value)).toThrow(/BASE_PATH=/);
  });
});
