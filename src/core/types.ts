import type { Decimal } from './decimal.js';

/**
 * Makes an input type accept readonly data (`as const` policies, frozen objects):
 * arrays become readonly arrays and properties readonly, all the way down, leaving
 * Decimals alone. huikuan never mutates its inputs, so its input types say so.
 */
export type DeepReadonly<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
