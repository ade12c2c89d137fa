import { describe, expect, it } from 'vitest';
import {
  applyReceipts,
  comparePlanToActual,
  scheduleInstalments,
  type ApplicationStrategy,
  type InstalmentRef,
  type Receipt,
} from '../../src/instalments/index.js';

const I = (id: string, amount: string, dueDate: string | null, extra: Partial<InstalmentRef> = {}): InstalmentRef => ({
  id,
  currency: 'CNY',
  amount,
  dueDate,
  ...extra,
});
const R = (id: string, date: string, amount: string, extra: Partial<Receipt> = {}): Receipt => ({
  id,
  date,
  amount,
  currency: 'CNY',
  ...extra,
});
const alloc = (result: ReturnType<typeof applyReceipts>) =>
  result.allocations.map((a) => `${a.receiptId}→${a.instalmentId} ${a.amount.toString()}`);

const plan = [I('I1', '300', '2026-01-31'), I('I2', '300', '2026-02-28'), I('I3', '400', '2026-03-31')];
const receipts = [R('R1', '2026-02-15', '400'), R('R2', '2026-03-10', '250', { instalmentId: 'I3' })];

describe('applyReceipts: strategies', () => {
  it('oldest_due_first (default) pays the earliest due date first', () => {
    const result = applyReceipts(plan, receipts, { asOf: '2026-03-31' });
    expect(result.strategy).toBe('oldest_due_first');
    expect(alloc(result)).toEqual(['R1→I1 300', 'R1→I2 100', 'R2→I2 200', 'R2→I3 50']);
    expect(result.instalments.map((i) => [i.id, i.paid.toString(), i.outstanding.toString(), i.status, i.settledOn, i.daysLate])).toEqual([
      ['I1', '300', '0', 'paid', '2026-02-15', 15],
      ['I2', '300', '0', 'paid', '2026-03-10', 10],
      ['I3', '50', '350', 'partially_paid', null, 0], // due today: not yet overdue
    ]);
    expect(result.unapplied).toEqual([]);
  });

  it('explicit_then_oldest pays a named instalment first', () => {
    const result = applyReceipts(plan, receipts, { asOf: '2026-03-31', strategy: 'explicit_then_oldest' });
    expect(alloc(result)).toEqual(['R1→I1 300', 'R1→I2 100', 'R2→I3 250']);
    expect(result.instalments.map((i) => [i.id, i.status, i.outstanding.toString(), i.daysLate])).toEqual([
      ['I1', 'paid', '0', 15],
      ['I2', 'overdue', '200', 31],
      ['I3', 'partially_paid', '150', 0],
    ]);
  });

  it('proportional pays what is due pro rata, in whole fen, the excess oldest first', () => {
    const result = applyReceipts(
      [I('A', '100', '2026-01-31'), I('B', '200', '2026-02-28'), I('C', '500', '2026-04-30')],
      [R('R1', '2026-03-01', '100'), R('R2', '2026-03-02', '500')],
      { asOf: '2026-03-05', strategy: 'proportional' },
    );
    // R1: 100 × 100/300 = 33.333 → 33.33; 100 × 200/300 = 66.667 → 66.67.
    // R2: owed 66.67 + 133.33 = 200 paid in full, the other 300 goes to C (not yet due).
    expect(alloc(result)).toEqual(['R1→A 33.33', 'R1→B 66.67', 'R2→A 66.67', 'R2→B 133.33', 'R2→C 300']);
    expect(result.instalments.map((i) => i.status)).toEqual(['paid', 'paid', 'partially_paid']);
  });

  it('ranks kinds by `order` before due dates (fees, then interest, then principal)', () => {
    const items = [
      I('P', '1000', '2026-01-31', { kind: 'principal' }),
      I('F', '50', '2026-02-28', { kind: 'fee' }),
      I('N', '100', '2026-02-28', { kind: 'interest' }),
    ];
    const cash = [R('R', '2026-03-01', '120')];
    expect(alloc(applyReceipts(items, cash, { asOf: '2026-03-01', order: ['fee', 'interest', 'principal'] }))).toEqual(['R→F 50', 'R→N 70']);
    expect(alloc(applyReceipts(items, cash, { asOf: '2026-03-01' }))).toEqual(['R→P 120']);
    expect(alloc(applyReceipts(items, cash, { asOf: '2026-03-01', order: ['interest'] }))).toEqual(['R→N 100', 'R→P 20']);
    expect(alloc(applyReceipts(items, cash, { asOf: '2026-03-01', order: ['fee', 'interest', 'principal'], strategy: 'proportional' }))).toEqual(['R→F 50', 'R→N 70']);
  });
});

