/**
 * Values derived from a dataset, kept per dataset (weakly: a reloaded dataset drops its values)
 * and per input key, so a filter change recomputes only the series whose inputs changed, and a
 * value whose inputs did not change is the same object (a chart given it need not redraw).
 */
const stores = new WeakMap<object, Map<string, unknown>>();

/** Entries per dataset before the store starts afresh: bounds memory over a long session. */
const LIMIT = 5000;

export function memoFor<T>(owner: object, key: string, make: () => T): T {
  let store = stores.get(owner);
  if (!store) {
    store = new Map();
    stores.set(owner, store);
  }
  if (store.has(key)) return store.get(key) as T;
  const value = make();
  if (store.size >= LIMIT) store.clear();
  store.set(key, value);
  return value;
}
