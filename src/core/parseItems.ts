import type { z } from 'zod';
import { invalidInput, issuesFromZod } from './errors.js';
import { assertIterable } from './iterate.js';
import { safeParseArg } from './validate.js';

/**
 * Validates the items of an iterable argument one at a time, as they are consumed
 * (memory stays constant for a streaming caller), naming `arg[index]` on error.
 */
export function* parseEach<S extends z.ZodType>(schema: S, items: unknown, fn: string, arg: string): Generator<z.output<S>> {
  assertIterable(items, fn, arg);
  let index = 0;
  for (const item of items) {
    const parsed = safeParseArg(schema, item, fn, [arg, index]);
    if (!parsed.success) throw invalidInput(fn, issuesFromZod(parsed.error, [arg, index]));
    yield parsed.data;
    index += 1;
  }
}

/** Validates every item of an iterable argument into an array. */
export function parseItems<S extends z.ZodType>(schema: S, items: unknown, fn: string, arg: string): z.output<S>[] {
  return [...parseEach(schema, items, fn, arg)];
}
