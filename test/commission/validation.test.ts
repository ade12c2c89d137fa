import { describe, expect, it } from 'vitest';
import { calculateCommission, CommissionPlanSchema, HuikuanError, type CommissionPlan } from '../../src/commission/index.js';
import { INV1, INV2, INV9, R1, cash3, dotted, input, run, thrown } from './fixtures.js';

const FN = 'calculateCommission';
const tiered = (mode: 'marginal' | 'retroactive', tiers: { upTo?: string; rate: string }[]) => ({ rate: { type: 'tiered' as const, mode, tiers } });

describe('calculateCommission refuses a malformed plan', () => {
  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['shares that do not add up to 100%', { splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 30 }] }, ['plan', 'splits'], 'shares add up to 90%, not 100%'],
    ['a rep twice in the splits', { splits: [{ salesRepId: 'li', share: 50 }, { salesRepId: 'li', share: 50 }] }, ['plan', 'splits'], 'must not repeat a rep'],
    ['tiers that do not ascend', tiered('marginal', [{ upTo: '100', rate: '0.01' }, { upTo: '50', rate: '0.02' }, { rate: '0.03' }]), ['plan', 'rate', 'tiers', 1, 'upTo'], 'tiers must be ascending'],
    ['tiers with the same top', tiered('marginal', [{ upTo: '100', rate: '0.01' }, { upTo: '100', rate: '0.02' }, { rate: '0.03' }]), ['plan', 'rate', 'tiers', 1, 'upTo'], 'tiers must be ascending'],
    ['a last tier with a top', tiered('marginal', [{ upTo: '100', rate: '0.01' }]), ['plan', 'rate', 'tiers', 0, 'upTo'], 'the last tier must have no upTo'],
    ['a tier before the last without a top', tiered('marginal', [{ rate: '0.01' }, { rate: '0.02' }]), ['plan', 'rate', 'tiers', 0, 'upTo'], 'needs upTo: only the last tier is open'],
    ['retroactive rates that fall', tiered('retroactive', [{ upTo: '50000', rate: '0.05' }, { rate: '0.01' }]), ['plan', 'rate', 'tiers'], 'retroactive tier rates must not fall (selling one more would pay less)'],
    ['a rate above 1', { rate: { type: 'flat', rate: '3' } }, ['plan', 'rate', 'rate'], 'must be a rate from 0 to 1 (0.03 is 3%)'],
    ['a negative rate', { rate: { type: 'flat', rate: '-0.01' } }, ['plan', 'rate', 'rate'], 'must not be negative'],
    ['an unknown rate type', { rate: { type: 'banded' } }, ['plan', 'rate', 'type'], 'must be { type: "flat", rate } or { type: "tiered", mode, tiers }'],
    ['bands with the same maxDaysLate', { timing: { bands: [{ maxDaysLate: 30, factor: 1 }, { maxDaysLate: 30, factor: '0.5' }] } }, ['plan', 'timing', 'bands'], 'bands must rise in maxDaysLate'],
    ['bands that fall after rising', { timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.5' }, { maxDaysLate: 20, factor: '0.2' }] } }, ['plan', 'timing', 'bands'], 'bands must rise in maxDaysLate'],
    ['a collected basis paid on invoice', { accrual: 'on_invoice' }, ['plan', 'basis'], "a 'collected' basis needs an accrual on collection or on target"],
    ['an unknown field', { holdbackPercentage: 10 }, ['plan'], 'Unrecognized key: "holdbackPercentage"'],
  ])('%s', (_, plan, path, message) => {
    const error = thrown(() => run(plan as Partial<CommissionPlan>));
    expect(error).toBeInstanceOf(HuikuanError);
    expect([error.code, error.message, error.issues]).toEqual(['invalid_input', `Invalid input to ${FN}: ${dotted(path)}: ${message}`, [{ path, message }]]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['shares of 33.3, 33.3 and 33.4', { splits: [{ salesRepId: 'a', share: '33.3' }, { salesRepId: 'b', share: '33.3' }, { salesRepId: 'c', share: '33.4' }] }],
    ['a rate of exactly 1', { rate: { type: 'flat', rate: 1 } }],
    ['one open tier', tiered('retroactive', [{ rate: '0.02' }])],
    ['retroactive rates that stay level', tiered('retroactive', [{ upTo: '100', rate: '0.02' }, { rate: '0.02' }])],
    ['a target gate above 100%', { gates: [{ metric: 'target_attainment', min: '1.2', effect: 'void' }] }],
  ])('accepts %s', (_, plan) => {
    expect(CommissionPlanSchema.safeParse({ ...cash3, ...plan }).success).toBe(true);
  });

  it('refuses a currency it does not know the minor unit of', () => {
    const error = thrown(() => calculateCommission({ ...cash3, currency: 'ZZZ' }, { ...input, receivables: [], allocations: [] }));
    expect([error.code, error.message, error.issues]).toEqual([
      'unsupported',
      `${FN}: plan.currency "ZZZ" is not a currency huikuan knows the minor unit of`,
      [{ path: ['plan', 'currency'], message: 'must be a currency huikuan knows' }],
    ]);
  });
});

