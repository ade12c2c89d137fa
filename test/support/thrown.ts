import { HuikuanError } from '../../src/index.js';

/**
 * The HuikuanError that `fn` throws, for tests that pin an error's code, message and
 * issues whole. Anything else thrown is rethrown, and returning normally fails.
 */
export function thrown(fn: () => unknown): HuikuanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof HuikuanError) return error;
    throw error;
  }
  throw new Error('expected a HuikuanError');
}