describe('applyReceipts: debts already due come first (民法典 art. 560), whatever the order of kinds', () => {
  // Found in review: a fee due in 2030 was once paid before an overdue principal.
  it.each<ApplicationStrategy>(['oldest_due_first', 'proportional', 'explicit_then_oldest'])('%s', (strategy) => {
    const result = applyReceipts(
      [I('P1', '100', '2026-01-31', { kind: 'principal' }), I('F9', '100', '2030-12-31', { kind: 'fee' })],
      [R('R', '2026-03-01', '150')],
      { asOf: '2026-03-31', strategy, order: ['fee', 'interest', 'principal'] },
    );
    expect(alloc(result)).toEqual(['R→P1 100', 'R→F9 50']);
  });
});

describe('applyReceipts: as-of, currencies, money on account', () => {
  it('ignores receipts after asOf and keeps the money it cannot place on account', () => {
    const result = applyReceipts(
      [I('I1', '300', '2026-01-31'), I('I2', '300', null)],
      [R('late', '2026-04-01', '300'), R('big', '2026-01-10', '700'), R('usd', '2026-01-11', '5', { currency: 'USD' })],
      { asOf: '2026-03-31' },
    );
    expect(result.ignoredReceipts).toEqual(['late']);
    expect(alloc(result)).toEqual(['big→I1 300', 'big→I2 300']);
    expect(result.unapplied.map((u) => [u.receiptId, u.currency, u.amount.toString(), u.date])).toEqual([
      ['big', 'CNY', '100', '2026-01-10'],
      ['usd', 'USD', '5', '2026-01-11'],
    ]);
    expect(result.instalments[1]).toMatchObject({ status: 'paid', daysLate: null, settledOn: '2026-01-10' });
  });

  it('takes receipts in date order whatever the input order, ties in input order', () => {
    const result = applyReceipts(plan, [R('b', '2026-02-01', '100'), R('a', '2026-01-01', '100'), R('c', '2026-02-01', '150')], { asOf: '2026-12-31' });
    expect(alloc(result)).toEqual(['a→I1 100', 'b→I1 100', 'c→I1 100', 'c→I2 50']);
  });

  it('reports open, overdue and awaiting instalments', () => {
    const result = applyReceipts(
      [I('due', '100', '2026-01-31'), I('later', '100', '2026-12-31'), I('zero', '0', '2026-01-01'), I('milestone', '100', null)],
      [],
      { asOf: '2026-03-01' },
    );
    expect(result.instalments.map((i) => [i.id, i.status, i.daysLate])).toEqual([
      ['due', 'overdue', 29],
      ['later', 'open', 0],
      ['zero', 'paid', 0],
      ['milestone', 'awaiting_milestone', null],
    ]);
  });

  it('takes an InstalmentPlan’s instalments as they are', () => {
    const planned = scheduleInstalments(
      { id: 'NET30', lines: [{ amount: { type: 'percent', value: 50 }, due: { steps: [{ days: 30 }] } }, { amount: { type: 'balance' }, due: { steps: [{ days: 60 }] } }] },
      { total: '1000', currency: 'CNY', dates: { invoice: '2026-01-01' } },
    );
    const result = applyReceipts(planned.instalments, [R('R', '2026-02-01', '600')], { asOf: '2026-02-15' });
    expect(result.instalments.map((i) => [i.id, i.status, i.outstanding.toString()])).toEqual([
      ['NET30-1', 'paid', '0'],
      ['NET30-2', 'partially_paid', '400'],
    ]);
    const report = comparePlanToActual(planned, result.allocations, { asOf: '2026-02-15' });
    expect(report.lines.map((l) => [l.id, l.onTime, l.daysLate])).toEqual([
      ['NET30-1', false, 1],
      ['NET30-2', null, 0],
    ]);
    expect(report.collectionRate?.toString()).toBe('1');
    expect(report.onTimeRate?.toString()).toBe('0');
  });
});

