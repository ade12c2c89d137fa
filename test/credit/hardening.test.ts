import { describe, expect, it } from 'vitest';
import { creditLimit } from '../../src/index.js';

/** Defects found by the hardening suites (test/fuzz.prop.test.ts, test/immutability.test.ts), each pinned here. */

describe('creditLimit (fuzz regressions)', () => {
  it('gives a limit of 0, not "-0", for terms of -0 days (JSON.parse("-0") is -0)', () => {
    const policy = JSON.parse('{"id": "P", "grades": {"A": {"factor": "0.8", "maxTermDays": -0}}}') as never;
    const result = creditLimit(policy, { grade: 'A', currency: 'CNY', averageMonthlySales: '500000' });
    expect(JSON.stringify(result.limit)).toBe('"0"');
    expect(JSON.stringify(result.basis)).not.toContain('"-0"');
  });
});
