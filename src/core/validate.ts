import type { z } from 'zod';
import { invalidInput, issuesFromZod } from './errors.js';

/**
 * `schema.safeParse(value)`, except that a value zod itself cannot read is an
 * `invalid_input` HuikuanError at `path`: zod 4 runs its length checks on values of
 * the wrong type, so `z.string().min(1)` throws a TypeError on `{ length: { valueOf: 1 } }`.
 */
export function safeParseArg<S extends z.ZodType>(
  schema: S,
  value: unknown,
  fn: string,
  path: readonly (string | number)[],
): z.ZodSafeParseResult<z.output<S>> {
  try {
    return schema.safeParse(value);
  } catch {
    throw invalidInput(fn, [{ path: [...path], message: 'could not be read: it holds values of the wrong type' }]);
  }
}

/**
 * Parses one argument of a public function with its schema, throwing an
 * `invalid_input` HuikuanError whose issue paths start with the argument's name.
 */
export function parseArg<S extends z.ZodType>(
  schema: S,
  value: unknown,
  fn: string,
  arg: string,
): z.output<S> {
  const result = safeParseArg(schema, value, fn, [arg]);
  if (result.success) return result.data;
  throw invalidInput(fn, issuesFromZod(result.error, [arg]));
}