describe('applyReceipts: validation', () => {
  it.each<[unknown, unknown, unknown, string, string]>([
    [[I('x', '1', null), I('x', '2', null)], [], { asOf: '2026-01-01' }, 'invalid_input', 'instalments[1].id: repeats id "x"'],
    [plan, [R('r', '2026-01-01', '1'), R('r', '2026-01-02', '1')], { asOf: '2026-01-01' }, 'invalid_input', 'receipts[1].id: repeats id "r"'],
    [plan, [R('r', '2026-01-01', '1', { instalmentId: 'nope' })], { asOf: '2026-01-01' }, 'invalid_input', 'receipts[0].instalmentId: "nope" is not among the instalments'],
    [plan, [R('r', '2026-01-01', '1', { instalmentId: 'I1', currency: 'USD' })], { asOf: '2026-01-01' }, 'currency_mismatch', 'receipts[0]'],
    [plan, [R('r', '2026-01-01', '0')], { asOf: '2026-01-01' }, 'invalid_input', 'receipts[0].amount: must be positive'],
    [[I('x', '-1', null)], [], { asOf: '2026-01-01' }, 'invalid_input', 'instalments[0].amount: must not be negative'],
    [plan, [], { asOf: '2026-01-01', strategy: 'fifo' }, 'invalid_input', 'options.strategy'],
    [plan, [], { asOf: '2026-01-01', order: ['fee', 'fee'] }, 'invalid_input', 'options.order: must not repeat a kind'],
    [plan, 'receipts', { asOf: '2026-01-01' }, 'invalid_input', 'receipts: must be an iterable'],
    [plan, [], {}, 'invalid_input', 'options.asOf'],
    [plan, [R('r', '2026-01-01', '0.005')], { asOf: '2026-01-01' }, 'invalid_input', 'receipts[0].amount has 3 decimal places but CNY allows 2'],
    [[I('x', '1.001', null)], [], { asOf: '2026-01-01' }, 'invalid_input', 'instalments[0].amount has 3 decimal places'],
  ])('%#: rejects bad input', (items, cash, options, code, message) => {
    expect(() => applyReceipts(items as never, cash as never, options as never)).toThrowError(
      expect.objectContaining({ code, message: expect.stringContaining(message) }),
    );
  });

  it('does not mutate its input', () => {
    const items = structuredClone(plan);
    const cash = structuredClone(receipts);
    const strategies: ApplicationStrategy[] = ['oldest_due_first', 'proportional', 'explicit_then_oldest'];
    for (const strategy of strategies) applyReceipts(Object.freeze(items), Object.freeze(cash), { asOf: '2026-12-31', strategy });
    expect(items).toEqual(plan);
    expect(cash).toEqual(receipts);
  });
});

describe('comparePlanToActual', () => {
  it('reports each line, the collection rate and the on-time rate', () => {
    const report = comparePlanToActual(
      { instalments: [I('A', '300', '2026-01-31'), I('B', '300', '2026-02-28'), I('C', '400', '2026-03-31'), I('D', '500', null)] },
      [
        { instalmentId: 'A', amount: '300', date: '2026-01-20' },
        { instalmentId: 'B', amount: '100', date: '2026-02-20' },
        { instalmentId: 'B', amount: '200', date: '2026-03-05' },
        { instalmentId: 'C', amount: '100', date: '2026-03-10' },
        { instalmentId: 'C', amount: '300', date: '2026-04-10' }, // after asOf: ignored
      ],
      { asOf: '2026-03-31' },
    );
    expect(report.lines.map((l) => [l.id, l.collected.toString(), l.outstanding.toString(), l.settledOn, l.daysLate, l.onTime])).toEqual([
      ['A', '300', '0', '2026-01-20', 0, true],
      ['B', '300', '0', '2026-03-05', 5, false],
      ['C', '100', '300', null, 0, null], // due today, can still be paid on time
      ['D', '0', '500', null, null, null],
    ]);
    expect(Object.fromEntries(Object.entries(report.totals).map(([k, v]) => [k, v.toString()]))).toEqual({
      planned: '1500',
      collected: '700',
      outstanding: '800',
      dueByAsOf: '1000',
      collectedOfDue: '700',
      overdue: '0',
    });
    expect(report.collectionRate?.toString()).toBe('0.7');
    expect(report.onTimeRate?.toString()).toBe('0.5'); // A on time, B late; C undecided
  });

  it('rounds rates half-up to four places and gives null when nothing is due', () => {
    const report = comparePlanToActual(
      { instalments: [I('A', '300', '2026-01-31'), I('B', '300', '2026-01-31'), I('C', '300', '2026-01-31')] },
      [{ instalmentId: 'A', amount: '100', date: '2026-01-31' }],
      { asOf: '2026-02-01' },
    );
    expect(report.collectionRate?.toString()).toBe('0.1111');
    const none = comparePlanToActual({ instalments: [I('A', '300', '2026-05-31')] }, [], { asOf: '2026-02-01' });
    expect([none.collectionRate, none.onTimeRate]).toEqual([null, null]);
  });

  it.each<[unknown, unknown, string, string]>([
    [{ instalments: [] }, [], 'invalid_input', 'plan.instalments: must hold at least one instalment'],
    [{ instalments: [I('A', '1', null), I('B', '1', null, { currency: 'USD' })] }, [], 'currency_mismatch', 'plan.instalments[1]'],
    [{ instalments: [I('A', '1', null)] }, [{ instalmentId: 'Z', amount: '1', date: '2026-01-01' }], 'invalid_input', 'allocations[0].instalmentId'],
    [{ instalments: [I('A', '1', null)] }, [{ instalmentId: 'A', amount: '2', date: '2026-01-01' }], 'unbalanced', 'allocations[0]'],
    // Found in review: an unknown instalment dated after asOf once passed unnoticed.
    [{ instalments: [I('A', '1', null)] }, [{ instalmentId: 'ZZ', amount: '1', date: '2027-01-01' }], 'invalid_input', 'allocations[0].instalmentId: "ZZ" is not in the plan'],
    [[], [], 'invalid_input', 'plan'],
  ])('%#: rejects bad input', (p, allocations, code, message) => {
    expect(() => comparePlanToActual(p as never, allocations as never, { asOf: '2026-03-31' })).toThrowError(
      expect.objectContaining({ code, message: expect.stringContaining(message) }),
    );
  });
});

