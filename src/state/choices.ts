import type { CityId, CompanyId, EntityId } from '../data/vocabulary';

/**
 * The entity ids the list filters may hold, and their default selections. They come from the
 * dataset's registry, which is known only once the data has loaded: until then a link's ids
 * are kept as written (if well formed) and checked when `setChoices` runs (see url-sync.ts).
 */
export interface Choices {
  cities: readonly CityId[];
  companies: readonly CompanyId[];
  /** NEV penetration: every city, province or country with NEV figures. */
  regions: readonly EntityId[];
  defaults: {
    cities: readonly CityId[];
    companies: readonly CompanyId[];
    regions: readonly EntityId[];
  };
}

let current: Choices | null = null;

/** The registry's choices, or null before the dataset has loaded. */
export function currentChoices(): Choices | null {
  return current;
}

export function setChoices(choices: Choices | null): void {
  current = choices;
}
