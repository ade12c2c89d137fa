import type { z } from 'zod';
import { invalidInput, issuesFromZod } from './errors.js';

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
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidInput(fn, issuesFromZod(result.error, [arg]));
}