describe('applyReceipts: payment order, whatever the input order', () => {
  it('pays the earliest due date first, equal due dates in input order, undated instalments last', () => {
    const result = applyReceipts(
      [I('undated', '100', null), I('feb', '100', '2026-02-28'), I('jan-a', '100', '2026-01-31'), I('later', '100', null), I('jan-b', '100', '2026-01-31')],
      [R('R', '2026-03-01', '450')],
      { asOf: '2026-03-01' },
    );
    expect(alloc(result)).toEqual(['R→jan-a 100', 'R→jan-b 100', 'R→feb 100', 'R→undated 100', 'R→later 50']);
    expect(result.instalments.map((i) => i.status)).toEqual(['paid', 'paid', 'paid', 'awaiting_milestone', 'paid']);
  });

  it('keeps the order of many instalments with equal due dates (input order) and many receipts on equal dates', () => {
    // 150 instalments on three due dates, given in a scrambled order; 150 receipts on
    // three dates, also scrambled: long enough for the sort to merge runs.
    const dues = ['2026-03-31', '2026-01-31', '2026-02-28'];
    const items = Array.from({ length: 150 }, (_, k) => I(`I${k}`, '1', dues[(k * 7) % 3]!));
    const days = ['2026-04-03', '2026-04-01', '2026-04-02'];
    const cash = Array.from({ length: 150 }, (_, k) => R(`R${k}`, days[(k * 5) % 3]!, '1'));
    const result = applyReceipts(items, cash, { asOf: '2026-04-30' });
    const byDue = items.map((item, k) => ({ id: item.id, due: item.dueDate!, k })).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.k - b.k));
    const byDate = cash.map((receipt, k) => ({ id: receipt.id, date: receipt.date, k })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.k - b.k));
    expect(result.allocations.map((a) => a.instalmentId)).toEqual(byDue.map((x) => x.id));
    expect(result.allocations.map((a) => a.receiptId)).toEqual(byDate.map((x) => x.id));
  });

  it('ranks kinds by `order` before due dates, kinds not listed last, and each kind by due date', () => {
    const result = applyReceipts(
      [I('P2', '10', '2026-02-28'), I('F2', '10', '2026-02-28', { kind: 'fee' }), I('P1', '10', '2026-01-31'), I('F1', '10', '2026-01-31', { kind: 'fee' }), I('N1', '10', '2026-01-15', { kind: 'interest' })],
      [R('R', '2026-03-01', '45')],
      { asOf: '2026-03-01', order: ['fee'] },
    );
    expect(alloc(result)).toEqual(['R→F1 10', 'R→F2 10', 'R→N1 10', 'R→P1 10', 'R→P2 5']);
  });

  it('says what kind each position is, principal by default', () => {
    const result = applyReceipts([I('A', '1', null), I('B', '1', null, { kind: 'fee' })], [], { asOf: '2026-03-01' });
    expect(result.instalments.map((i) => i.kind)).toEqual(['principal', 'fee']);
  });
});