describe('calculateCommission refuses a malformed input', () => {
  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['a period that ends before it starts', { period: { from: '2026-11-02', to: '2026-11-01' } }, ['input', 'period', 'to'], 'from must not be after to'],
    ['a repeated receivable id', { receivables: [INV1, INV2, { ...INV9, id: 'INV-1' }], allocations: [] }, ['input', 'receivables', 2, 'id'], 'repeats id "INV-1"'],
    ['an allocation to an unknown receivable', { allocations: [R1, { ...R1, receivableId: 'INV-7' }] }, ['input', 'allocations', 1, 'receivableId'], '"INV-7" is not among the receivables'],
    ['a write-off of an unknown receivable', { writeOffs: [{ receivableId: 'NOPE', date: '2026-11-15' }] }, ['input', 'writeOffs', 0, 'receivableId'], '"NOPE" is not among the receivables'],
    ['a refund of an unknown receivable', { refunds: [{ receivableId: 'NOPE', date: '2026-11-15' }] }, ['input', 'refunds', 0, 'receivableId'], '"NOPE" is not among the receivables'],
    ['an allocation that is not positive', { allocations: [{ ...R1, amount: '0' }] }, ['input', 'allocations', 0, 'amount'], 'must be positive'],
    ['an unknown field', { extra: 1 }, ['input'], 'Unrecognized key: "extra"'],
  ])('%s', (_, extra, path, message) => {
    const error = thrown(() => run({}, extra));
    expect([error.code, error.issues]).toEqual(['invalid_input', [{ path, message }]]);
    expect(error.message).toBe(`Invalid input to ${FN}: ${dotted(path)}: ${message}`);
  });

  it('accepts a period of one day', () => {
    expect(run({}, { period: { from: '2026-11-10', to: '2026-11-10' } }).payable.toString()).toBe('1500');
  });

  it('refuses a receivable in another currency, naming it', () => {
    const error = thrown(() => run({}, { receivables: [INV1, { ...INV2, currency: 'USD' }, INV9] }));
    expect([error.code, error.message, error.issues]).toEqual([
      'currency_mismatch',
      `${FN}: input.receivables[1] is in USD but the plan pays in CNY`,
      [{ path: ['input', 'receivables', 1, 'currency'], message: 'is in USD but the plan pays in CNY' }],
    ]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['on collection', { basis: 'margin' }, {}],
    ['on invoice', { basis: 'margin', accrual: 'on_invoice' }, { period: { from: '2026-09-01', to: '2026-10-31' } }],
  ])('refuses a margin basis without the margin of a receivable that earns, %s', (_, plan, extra) => {
    const { margin: _m, ...noMargin } = INV2;
    const error = thrown(() => run(plan, { receivables: [INV1, noMargin, INV9], ...extra }));
    expect([error.code, error.message, error.issues]).toEqual([
      'invalid_input',
      `Invalid input to ${FN}: input.receivables[1].margin: is needed by the plan's margin basis`,
      [{ path: ['input', 'receivables', 1, 'margin'], message: "is needed by the plan's margin basis" }],
    ]);
  });

  it('needs no margin on a receivable that earns nothing', () => {
    // INV-9 is Wang's and has no margin: Li's statement does not need it.
    expect(run({ basis: 'margin', rate: { type: 'flat', rate: '0.1' } }).payable.toString()).toBe('2300');
  });

  it('refuses a target gate without a target', () => {
    const error = thrown(() => run({ gates: [{ metric: 'target_attainment', min: 1, effect: 'void' }] }));
    expect([error.code, error.message, error.issues]).toEqual([
      'invalid_input',
      `Invalid input to ${FN}: input.targets: is needed by a target_attainment gate`,
      [{ path: ['input', 'targets'], message: 'is needed by a target_attainment gate' }],
    ]);
  });
});

describe('calculateCommission: a malformed period date', () => {
  it.each([
    [{ from: '2026-13-01', to: '2026-11-30' }, ['input', 'period', 'from']],
    [{ from: '2026-11-01', to: '2026-02-30' }, ['input', 'period', 'to']],
  ])('%j is reported once, without a spurious order error (found in review)', (period, path) => {
    try {
      run({}, { period });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HuikuanError);
      const issues = (error as HuikuanError).issues;
      expect(issues.map((i) => i.path)).toEqual([path]);
      expect(issues.some((i) => i.message === 'from must not be after to')).toBe(false);
    }
  });
});
