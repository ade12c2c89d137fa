import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { amortize, annuityPayment, restructureBalance } from '../../src/instalments/index.js';
import { thrown } from '../support/thrown.js';

const rows = (s: ReturnType<typeof amortize>) =>
  s.rows.map((r) => [r.seq, r.dueDate, r.payment.toString(), r.interest.toString(), r.principal.toString(), r.balance.toString()]);

describe('annuityPayment (PMT)', () => {
  // Published figures: Microsoft's PMT examples, and the textbook 30-year mortgage.
  it.each([
    ['10000', new Decimal('0.08').div(12), 10, '1037.03'], // =PMT(8%/12, 10, 10000) → ($1,037.03)
    ['200000', new Decimal('0.06').div(12), 360, '1199.10'], // $200,000 at 6% for 30 years
    ['2000', new Decimal('0.1').div(12), 24, '92.29'], // the loan of Microsoft's PPMT example
    ['1000', '0.1', 3, '402.11'], // 1000 · 0.1 / (1 − 1.1^−3) = 402.1148
  ])('PMT of %s at %s per period over %i periods is %s', (principal, rate, periods, expected) => {
    expect(annuityPayment(principal, rate, periods).toFixed(2)).toBe(expected);
  });

  it('stays finite at the smallest rate accepted (found by the fuzz suite: 5e-324 once divided by zero)', () => {
    expect(annuityPayment('1000', '1e-20', 12).toFixed(2)).toBe('83.33');
    expect(() => annuityPayment('1000', 5e-324, 12)).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('divides evenly at a zero rate', () => {
    expect(annuityPayment('1200', 0, 12).toString()).toBe('100');
  });

  it.each([
    [['1000', '-0.01', 12], 'periodRate'],
    [['1000', '0.01', 0], 'periods'],
    [['1000', '0.01', 1.5], 'periods'],
    [['abc', '0.01', 12], 'principal'],
  ])('rejects %j', (args, path) => {
    expect(() => (annuityPayment as (...a: unknown[]) => unknown)(...args)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(path) }),
    );
  });
});

