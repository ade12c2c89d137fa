import type { z } from 'zod';

/**
 * What went wrong, as a stable string a program can switch on.
 *
 * - `invalid_input`: an argument does not match its schema (see `issues`).
 * - `currency_mismatch`: amounts in different currencies were combined.
 * - `unbalanced`: parts that must add up to a whole do not.
 * - `unsupported`: a valid request huikuan cannot serve, e.g. an unknown currency
 *   without an explicit scale.
 * - `out_of_range`: the result would leave the supported range (dates before
 *   0001-01-01 or after 9999-12-31, too many business days).
 */
export type HuikuanErrorCode =
  | 'invalid_input'
  | 'currency_mismatch'
  | 'unbalanced'
  | 'unsupported'
  | 'out_of_range';

/** One problem found in an input: where it is (`path`) and what is wrong with it. */
export interface HuikuanIssue {
  /** Path of the offending field from the argument, e.g. `['options', 'currency']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
}

/**
 * The one error type huikuan throws. It is thrown only for a caller's mistake (bad
 * input, mixed currencies, an unsupported request); business outcomes such as
 * "blocked" or "overdue" are ordinary return values.
 *
 * @example
 * try {
 *   roundMoney('1,000', 'CNY');
 * } catch (error) {
 *   if (error instanceof HuikuanError) {
 *     error.code;    //=> 'invalid_input'
 *     error.issues;  //=> [{ path: ['amount'], message: 'must be a plain decimal string such as "1234.56" (no commas, spaces or hex)' }]
 *     error.message; //=> 'Invalid input to roundMoney: amount: must be a plain decimal string such as "1234.56" (no commas, spaces or hex)'
 *   }
 * }
 */
export class HuikuanError extends Error {
  override readonly name = 'HuikuanError';
  readonly code: HuikuanErrorCode;
  readonly issues: readonly HuikuanIssue[];

  constructor(code: HuikuanErrorCode, message: string, issues: readonly HuikuanIssue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/** Formats a path as `options.lines[2].amount` for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out === '' ? '(input)' : out;
}

/** Maps zod issues to HuikuanIssues, prefixing each path with the argument's name. */
export function issuesFromZod(error: z.ZodError, prefix: readonly (string | number)[]): HuikuanIssue[] {
  return error.issues.map((issue) => ({
    path: [
      ...prefix,
      ...issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    ],
    message: issue.message,
  }));
}

/** Builds the `invalid_input` error for a function, naming every offending path. */
export function invalidInput(fn: string, issues: readonly HuikuanIssue[]): HuikuanError {
  const shown = issues
    .slice(0, 5)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new HuikuanError('invalid_input', `Invalid input to ${fn}: ${shown}${more}`, issues);
}
