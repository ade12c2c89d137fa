import { invalidInput } from './errors.js';

/**
 * Checks that `value` is an iterable collection (an array, Set, generator, ...) and
 * not a string, so a caller's mistake is an `invalid_input` HuikuanError rather than
 * a TypeError deep inside a loop.
 */
export function assertIterable(value: unknown, fn: string, arg: string): asserts value is Iterable<unknown> {
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw invalidInput(fn, [{ path: [arg], message: 'must be an iterable collection such as an array' }]);
  }
}
