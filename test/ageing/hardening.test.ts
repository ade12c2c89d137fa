import { describe, expect, it } from 'vitest';
import { HuikuanError, ageReceivables, buildProvisionMatrix, mergeAgeingReports } from '../../src/index.js';

/** Defects found by the hardening suites (test/fuzz.prop.test.ts, test/immutability.test.ts), each pinned here. */

const thrown = (f: () => unknown): HuikuanError => {
  try {
    f();
  } catch (error) {
    if (error instanceof HuikuanError) return error;
    throw error;
  }
  throw new Error('did not throw');
};

const item = { id: 'A', customerId: 'C', currency: 'CNY', amount: '100', issueDate: '2026-01-01', dueDate: '2026-01-31' };

describe('ageReceivables (fuzz regressions)', () => {
  it('rejects a first item whose currency is empty, instead of a TypeError', () => {
    // The fast path remembered the last currency as '', so an item with currency ''
    // matched it before any ledger existed.
    const error = thrown(() => ageReceivables([{ ...item, currency: '' }, item], { asOf: '2026-03-01' }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0]?.path).toEqual(['items', 0, 'currency']);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('rejects a bucket keyed %s', (key) => {
    // Bucket keys become property names of byBucket: "__proto__" set its prototype (the
    // amount vanished from JSON), "constructor" read Object in mergeAgeingReports.
    const buckets = { basis: 'due_date' as const, buckets: [{ key, maxDays: 0 }, { key: 'late', minDays: 1 }] };
    const error = thrown(() => ageReceivables([item], { asOf: '2026-03-01', buckets }));
    expect(error.issues[0]?.path).toEqual(['options', 'buckets', 'buckets', 0, 'key']);
    expect(() => buildProvisionMatrix([{ period: '1', balances: { [key]: '1', late: '1' } }], { buckets })).toThrow(HuikuanError);
  });

  it('still takes keys that merely look like those names', () => {
    const buckets = { basis: 'due_date' as const, buckets: [{ key: 'proto', maxDays: 0 }, { key: 'constructor_1', minDays: 1 }] };
    const report = ageReceivables([item], { asOf: '2026-03-01', buckets });
    expect(JSON.parse(JSON.stringify(report.groups[0]!.byBucket))).toEqual({ proto: '0', constructor_1: '100' });
  });
});

describe('mergeAgeingReports (fuzz regressions)', () => {
  const report = JSON.parse(JSON.stringify(ageReceivables([item], { asOf: '2026-03-01' }))) as {
    buckets: { buckets: { key: string }[] };
    groups: { amountDays: string; debitTotal: string }[];
  };

  it('rejects a report whose bucket key is "constructor", instead of a DecimalError', () => {
    const bad = structuredClone(report);
    bad.buckets.buckets[1]!.key = 'constructor';
    expect(thrown(() => mergeAgeingReports(bad as never, bad as never)).code).toBe('invalid_input');
  });

  it.each(['amountDays', 'debitTotal'] as const)('rejects a negative %s (it made a weighted average of "-0")', (field) => {
    const bad = structuredClone(report);
    bad.groups[0]![field] = '-1';
    const error = thrown(() => mergeAgeingReports(bad as never, report as never));
    expect(error.issues[0]?.path).toEqual(['a', 'groups', 0, field]);
  });

  it('returns buckets of its own, not the caller’s object (immutability regression)', () => {
    const a = structuredClone(report);
    const merged = mergeAgeingReports(a as never, structuredClone(report) as never);
    expect(merged.buckets).toEqual(a.buckets);
    expect(merged.buckets).not.toBe(a.buckets);
    expect(merged.buckets.buckets[0]).not.toBe(a.buckets.buckets[0]);
  });
});
