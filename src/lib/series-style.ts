import type { Dataset } from '../data/dataset';
import type { EntityId } from '../data/vocabulary';
import { COLOUR_SLOTS } from '../data/vocabulary';
import { memoFor } from '../data/memo';
import type { Shape } from './time-series';

// Not 'diamond' (targets) nor 'half' (part-year figures): those markers say what kind of figure a
// mark is, so an entity drawn with one would read as a target or a half-year figure.
const SHAPES: readonly Shape[] = ['circle', 'square', 'triangle', 'plus'];

export interface SeriesStyle {
  colour: number;
  shape: Shape;
}

/**
 * One colour and marker per entity, the same in every panel, slide and export. An entity with a
 * fixed `colour` slot in the registry keeps it; the others take, in registry order, the slots no
 * fixed entity holds, so a newly added entity never takes the colour of an existing fixed one
 * and adding one never changes anyone else's colour (the registry only grows at its end).
 */
export function seriesStyle(ds: Pick<Dataset, 'entities'>, id: EntityId): SeriesStyle {
  // Read the whole registry once per dataset and entity, not for every series on every render.
  return memoFor(ds.entities, `style|${id}`, () => styleOf(ds, id));
}

function styleOf(ds: Pick<Dataset, 'entities'>, id: EntityId): SeriesStyle {
  const entities = [...ds.entities.values()];
  const fixed = ds.entities.get(id)?.colour;
  const ordinal = entities.findIndex((e) => e.id === id);
  if (fixed !== undefined)
    return { colour: fixed, shape: SHAPES[fixed % SHAPES.length] ?? 'circle' };
  const taken = new Set(entities.flatMap((e) => (e.colour === undefined ? [] : [e.colour])));
  const free = Array.from({ length: COLOUR_SLOTS }, (_, i) => i).filter((i) => !taken.has(i));
  const unfixed = entities.filter((e) => e.colour === undefined).findIndex((e) => e.id === id);
  const n = unfixed < 0 ? Math.max(ordinal, 0) : unfixed;
  const slots = free.length > 0 ? free : [0];
  return {
    colour: slots[n % slots.length] ?? 0,
    // Beyond the free colours, the marker tells two series of one colour apart.
    shape: SHAPES[(taken.size + n) % SHAPES.length] ?? 'circle',
  };
}
