import { describe, expect, it } from 'vitest';
import { creditLimit, type CreditLimitInput, type CreditPolicy } from '../../src/credit/index.js';
import { thrown } from '../support/thrown.js';

const policy: CreditPolicy = {
  id: 'POLICY-2026',
  grades: {
    AAA: { factor: '1.2', maxTermDays: 90 },
    AA: { factor: 1, maxTermDays: 90 },
    A: { factor: '0.8', maxTermDays: 60 },
    BBB: { factor: '0.6', maxTermDays: 45 },
    BB: { factor: '0.4', maxTermDays: 30 },
    B: { factor: '0.2', maxTermDays: 30 },
    C: { factor: 0, maxTermDays: 0, prepayment: true },
  },
  caps: { percentOfNetWorth: 20, absolute: '5000000' },
};
const sales = { currency: 'CNY', averageMonthlySales: '500000' };

describe('creditLimit: the formula', () => {
  it('is 500,000 a month × (60 ÷ 30) months × 0.8, explained step by step', () => {
    const result = creditLimit(policy, { grade: 'A', ...sales });
    expect([result.currency, result.limit.toString(), result.termDays, result.prepaymentRequired, result.source]).toEqual(['CNY', '800000', 60, false, 'default']);
    expect(result.basis.map((b) => [b.step, b.value?.toString() ?? null, b.explanation])).toEqual([
      ['terms', null, 'grade A (default policy): factor 0.8, terms 60 days'],
      ['sales_based', '800000', 'average monthly sales 500000 × (60 ÷ 30) months × factor 0.8 = 800000'],
      ['cap', '5000000', 'cap: the absolute cap = 5000000'],
      ['result', '800000', 'limit 800000.00 CNY, rounded down to the minor unit'],
    ]);
  });

  it('takes the lowest cap that applies, marking it binding', () => {
    const capped = creditLimit(policy, { grade: 'A', ...sales, netWorth: '3000000' });
    expect(capped.limit.toString()).toBe('600000');
    expect(capped.basis.map((step) => step.explanation)).toEqual([
      'grade A (default policy): factor 0.8, terms 60 days',
      'average monthly sales 500000 × (60 ÷ 30) months × factor 0.8 = 800000',
      'cap: 20% of net worth 3000000 = 600000 (binding)',
      'cap: the absolute cap = 5000000',
      'limit 600000.00 CNY, rounded down to the minor unit',
    ]);
  });

  it('applies each percent cap only with its figure, and a cap equal to the limit is not binding', () => {
    const p: CreditPolicy = { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } }, caps: { percentOfNetWorth: 50, percentOfWorkingCapital: 25 } };
    const at = (input: Partial<CreditLimitInput>) => creditLimit(p, { grade: 'A', currency: 'CNY', averageMonthlySales: '100000', ...input });
    expect(at({}).basis.map((b) => b.step)).toEqual(['terms', 'sales_based', 'result']);
    expect(at({ workingCapital: '200000' }).basis.filter((b) => b.step === 'cap').map((b) => b.explanation)).toEqual(['cap: 25% of working capital 200000 = 50000 (binding)']);
    expect(at({ workingCapital: '200000' }).limit.toString()).toBe('50000');
    expect(at({ netWorth: '200000' }).basis.filter((b) => b.step === 'cap').map((b) => b.explanation)).toEqual(['cap: 50% of net worth 200000 = 100000']);
    expect(at({ netWorth: '200000' }).limit.toString()).toBe('100000');
    // Two caps below the sales-based figure: only the one that lowers the limit further is binding.
    expect(at({ netWorth: '160000', workingCapital: '280000' }).basis.filter((b) => b.step === 'cap').map((b) => b.explanation)).toEqual([
      'cap: 50% of net worth 160000 = 80000 (binding)',
      'cap: 25% of working capital 280000 = 70000 (binding)',
    ]);
    expect(at({ netWorth: '120000', workingCapital: '360000' }).basis.filter((b) => b.step === 'cap').map((b) => b.explanation)).toEqual([
      'cap: 50% of net worth 120000 = 60000 (binding)',
      'cap: 25% of working capital 360000 = 90000',
    ]);
  });

  it('ignores a figure the policy has no cap for', () => {
    const absolute: CreditPolicy = { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } }, caps: { absolute: '80000' } };
    const r = creditLimit(absolute, { grade: 'A', currency: 'CNY', averageMonthlySales: '100000', netWorth: '1', workingCapital: '1' });
    expect([r.limit.toString(), r.basis.filter((b) => b.step === 'cap').map((b) => b.explanation)]).toEqual(['80000', ['cap: the absolute cap = 80000 (binding)']]);
    const none = creditLimit({ id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } } }, { grade: 'A', currency: 'CNY', averageMonthlySales: '100000', netWorth: '1', workingCapital: '1' });
    expect([none.limit.toString(), none.basis.map((b) => b.step)]).toEqual(['100000', ['terms', 'sales_based', 'result']]);
  });

  it('counts a negative net worth or working capital as 0, capping the limit at 0', () => {
    const p: CreditPolicy = { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } }, caps: { percentOfNetWorth: 50, percentOfWorkingCapital: 25 } };
    const worth = creditLimit(p, { grade: 'A', currency: 'CNY', averageMonthlySales: '100000', netWorth: '-500000' });
    expect([worth.limit.toString(), worth.basis[2]!.explanation]).toEqual(['0', 'cap: 50% of net worth -500000 = 0 (binding)']);
    const capital = creditLimit(p, { grade: 'A', currency: 'CNY', averageMonthlySales: '100000', workingCapital: '-1' });
    expect([capital.limit.toString(), capital.basis[2]!.explanation]).toEqual(['0', 'cap: 25% of working capital -1 = 0 (binding)']);
  });

  it('uses creditPeriodMonths when given, and divides by 30 last otherwise', () => {
    const p: CreditPolicy = {
      id: 'P',
      grades: { A: { factor: '0.5', maxTermDays: 30, creditPeriodMonths: 2 }, B: { factor: '0.5', maxTermDays: 30 }, F: { factor: 1, maxTermDays: 40 } },
    };
    const a = creditLimit(p, { grade: 'A', ...sales });
    expect([a.limit.toString(), a.termDays, a.basis[1]!.explanation]).toEqual(['500000', 30, 'average monthly sales 500000 × 2 months × factor 0.5 = 500000']);
    const f = creditLimit(p, { grade: 'F', currency: 'CNY', averageMonthlySales: '300000' });
    expect([f.limit.toString(), f.basis[1]!.explanation]).toEqual(['400000', 'average monthly sales 300000 × (40 ÷ 30) months × factor 1 = 400000']);
  });

  it.each([
    ['CNY', '333.33', undefined, '166.66', '166.665', 'limit 166.66 CNY, rounded down to the minor unit'],
    ['JPY', '333', undefined, '166', '166.5', 'limit 166 JPY, rounded down to the minor unit'],
    ['KWD', '333.3333', undefined, '166.666', '166.66665', 'limit 166.666 KWD, rounded down to the minor unit'],
    ['XAU', '333', 3, '166.5', '166.5', 'limit 166.500 XAU, rounded down to the minor unit'],
    ['CNY', '0.01', undefined, '0', '0.005', 'limit 0.00 CNY, rounded down to the minor unit'],
  ])('rounds down in %s: %s a month on 30-day terms at 0.5 is %s', (currency, monthly, scale, limit, exact, explanation) => {
    const p: CreditPolicy = { id: 'P', grades: { B: { factor: '0.5', maxTermDays: 30 } } };
    const r = creditLimit(p, { grade: 'B', currency, averageMonthlySales: monthly, ...(scale === undefined ? {} : { scale }) });
    expect([r.limit.toString(), r.basis[1]!.value?.toString(), r.basis.at(-1)!.explanation]).toEqual([limit, exact, explanation]);
  });

  it('gives a prepayment grade no credit, whatever its factor', () => {
    const p: CreditPolicy = { id: 'P', grades: { C: { factor: 5, maxTermDays: 90, prepayment: true }, D: { factor: 1, maxTermDays: 30, prepayment: false } } };
    const cash = creditLimit(p, { grade: 'C', ...sales });
    expect([cash.limit.toString(), cash.termDays, cash.prepaymentRequired, cash.source]).toEqual(['0', 0, true, 'default']);
    expect(cash.basis.map((b) => [b.step, b.value?.toString() ?? null, b.explanation])).toEqual([
      ['terms', null, 'grade C (default policy): factor 5, terms 90 days'],
      ['prepayment', '0', 'grade C trades on prepayment: no credit'],
    ]);
    expect(creditLimit(p, { grade: 'D', ...sales })).toMatchObject({ prepaymentRequired: false, termDays: 30 });
  });
});

