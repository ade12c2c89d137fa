import { describe, expect, it } from 'vitest';
import { INV1, R1, R2, run, texts, textsZh, view } from './fixtures.js';

const bands = { timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.5' }, { maxDaysLate: 90, factor: '0.2' }] } };
const longPeriod = { from: '2026-10-01', to: '2027-03-31' };
/** One receipt of 1,000 on INV-1 (due 2026-10-31) on `date`. */
const paidOn = (date: string, extra: Record<string, string> = {}) => [{ receiptId: 'R', receivableId: 'INV-1', amount: '1000', date, ...extra }];

describe('decay bands', () => {
  // A receipt takes the factor of the first band whose maxDaysLate it does not exceed; early counts as 0 days.
  it.each([
    ['2026-10-21', -10, '1', '30', 0],
    ['2026-10-31', 0, '1', '30', 0],
    ['2026-11-01', 1, '0.5', '15', 1],
    ['2026-11-30', 30, '0.5', '15', 30],
    ['2026-12-01', 31, '0.2', '6', 31],
    ['2027-01-29', 90, '0.2', '6', 90],
    ['2027-01-30', 91, '0', '0', 91],
  ])('paid on %s (%i days late): factor %s, 1,000 × 3% × factor = %s', (date, _late, factor, amount, shownDays) => {
    const s = run(bands, { period: longPeriod, allocations: paidOn(date) });
    expect(view(s)).toEqual([`accrual R ${amount}`]);
    expect(s.lines[0]!.factor?.toString()).toBe(factor);
    expect(texts(s)).toEqual([`receipt R on INV-1: collected 1000 × 3% × ${factor} for ${shownDays} days late = ${amount}`]);
    expect(textsZh(s)).toEqual([`回款R（INV-1）：回款1000 × 3% × 系数${factor}（逾期${shownDays}天） = ${amount}`]);
  });

  it('measure lateness from the instalment’s due date when the allocation gives one', () => {
    // R1 is 10 days after INV-1's due date but 10 days before its instalment's.
    const s = run(bands, { allocations: [{ ...R1, dueDate: '2026-11-20' }] });
    expect(view(s)).toEqual(['accrual R1 1500']);
    expect(texts(s)).toEqual(['receipt R1 on INV-1: collected 50000 × 3% × 1 for 0 days late = 1500']);
  });
});

describe('bonus and penalty interest (奖息/罚息)', () => {
  const interest = (early: string, late: string) => ({ timing: { earlyBonusMonthlyRate: early, latePenaltyMonthlyRate: late } });

  it('adds a bonus line after an early receipt and a penalty line after a late one', () => {
    const s = run(interest('0.005', '0.005'));
    expect(view(s)).toEqual(['accrual R2 1200', 'bonus R2 66.67', 'accrual R1 1500', 'penalty R1 -83.33']);
    expect(texts(s)).toEqual([
      'receipt R2 on INV-2: collected 40000 × 3% = 1200',
      'early-collection bonus: 40000 × 0.5% a month × 10 days ÷ 30 = 66.67',
      'receipt R1 on INV-1: collected 50000 × 3% = 1500',
      'late-collection penalty: 50000 × 0.5% a month × 10 days ÷ 30 = −83.33',
    ]);
    expect(textsZh(s)).toEqual([
      '回款R2（INV-2）：回款40000 × 3% = 1200',
      '提前回款奖息：40000 × 月0.5% × 10天 ÷ 30 = 66.67',
      '回款R1（INV-1）：回款50000 × 3% = 1500',
      '逾期回款罚息：50000 × 月0.5% × 10天 ÷ 30 = −83.33',
    ]);
    const bonus = s.lines[1]!;
    expect([bonus.receivableId, bonus.receiptId, bonus.base.toString(), bonus.rate.toString(), 'factor' in bonus]).toEqual(['INV-2', 'R2', '40000', '0.005', false]);
    expect(s.accrued.toString()).toBe('2683.34');
  });

  it('takes the bonus rate for early receipts and the penalty rate for late ones', () => {
    // R2: 40,000 × 1% × 10 ÷ 30 = 133.33; R1: 50,000 × 0.2% × 10 ÷ 30 = 33.33.
    expect(view(run(interest('0.01', '0.002')))).toEqual(['accrual R2 1200', 'bonus R2 133.33', 'accrual R1 1500', 'penalty R1 -33.33']);
  });

  it('makes no line on the due date, nor when a rate is 0', () => {
    expect(view(run(interest('0.01', '0.01'), { period: longPeriod, allocations: paidOn('2026-10-31') }))).toEqual(['accrual R 30']);
    expect(view(run(interest('0', '0.005')))).toEqual(['accrual R2 1200', 'accrual R1 1500', 'penalty R1 -83.33']);
  });

  it('counts actual calendar days, on a 30-day month', () => {
    // Due 2026-01-31, paid 2026-03-02: 30 days across February; 30,000 × 1% × 30 ÷ 30 = 300.
    const jan = { ...INV1, id: 'INV-J', dueDate: '2026-01-31', issueDate: '2026-01-01' };
    const s = run(interest('0', '0.01'), { period: { from: '2026-03-01', to: '2026-03-31' }, receivables: [jan], allocations: [{ receiptId: 'RJ', receivableId: 'INV-J', amount: '30000', date: '2026-03-02' }] });
    expect(view(s)).toEqual(['accrual RJ 900', 'penalty RJ -300']);
    // 31 days late: 1,000 × 0.5% × 31 ÷ 30 = 5.1666… → 5.17, a little more than a month's rate.
    expect(view(run(interest('0', '0.005'), { period: longPeriod, allocations: paidOn('2026-12-01') }))).toEqual(['accrual R 30', 'penalty R -5.17']);
  });

  it('is on the cash, whatever the basis', () => {
    const s = run({ basis: 'margin', rate: { type: 'flat', rate: '0.1' }, ...interest('0.005', '0.005') });
    expect(view(s)).toEqual(['accrual R2 800', 'bonus R2 66.67', 'accrual R1 1500', 'penalty R1 -83.33']);
  });

  it('can make a statement negative', () => {
    // 1% commission and 0.5% a month: 102 days late, 50,000 earns 500 and costs 850.
    const late = { ...R1, date: '2027-02-10' };
    const s = run({ rate: { type: 'flat', rate: '0.01' }, ...interest('0.005', '0.005') }, { period: { from: '2027-02-01', to: '2027-02-28' }, allocations: [late, R2] });
    expect(view(s)).toEqual(['accrual R1 500', 'penalty R1 -850']);
    expect(s.payable.toString()).toBe('-350');
  });
});
