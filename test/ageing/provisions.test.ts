import { describe, expect, it } from 'vitest';
import { ageReceivables, buildProvisionMatrix, provisionByAgeing, type AgeingBuckets } from '../../src/ageing/index.js';

const asOf = '2026-03-31';
const rates = { not_due: '0.005', '1_30': '0.02', '31_60': '0.05', '61_90': '0.1', '91_180': '0.3', '181_365': '0.6', over_365: '1' };

describe('provisionByAgeing: the errors users see', () => {
  const age = () => ageReceivables([{ id: 'a', customerId: 'C1', currency: 'CNY', amount: '100', issueDate: '2026-01-01', dueDate: '2026-01-31' }], { asOf });

  it('refuses a rate for a key that is not a bucket, even when every bucket has one', () => {
    const report = age();
    expect(() => provisionByAgeing(report, { ...rates, y0_1: '0.05' })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', issues: [{ path: ['rates', 'y0_1'], message: 'is not a bucket of the report' }] }),
    );
  });

  it('names the report, the rates and the options', () => {
    const report = age();
    expect(() => provisionByAgeing({ ...report, asOf: '2026-3-31' }, rates)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ path: ['report', 'asOf'] })] }));
    expect(() => provisionByAgeing(report, { ...rates, not_due: '-0.1' })).toThrowError(
      expect.objectContaining({ message: 'Invalid input to provisionByAgeing: rates.not_due: must not be negative' }),
    );
    expect(() => provisionByAgeing(report, rates, { scales: { XAU: 13 } })).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ path: ['options', 'scales', 'XAU'] })] }));
  });

  it('names the group of a currency it does not know, and takes options.scales for it', () => {
    const gold = ageReceivables([{ id: 'g', customerId: 'C9', currency: 'XAU', amount: '2.5', issueDate: '2026-01-01', dueDate: '2026-01-31' }], { asOf, scales: { XAU: 4 } });
    expect(() => provisionByAgeing(gold, rates)).toThrowError(
      expect.objectContaining({
        code: 'unsupported',
        message: 'provisionByAgeing: unknown currency "XAU"; pass options.scales (its number of minor-unit digits) instead of letting huikuan guess',
        issues: [{ path: ['report', 'groups', 0, 'currency'], message: 'unknown currency: pass options.scales' }],
      }),
    );
    // 2.5 is 59 days late: 5%, 0.125 at four places.
    expect(provisionByAgeing(gold, rates, { scales: { XAU: 4 } }).totals.XAU!.provision.toString()).toBe('0.125');
    expect(provisionByAgeing(gold, rates, { scales: { XAU: 1 } }).totals.XAU!.provision.toString()).toBe('0.1');
  });
});

describe('buildProvisionMatrix: more of the rules', () => {
  const buckets: AgeingBuckets = {
    basis: 'due_date',
    buckets: [{ key: 'current', maxDays: 0 }, { key: 'd30', minDays: 1, maxDays: 30 }, { key: 'd60', minDays: 31, maxDays: 60 }, { key: 'd90', minDays: 61 }],
  };

  it('leaves out of a simple average the periods whose starting balance is zero', () => {
    const matrix = buildProvisionMatrix(
      [
        { period: '2026-01', balances: { current: '1000', d30: '0' } },
        { period: '2026-02', balances: { current: '0', d30: '100', d60: '0' } },
        { period: '2026-03', balances: { current: '500', d30: '0', d60: '50' } },
      ],
      { buckets, average: 'simple' },
    );
    // current → d30: 100 ÷ 1000 (2026-02) and 0 ÷ 0 (2026-03, left out): 0.1; d30 → d60: 0 ÷ 0 left out, 50 ÷ 100 = 0.5.
    expect(matrix.rollRates.map((r) => r.rate.toString())).toEqual(['0.1', '0.5', '0']);
    expect(matrix.rollRates[0]!.observations.map((o) => `${o.period}: ${o.rolled} ÷ ${o.balance}`)).toEqual(['2026-02: 100 ÷ 1000', '2026-03: 0 ÷ 0']);
  });

  it('explains the cohort method (weighted by default, or simple)', () => {
    const history = [
      { period: '2024-12', balances: { current: '1000', d30: '100', d60: '50', d90: '20' }, losses: { current: '10', d30: '5', d60: '10', d90: '12' } },
      { period: '2025-12', balances: { current: '3000', d30: '100', d60: '50', d90: '30' }, losses: { current: '30', d30: '15', d60: '20', d90: '18' } },
    ];
    expect(buildProvisionMatrix(history, { buckets, method: 'cohort' }).explanation).toEqual([
      'current: weighted average of losses ÷ balances over 2 cohorts = 0.01',
      'd30: weighted average of losses ÷ balances over 2 cohorts = 0.1',
      'd60: weighted average of losses ÷ balances over 2 cohorts = 0.3',
      'd90: weighted average of losses ÷ balances over 2 cohorts = 0.6',
    ]);
    const simple = buildProvisionMatrix(history, { buckets, method: 'cohort', average: 'simple', forwardLooking: '0.5' });
    // d90: (12 ÷ 20 + 18 ÷ 30) ÷ 2 = 0.6, × 1.5 = 0.9
    expect(simple.explanation[3]).toBe('d90: simple average of losses ÷ balances over 2 cohorts × (1 + 0.5) = 0.9');
    expect(simple.lossRates.d60!.toString()).toBe('0.45'); // (10 ÷ 50 + 20 ÷ 50) ÷ 2 × 1.5
  });

  it('names the history and the field of a bad period end', () => {
    expect(() => buildProvisionMatrix([{ period: '2026-01', balances: { current: '-1' } }, { period: '2026-02', balances: {} }], { buckets })).toThrowError(
      expect.objectContaining({ message: 'Invalid input to buildProvisionMatrix: history[0].balances.current: must not be negative' }),
    );
    expect(() => buildProvisionMatrix([{ period: '2026-01', balances: {} }], { buckets })).toThrowError(
      expect.objectContaining({ issues: [{ path: ['history'], message: 'needs at least two period ends to observe roll rates' }] }),
    );
    expect(() => buildProvisionMatrix([], { buckets })).toThrowError(expect.objectContaining({ issues: [{ path: ['history'], message: 'must hold at least one period end, oldest first' }] }));
  });
});
