import type { en } from './messages-en';

/** Literal strings widened to `string`; functions keep their parameters. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every catalog must have: the type-checker rejects a missing or extra key. */
export type Messages = Widen<typeof en>;