describe('creditLimit: customer → group → default', () => {
  const layered: CreditPolicy = {
    id: 'POLICY-2026',
    grades: { A: { factor: '0.8', maxTermDays: 60 }, B: { factor: '0.5', maxTermDays: 30 } },
    caps: { percentOfNetWorth: 20, absolute: '5000000' },
    groups: { STATE: { grades: { A: { factor: 1, maxTermDays: 90 } } }, RETAIL: { caps: { absolute: '150000' } } },
    customers: { 'C-9': { caps: { absolute: '300000' } }, 'C-7': { grades: { B: { factor: 2, maxTermDays: 45 } } } },
  };
  const limit = (input: { grade: string; groupId?: string; customerId?: string }) => {
    const r = creditLimit(layered, { currency: 'CNY', averageMonthlySales: '500000', netWorth: '1000000', ...input });
    return `${r.limit} ${r.termDays} days (${r.source})`;
  };

  it.each([
    [{ grade: 'A' }, '200000 60 days (default)'],
    [{ grade: 'A', groupId: 'STATE' }, '200000 90 days (group)'],
    [{ grade: 'B', groupId: 'STATE' }, '200000 30 days (default)'],
    [{ grade: 'A', customerId: 'C-9' }, '300000 60 days (default)'],
    [{ grade: 'A', groupId: 'STATE', customerId: 'C-9' }, '300000 90 days (group)'],
    [{ grade: 'B', customerId: 'C-7' }, '200000 45 days (customer)'],
    [{ grade: 'B', customerId: 'C-7', groupId: 'STATE' }, '200000 45 days (customer)'],
    [{ grade: 'A', customerId: 'C-7' }, '200000 60 days (default)'],
    [{ grade: 'A', groupId: 'RETAIL' }, '150000 60 days (default)'], // the group's caps replace the default's, net worth included
    [{ grade: 'A', groupId: 'RETAIL', customerId: 'C-9' }, '300000 60 days (default)'], // the customer's caps come first
    [{ grade: 'A', groupId: 'NONE', customerId: 'NOBODY' }, '200000 60 days (default)'],
    [{ grade: 'A', groupId: 'constructor', customerId: 'toString' }, '200000 60 days (default)'],
  ])('%j: %s', (input, expected) => {
    expect(limit(input)).toBe(expected);
  });

  it('applies no override to a customer without an id or a group', () => {
    const named: CreditPolicy = { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } }, groups: { undefined: { grades: { A: { factor: 9, maxTermDays: 90 } } } }, customers: { undefined: { caps: { absolute: '1' } } } };
    const r = creditLimit(named, { grade: 'A', currency: 'CNY', averageMonthlySales: '1000' });
    expect([r.limit.toString(), r.termDays, r.source]).toEqual(['1000', 30, 'default']);
  });

  it('names the level in the terms step', () => {
    expect(creditLimit(layered, { grade: 'B', customerId: 'C-7', ...sales }).basis[0]!.explanation).toBe('grade B (customer policy): factor 2, terms 45 days');
    expect(creditLimit(layered, { grade: 'A', groupId: 'STATE', ...sales }).basis[0]!.explanation).toBe('grade A (group policy): factor 1, terms 90 days');
  });
});

