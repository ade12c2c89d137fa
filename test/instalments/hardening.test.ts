import { describe, expect, it } from 'vitest';
import { HuikuanError, annuityPayment } from '../../src/index.js';

/** Defects found by the hardening suites (test/fuzz.prop.test.ts, test/immutability.test.ts), each pinned here. */

describe('annuityPayment (fuzz regressions)', () => {
  it('refuses a rate above 10 a period, which made payments beyond every amount, printed as 4.5e+42', () => {
    let error: unknown;
    try {
      annuityPayment(9007199254740991, '0.005e29', 12);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HuikuanError);
    expect((error as HuikuanError).issues).toEqual([{ path: ['periodRate'], message: 'must be at most 10 (1000% a period)' }]);
  });

  it('still takes a rate of exactly 10, and prints its largest payments as plain decimals', () => {
    expect(annuityPayment('1000', '10', 1).toString()).toBe('11000');
    expect(annuityPayment('9'.repeat(29), 10, 1).toString()).toMatch(/^\d+$/);
  });
});
