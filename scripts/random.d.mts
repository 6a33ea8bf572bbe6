// Types for random.mjs, which the TypeScript tests import.
export function random(seed: number): () => number;