describe('creditLimit: errors', () => {
  it('refuses a grade with no terms, never a silent zero', () => {
    for (const grade of ['D', 'constructor', 'hasOwnProperty']) {
      const error = thrown(() => creditLimit({ id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } } }, { grade, currency: 'CNY', averageMonthlySales: '1' }));
      expect([error.code, error.issues]).toEqual(['invalid_input', [{ path: ['input', 'grade'], message: `"${grade}" has no terms in policy "P"` }]]);
      expect(error.message).toBe(`Invalid input to creditLimit: input.grade: "${grade}" has no terms in policy "P"`);
    }
  });

  it.each<[string, unknown, unknown, { path: (string | number)[]; message: string }[]]>([
    ['a percent cap above 100', { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } }, caps: { percentOfNetWorth: 120 } }, { grade: 'A', ...sales }, [{ path: ['policy', 'caps', 'percentOfNetWorth'], message: 'must be a percent from 0 to 100' }]],
    ['a negative factor', { id: 'P', grades: { A: { factor: -1, maxTermDays: 30 } } }, { grade: 'A', ...sales }, [{ path: ['policy', 'grades', 'A', 'factor'], message: 'must not be negative' }]],
    ['a factor above 100', { id: 'P', grades: { A: { factor: '100.01', maxTermDays: 30 } } }, { grade: 'A', ...sales }, [{ path: ['policy', 'grades', 'A', 'factor'], message: 'must be at most 100' }]],
    ['terms of 3,651 days', { id: 'P', grades: { A: { factor: 1, maxTermDays: 3651 } } }, { grade: 'A', ...sales }, [{ path: ['policy', 'grades', 'A', 'maxTermDays'], message: 'Too big: expected number to be <=3650' }]],
    ['a credit period of 0 months', { id: 'P', grades: { A: { factor: 1, maxTermDays: 30, creditPeriodMonths: 0 } } }, { grade: 'A', ...sales }, [{ path: ['policy', 'grades', 'A', 'creditPeriodMonths'], message: 'must be positive' }]],
    ['a negative absolute cap', { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } }, caps: { absolute: '-1' } }, { grade: 'A', ...sales }, [{ path: ['policy', 'caps', 'absolute'], message: 'must not be negative' }]],
    ['a group override with a typo', { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } }, groups: { G: { grade: {} } } }, { grade: 'A', ...sales }, [{ path: ['policy', 'groups', 'G'], message: 'Unrecognized key: "grade"' }]],
    ['negative sales', { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } } }, { grade: 'A', currency: 'CNY', averageMonthlySales: '-1' }, [{ path: ['input', 'averageMonthlySales'], message: 'must not be negative' }]],
    ['a scale of 13', { id: 'P', grades: { A: { factor: 1, maxTermDays: 30 } } }, { grade: 'A', ...sales, scale: 13 }, [{ path: ['input', 'scale'], message: 'Too big: expected number to be <=12' }]],
  ])('refuses %s', (_name, p, input, expected) => {
    const error = thrown(() => creditLimit(p as CreditPolicy, input as CreditLimitInput));
    expect([error.code, error.issues]).toEqual(['invalid_input', expected]);
  });

  it('refuses a currency it does not know without a scale', () => {
    const error = thrown(() => creditLimit(policy, { grade: 'A', currency: 'XAU', averageMonthlySales: '1' }));
    expect([error.code, error.issues]).toEqual(['unsupported', [{ path: ['input', 'currency'], message: 'unknown currency: pass input.scale' }]]);
  });

  it('does not mutate its input', () => {
    const input = { grade: 'A', ...sales, netWorth: '3000000' };
    const before = JSON.stringify([policy, input]);
    creditLimit(policy, input);
    expect(JSON.stringify([policy, input])).toBe(before);
  });
});