describe('applyReceipts: the as-of date and the receipt date are inclusive', () => {
  it('applies a receipt dated on asOf (it is not ignored)', () => {
    const result = applyReceipts([I('A', '100', '2026-03-31')], [R('today', '2026-03-31', '100'), R('tomorrow', '2026-04-01', '5')], { asOf: '2026-03-31' });
    expect(alloc(result)).toEqual(['today→A 100']);
    expect(result.ignoredReceipts).toEqual(['tomorrow']);
    expect(result.instalments[0]).toMatchObject({ status: 'paid', settledOn: '2026-03-31', daysLate: 0 });
  });

  it('proportional: an instalment due on the receipt’s date shares it pro rata', () => {
    const result = applyReceipts([I('A', '100', '2026-02-01'), I('B', '100', '2026-03-01'), I('C', '100', '2026-03-02')], [R('R', '2026-03-01', '100')], {
      asOf: '2026-03-31',
      strategy: 'proportional',
    });
    expect(alloc(result)).toEqual(['R→A 50', 'R→B 50']);
  });

  it('proportional: shares among the instalments still owing, again and again, the excess oldest first', () => {
    const result = applyReceipts(
      [I('A', '0.01', '2026-01-31'), I('B', '99.99', '2026-01-31'), I('C', '100', '2026-02-28'), I('D', '50', '2026-12-31')],
      [R('R1', '2026-03-01', '0.02'), R('R2', '2026-03-02', '30'), R('R3', '2026-03-03', '250')],
      { asOf: '2026-03-31', strategy: 'proportional' },
    );
    // R1: 0.02 × 0.01/200 = 0.000001, × 99.99/200 = 0.009999, × 100/200 = 0.01: C gets its
    // fen, and the fen left goes to the largest remainder, B's. R2 is shared pro rata by
    // what each still owes; R3 clears A, B and C, pays D ahead, and keeps 30.02 on account.
    const r1 = result.allocations.filter((a) => a.receiptId === 'R1').map((a) => `${a.instalmentId} ${a.amount}`);
    expect(r1).toEqual(['B 0.01', 'C 0.01']);
    expect(result.instalments.map((i) => [i.id, i.outstanding.toString()])).toEqual([
      ['A', '0'],
      ['B', '0'],
      ['C', '0'],
      ['D', '0'],
    ]);
    expect(result.unapplied.map((u) => u.amount.toString())).toEqual(['30.02']);
  });
});

describe('applyReceipts: days late', () => {
  it('gives a zero-amount instalment 0 days late, whenever it was due', () => {
    const result = applyReceipts([I('old', '0', '1969-07-20'), I('new', '0', '2026-01-01')], [], { asOf: '2026-03-01' });
    expect(result.instalments.map((i) => [i.status, i.settledOn, i.daysLate])).toEqual([
      ['paid', null, 0],
      ['paid', null, 0],
    ]);
  });
});

describe('applyReceipts: the errors users see', () => {
  it('names the receipt and both currencies on a currency mismatch (the guide’s example)', () => {
    expect(() => applyReceipts([I('I1', '300', '2026-01-31')], [R('R1', '2026-01-20', '300', { currency: 'USD', instalmentId: 'I1' })], { asOf: '2026-02-01' })).toThrowError(
      expect.objectContaining({
        code: 'currency_mismatch',
        message: 'applyReceipts: receipts[0] is in USD but instalment "I1" is in CNY',
        issues: [{ path: ['receipts', 0, 'currency'], message: 'is in USD but instalment "I1" is in CNY' }],
      }),
    );
  });

  it('takes amounts of currencies it does not know as they are', () => {
    const result = applyReceipts([{ id: 'G', currency: 'XAU', amount: '1.23456', dueDate: '2026-01-31' }], [R('R', '2026-01-10', '0.000001', { currency: 'XAU' })], { asOf: '2026-02-01' });
    expect(result.instalments[0]!.outstanding.toString()).toBe('1.234559');
  });
});
