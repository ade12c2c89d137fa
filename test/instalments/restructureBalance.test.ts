import { describe, expect, it } from 'vitest';
import { restructureBalance, type RestructureInput } from '../../src/instalments/index.js';
import { thrown } from '../support/thrown.js';

const base = { outstanding: '10000', currency: 'CNY', firstDueDate: '2026-12-15', every: { months: 1 } } as const;

describe('restructureBalance: input checks name the field', () => {
  it.each<[Partial<RestructureInput>, (string | number)[], string]>([
    [{ outstanding: '0', count: 2 }, ['input', 'outstanding'], 'the outstanding balance must be positive'],
    [{ outstanding: '-5', count: 2 }, ['input', 'outstanding'], 'the outstanding balance must be positive'],
    [{ instalmentAmount: '0' }, ['input', 'instalmentAmount'], 'the instalment amount must be positive'],
    [{ instalmentAmount: '-100' }, ['input', 'instalmentAmount'], 'the instalment amount must be positive'],
    [{}, ['input', 'count'], 'give either count or instalmentAmount (exactly one)'],
  ])('%j', (patch, path, message) => {
    expect(thrown(() => restructureBalance({ ...base, ...patch } as RestructureInput))).toMatchObject({ code: 'invalid_input', issues: [{ path, message }] });
  });

  it('names input.outstanding when it is finer than the minor unit', () => {
    expect(thrown(() => restructureBalance({ ...base, outstanding: '100.001', count: 2 }))).toMatchObject({
      code: 'invalid_input',
      message: 'Invalid input to restructureBalance: input.outstanding has 3 decimal places but CNY allows 2: round it first with roundMoney',
      issues: [{ path: ['input', 'outstanding'] }],
    });
  });

  it('names input.currency and input.scale for a currency it does not know, and takes a scale for it', () => {
    expect(thrown(() => restructureBalance({ ...base, currency: 'XAU', count: 2 }))).toMatchObject({
      code: 'unsupported',
      issues: [{ path: ['input', 'currency'], message: 'unknown currency: pass input.scale' }],
    });
    const plan = restructureBalance({ ...base, outstanding: '1', currency: 'XAU', scale: 4, count: 3 });
    expect(plan.rows.map((r) => r.payment.toString())).toEqual(['0.3334', '0.3333', '0.3333']);
  });

  it('names input.instalmentAmount when it cannot repay the balance (the guide’s messages)', () => {
    expect(thrown(() => restructureBalance({ ...base, instalmentAmount: '100', annualRate: '0.12' }))).toMatchObject({
      issues: [{ path: ['input', 'instalmentAmount'], message: "100.00 does not cover the first period's interest of 100.00, so the balance would never fall" }],
    });
    expect(thrown(() => restructureBalance({ ...base, instalmentAmount: '0.01' }))).toMatchObject({
      issues: [{ path: ['input', 'instalmentAmount'], message: 'is too small: repaying would take more than 1200 instalments' }],
    });
  });
});

describe('restructureBalance: at most 1,200 instalments', () => {
  it('accepts a plan of exactly 1,200 instalments, without interest', () => {
    const plan = restructureBalance({ ...base, outstanding: '1200', instalmentAmount: '1' });
    expect([plan.rows.length, plan.rows.at(-1)!.payment.toString(), plan.rows.at(-1)!.balance.toString()]).toEqual([1200, '1', '0']);
  });

  it('with interest: 1,130 at 0.12% a year paying 1 a month takes 1,200 instalments; 1,131 would take 1,201', () => {
    const input = { ...base, instalmentAmount: '1', annualRate: '0.0012' } as const;
    const plan = restructureBalance({ ...input, outstanding: '1130' });
    expect(plan.rows).toHaveLength(1200);
    expect(plan.rows[0]!.interest.toString()).toBe('0.11'); // 1130 × 0.0001 = 0.113
    expect(plan.rows.at(-1)!.balance.toString()).toBe('0');
    expect(() => restructureBalance({ ...input, outstanding: '1131' })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('more than 1200 instalments') }),
    );
  });

  it('stops counting after 1,200 even when repaying would take 10^22 instalments', () => {
    // 10^20 at 1e-20 a year: 0.08 of interest a month, so 0.09 repays one fen at a time.
    expect(() => restructureBalance({ ...base, outstanding: '100000000000000000000', instalmentAmount: '0.09', annualRate: '1e-20' })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('more than 1200 instalments') }),
    );
  });
});

describe('restructureBalance: level payments with interest', () => {
  it('counts the payments the interest adds: 10,000 at 1% a month paying 2,550 takes five, not four', () => {
    const plan = restructureBalance({ ...base, instalmentAmount: '2550', annualRate: '0.12' });
    // 10000 → 7550 (100 interest) → 5075.5 (75.5) → 2576.26 (50.76) → 52.02 (25.76) → 0 (0.52)
    expect(plan.rows.map((r) => [r.payment.toString(), r.interest.toString(), r.balance.toString()])).toEqual([
      ['2550', '100', '7550'],
      ['2550', '75.5', '5075.5'],
      ['2550', '50.76', '2576.26'],
      ['2550', '25.76', '52.02'],
      ['52.54', '0.52', '0'],
    ]);
    expect(plan.payment?.toString()).toBe('2550');
    expect(plan.totalInterest.toString()).toBe('252.54');
  });
});

describe('restructureBalance: due dates', () => {
  it('leaves dates where they fall by default, and rolls them when asked', () => {
    // 2026-11-14 is a Saturday; a month later, 2026-12-14, a Monday.
    const input = { ...base, firstDueDate: '2026-11-14', count: 2 } as const;
    expect(restructureBalance(input).rows.map((r) => r.dueDate)).toEqual(['2026-11-14', '2026-12-14']);
    expect(restructureBalance({ ...input, roll: 'following' }).rows.map((r) => r.dueDate)).toEqual(['2026-11-16', '2026-12-14']);
    expect(restructureBalance({ ...input, roll: 'preceding', every: { days: 7 } }).rows.map((r) => r.dueDate)).toEqual(['2026-11-13', '2026-11-20']);
  });

  it('does not mutate its input', () => {
    const input = { ...base, every: { months: 2 }, instalmentAmount: '3000', annualRate: '0.06' };
    const copy = structuredClone(input);
    restructureBalance(Object.freeze(input));
    expect(input).toEqual(copy);
  });
});