describe('amortize', () => {
  it('matches Excel’s PMT, IPMT and PPMT for 10,000 at 8% over 10 months', () => {
    const s = amortize({ principal: '10000', annualRate: '0.08', periods: 10, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-31', currency: 'USD' });
    expect(s.payment?.toString()).toBe('1037.03');
    expect(s.periodRate.toFixed(10)).toBe('0.0066666667');
    // =IPMT(8%/12, 1, 10, 10000) → 66.67. Excel's PPMT gives 970.3654 (970.37): here the
    // principal is the rounded payment less the rounded interest, 1037.03 − 66.67.
    expect(rows(s)[0]).toEqual([1, '2026-01-31', '1037.03', '66.67', '970.36', '9029.64']);
    expect(rows(s)[1]).toEqual([2, '2026-02-28', '1037.03', '60.2', '976.83', '8052.81']);
    // The last row absorbs the rounding of the level payment.
    expect(rows(s)[9]).toEqual([10, '2026-10-31', '1037.07', '6.87', '1030.2', '0']);
    expect(s.totalInterest.toString()).toBe('370.34');
    expect(s.totalPayment.toString()).toBe('10370.34');
  });

  it('matches IPMT(10%/12, 1, 36, 8000) = 66.67 and PPMT(10%/12, 1, 24, 2000) = 75.62', () => {
    const a = amortize({ principal: '8000', annualRate: '0.1', periods: 36, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-15', currency: 'USD' });
    expect(a.rows[0]?.interest.toString()).toBe('66.67');
    const b = amortize({ principal: '2000', annualRate: '0.1', periods: 24, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-15', currency: 'USD' });
    expect(b.rows[0]?.principal.toString()).toBe('75.62');
  });

  it('repays 1000 at 10% a year in three annual payments (checked by hand)', () => {
    const s = amortize({ principal: '1000', annualRate: '0.1', periods: 3, frequency: 'annual', method: 'annuity', firstDueDate: '2026-12-31', currency: 'CNY' });
    expect(rows(s)).toEqual([
      [1, '2026-12-31', '402.11', '100', '302.11', '697.89'],
      [2, '2027-12-31', '402.11', '69.79', '332.32', '365.57'],
      [3, '2028-12-31', '402.13', '36.56', '365.57', '0'],
    ]);
  });

  it('repays equal principal (等额本金) with falling interest', () => {
    const s = amortize({ principal: '1200', annualRate: '0.12', periods: 3, frequency: 'monthly', method: 'equal_principal', firstDueDate: '2026-01-31', currency: 'CNY' });
    expect(s.payment).toBeNull();
    expect(rows(s)).toEqual([
      [1, '2026-01-31', '412', '12', '400', '800'],
      [2, '2026-02-28', '408', '8', '400', '400'],
      [3, '2026-03-31', '404', '4', '400', '0'],
    ]);
  });

  it('steps quarterly and half-yearly, and rolls due dates when asked', () => {
    const q = amortize({ principal: '1000', annualRate: '0.08', periods: 4, frequency: 'quarterly', method: 'equal_principal', firstDueDate: '2026-03-31', currency: 'CNY' });
    expect(q.rows.map((r) => r.dueDate)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(q.rows[0]?.interest.toString()).toBe('20'); // 1000 × 0.08 / 4
    const h = amortize({ principal: '1000', annualRate: 0, periods: 2, frequency: 'semiannual', method: 'annuity', firstDueDate: '2026-04-04', currency: 'CNY', roll: 'following' });
    expect(h.rows.map((r) => r.dueDate)).toEqual(['2026-04-06', '2026-10-05']); // Saturday and Sunday rolled
    expect(h.rows.map((r) => r.payment.toString())).toEqual(['500', '500']);
  });

  it('never lets a rounded-up payment overshoot the balance', () => {
    const s = amortize({ principal: '0.10', annualRate: 0, periods: 12, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-31', currency: 'CNY' });
    expect(s.payment?.toString()).toBe('0.01');
    expect(s.rows.map((r) => r.principal.toString())).toEqual(['0.01', '0.01', '0.01', '0.01', '0.01', '0.01', '0.01', '0.01', '0.01', '0.01', '0', '0']);
    expect(s.rows.every((r) => !r.balance.isNegative())).toBe(true);
  });

  it.each([
    [{ principal: '0' }, 'input.principal: must be positive'],
    [{ principal: '100.001' }, 'input.principal has 3 decimal places'],
    [{ annualRate: '-0.01' }, 'input.annualRate'],
    [{ periods: 0 }, 'input.periods'],
    [{ frequency: 'weekly' }, 'input.frequency'],
    [{ method: 'balloon' }, 'input.method'],
    [{ firstDueDate: '2026-02-30' }, 'input.firstDueDate'],
  ])('rejects %j', (patch, message) => {
    const input = { principal: '1000', annualRate: '0.1', periods: 12, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-31', currency: 'CNY', ...patch };
    expect(() => amortize(input as never)).toThrowError(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }));
  });
});

describe('restructureBalance', () => {
  const base = { outstanding: '10000', currency: 'CNY', firstDueDate: '2026-12-15', every: { months: 1 } } as const;

  it('splits into parts of a given size, the leftover on the last', () => {
    const plan = restructureBalance({ ...base, instalmentAmount: '3000' });
    expect(plan.rows.map((r) => [r.dueDate, r.payment.toString(), r.balance.toString()])).toEqual([
      ['2026-12-15', '3000', '7000'],
      ['2027-01-15', '3000', '4000'],
      ['2027-02-15', '3000', '1000'],
      ['2027-03-15', '1000', '0'],
    ]);
    expect(plan.totalInterest.toString()).toBe('0');
  });

  it('splits into N equal parts, the first parts taking the extra fen', () => {
    const plan = restructureBalance({ ...base, outstanding: '100', count: 3, every: { days: 14 } });
    expect(plan.rows.map((r) => [r.dueDate, r.payment.toString()])).toEqual([
      ['2026-12-15', '33.34'],
      ['2026-12-29', '33.33'],
      ['2027-01-12', '33.33'],
    ]);
  });

  it('bears interest at a monthly period rate: annuity over a count', () => {
    const plan = restructureBalance({ ...base, count: 10, annualRate: '0.08' });
    expect(plan.payment?.toString()).toBe('1037.03'); // same as amortize: 10,000 at 8% over 10 months
    expect(plan.rows[9]?.balance.toString()).toBe('0');
  });

  it('bears interest with a level payment: 10,000 at 12% a year paying 3,000 a month', () => {
    const plan = restructureBalance({ ...base, instalmentAmount: '3000', annualRate: '0.12' });
    // Checked by hand at 1% a month: interest on the opening balance, the rest repays principal.
    expect(plan.rows.map((r) => [r.interest.toString(), r.principal.toString(), r.balance.toString()])).toEqual([
      ['100', '2900', '7100'],
      ['71', '2929', '4171'],
      ['41.71', '2958.29', '1212.71'],
      ['12.13', '1212.71', '0'],
    ]);
  });

  it('uses days / 365 for a day-based period', () => {
    const plan = restructureBalance({ ...base, outstanding: '3650', count: 1, every: { days: 30 }, annualRate: '0.1' });
    expect(plan.rows[0]?.interest.toString()).toBe('30'); // 3650 × 0.1 × 30 / 365
  });

  it('reports the payment of a single row that repays everything, not the larger instalment asked for', () => {
    const plan = restructureBalance({ ...base, instalmentAmount: '20000' });
    expect([plan.payment?.toString(), plan.rows.length, plan.rows[0]?.payment.toString()]).toEqual(['10000', 1, '10000']);
  });

  it('names the field of an amount finer than the minor unit, and the scale option of an unknown currency', () => {
    expect(() => restructureBalance({ ...base, instalmentAmount: '10.001' })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('input.instalmentAmount has 3 decimal places') }),
    );
    expect(() => restructureBalance({ ...base, currency: 'XAU', count: 2 })).toThrowError(
      expect.objectContaining({ code: 'unsupported', message: expect.stringContaining('pass input.scale') }),
    );
  });

  it('refuses an instalment that never covers the interest, or would take too long', () => {
    expect(() => restructureBalance({ ...base, instalmentAmount: '100', annualRate: '0.12' })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining("does not cover the first period's interest of 100.00") }),
    );
    expect(() => restructureBalance({ ...base, instalmentAmount: '0.01' })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('more than 1200 instalments') }),
    );
  });

  it('asks for exactly one of count and instalmentAmount', () => {
    expect(() => restructureBalance({ ...base })).toThrowError(expect.objectContaining({ message: expect.stringContaining('exactly one') }));
    expect(() => restructureBalance({ ...base, count: 2, instalmentAmount: '10' })).toThrowError(expect.objectContaining({ message: expect.stringContaining('exactly one') }));
  });
});

describe('amortize and annuityPayment: the errors users see', () => {

  it.each<[unknown[], string, (string | number)[], string]>([
    [['-1', '0.01', 12], 'principal', ['principal'], 'must not be negative'],
    [['1000', '-0.01', 12], 'periodRate', ['periodRate'], 'must not be negative'],
    [['1000', '0.01', 0], 'periods', ['periods'], 'must be a whole number of periods from 1 to 1200'],
    [['1000', '0.01', 1201], 'periods', ['periods'], 'must be a whole number of periods from 1 to 1200'],
  ])('annuityPayment(%j) names %s', (args, field, path, message) => {
    const error = thrown(() => (annuityPayment as (...a: unknown[]) => unknown)(...args));
    expect(error).toMatchObject({ code: 'invalid_input', message: `Invalid input to annuityPayment: ${field}: ${message}`, issues: [{ path, message }] });
  });

  it('takes a zero principal (PMT of nothing is nothing)', () => {
    expect(annuityPayment('0', '0.01', 12).isZero()).toBe(true);
  });

  it('names input.currency and input.scale for a currency it does not know, and takes a scale for it', () => {
    const input = { principal: '1000', annualRate: '0.12', periods: 2, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-31', currency: 'XAU' } as const;
    expect(thrown(() => amortize(input))).toMatchObject({
      code: 'unsupported',
      message: 'amortize: unknown currency "XAU"; pass input.scale (its number of minor-unit digits) instead of letting huikuan guess',
      issues: [{ path: ['input', 'currency'], message: 'unknown currency: pass input.scale' }],
    });
    // 1% a month: PMT = 1000 × 0.01 / (1 − 1.01^−2) = 507.5124…
    expect(amortize({ ...input, scale: 3 }).rows.map((r) => r.payment.toString())).toEqual(['507.512', '507.513']);
  });
});
