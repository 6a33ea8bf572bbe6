// Replaced at build time by vite.config.ts (`define`); declared here, not in vite-env.d.ts, so
// the tests' TypeScript project (which compiles src through tests) knows it too.
declare const __DATASET_VERSION__: string;

/** A short hash of every data file when the build started, e.g. `3f9a2c1`. */
export const DATASET_VERSION: string = __DATASET_VERSION__;
