import { afterEach, describe, expect, it } from 'vitest';
import { filterChoices } from '../../../src/data/registry';
import { setChoices } from '../../../src/state/choices';
import { applyChoices, startUrlSync } from '../../../src/state/url-sync';
import { useViewStore } from '../../../src/state/view-store';
import { dataset } from '../support/dataset';

let stop = () => {};
afterEach(() => {
  stop();
  setChoices(filterChoices(dataset));
  window.history.replaceState(null, '', '/');
});

describe('a link read before and after the registry is known', () => {
  it('keeps the first read’s notices and adds the registry’s', () => {
    setChoices(null);
    window.history.replaceState(null, '', '/?bogus=1&cities=chongqing,atlantis&lang=en');
    stop = startUrlSync(window);
    applyChoices(filterChoices(dataset));
    const notices = useViewStore.getState().notices;
    expect(notices).toContainEqual(expect.objectContaining({ param: 'bogus', reason: 'unknown' }));
    expect(notices).toContainEqual(
      expect.objectContaining({ param: 'cities', value: 'atlantis', reason: 'partly-invalid' }),
    );
    expect(useViewStore.getState().cities).toEqual(['chongqing']);
    expect(window.location.search).not.toContain('bogus');
  });
});
