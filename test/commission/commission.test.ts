import { describe, expect, it } from 'vitest';
import { calculateCommission, summariseCommissions, type CommissionInput, type CommissionPlan } from '../../src/commission/index.js';

const nov = { from: '2026-11-01', to: '2026-11-30' };
const receivables = [
  { id: 'INV-1', customerId: 'C1', salesRepId: 'li', productId: 'P1', category: 'machines', currency: 'CNY', amount: '100000', margin: '30000', issueDate: '2026-09-01', dueDate: '2026-10-31' },
  { id: 'INV-2', customerId: 'C2', salesRepId: 'li', productId: 'P2', category: 'parts', currency: 'CNY', amount: '40000', margin: '8000', issueDate: '2026-10-15', dueDate: '2026-11-15' },
  { id: 'INV-9', customerId: 'C9', salesRepId: 'wang', currency: 'CNY', amount: '70000', issueDate: '2026-10-01', dueDate: '2026-10-31' },
];
const allocations = [
  { receiptId: 'R1', receivableId: 'INV-1', amount: '50000', date: '2026-11-10' }, // 10 days late
  { receiptId: 'R2', receivableId: 'INV-2', amount: '40000', date: '2026-11-05' }, // 10 days early
  { receiptId: 'R9', receivableId: 'INV-9', amount: '70000', date: '2026-11-02' }, // wang's
];
const base: CommissionPlan = { id: 'P', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.03' } };
const input: CommissionInput = { period: nov, salesRepId: 'li', receivables, allocations };
const run = (plan: Partial<CommissionPlan>, extra: Partial<CommissionInput> = {}) => calculateCommission({ ...base, ...plan } as CommissionPlan, { ...input, ...extra });
const view = (s: ReturnType<typeof run>) => s.lines.map((l) => `${l.kind} ${l.receiptId ?? l.receivableId ?? ''} ${l.amount.toString()}`.replace('  ', ' '));

describe('accrual models', () => {
  it('on collection: each receipt earns in proportion to what it pays (half an invoice paid earns half)', () => {
    const s = run({});
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500']); // by date: 40,000 and 50,000 × 3%; wang's receipt is not li's
    expect([s.accrued.toString(), s.adjustments.toString(), s.payable.toString(), s.deferred.toString()]).toEqual(['2700', '0', '2700', '0']);
    expect(s.lines[1]!.explanation).toBe('receipt R1 on INV-1: collected 50000 × 3% = 1500');
    expect(s.lines[1]!.explanationZh).toBe('回款R1（INV-1）：回款50000 × 3% = 1500');
  });

  it('on invoice: on the invoices issued in the period', () => {
    const s = run({ basis: 'invoiced', accrual: 'on_invoice', rate: { type: 'flat', rate: '0.02' } }, { period: { from: '2026-09-01', to: '2026-10-31' } });
    expect(view(s)).toEqual(['accrual INV-1 2000', 'accrual INV-2 800']);
  });

  it('on margin: the receipt’s share of the margin', () => {
    // R1 pays half of INV-1, so half its 30,000 margin: 15,000 × 10%; R2 pays all of INV-2's 8,000.
    expect(view(run({ basis: 'margin', rate: { type: 'flat', rate: '0.1' } }))).toEqual(['accrual R2 800', 'accrual R1 1500']);
  });

  it('accrued on collection, paid on terminal sales: what terminal sales cover is paid, the rest deferred', () => {
    const s = run({ accrual: 'on_collection_paid_on_terminal' }, { terminalSales: [{ date: '2026-11-20', amount: '45000' }, { date: '2026-12-01', amount: '99999' }] });
    // 45,000 sold to end customers of 90,000 collected: half of 2,700 paid now.
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'holdback -1350']);
    expect([s.payable.toString(), s.deferred.toString()]).toEqual(['1350', '1350']);
  });

  it('on target: one line on the period’s base, here with retroactive tiers', () => {
    const s = run({
      accrual: 'on_target',
      rate: { type: 'tiered', mode: 'retroactive', tiers: [{ upTo: '50000', rate: '0.01' }, { upTo: '100000', rate: '0.02' }, { rate: '0.03' }] },
      gates: [{ metric: 'target_attainment', min: '0.8', effect: 'void' }],
    }, { targets: { amount: '100000' } });
    expect(view(s)).toEqual(['accrual 1800']); // 90,000 reaches the 2% tier
    expect(s.gates).toEqual([{ metric: 'target_attainment', value: expect.anything(), min: expect.anything(), passed: true }]);
    expect(s.gates[0]!.value?.toString()).toBe('0.9');
  });
});

describe('the 80% collection-rate gate', () => {
  const gate = { gates: [{ metric: 'collection_rate' as const, min: '0.8', effect: 'void' as const }] };
  // Collectible: INV-1 (due 10-31, 100,000 open at the start) + INV-2 (due 11-15, 40,000) = 140,000.
  const paying = (r1: string) => [{ ...allocations[0]!, amount: r1 }, allocations[1]!];

  it('passes exactly at the threshold (112,000 of 140,000)', () => {
    const s = run(gate, { allocations: paying('72000') });
    expect([s.gates[0]!.value?.toString(), s.gates[0]!.passed, s.payable.toString()]).toEqual(['0.8', true, '3360']);
  });

  it('passes above it', () => {
    expect(run(gate, { allocations: paying('80000') }).gates[0]!.passed).toBe(true);
  });

  it('fails just below it, voiding the commission', () => {
    const s = run(gate, { allocations: paying('71999.99') });
    expect([s.gates[0]!.passed, s.payable.toString()]).toEqual([false, '0']);
    expect(view(s).at(-1)).toBe('gate -3360'); // 71,999.99 × 3% rounds to 2,160.00
  });

  it('can defer or scale instead', () => {
    const deferred = run({ gates: [{ metric: 'collection_rate', min: '0.8', effect: 'defer' }] });
    expect([deferred.payable.toString(), deferred.deferred.toString()]).toEqual(['0', '2700']);
    // 90,000 ÷ 140,000 = 0.642857…; 2,700 × 0.642857… ÷ 0.8 = 2,169.64
    const scaled = run({ gates: [{ metric: 'collection_rate', min: '0.8', effect: 'scale' }] });
    expect([scaled.payable.toString(), scaled.lines.at(-1)!.amount.toString()]).toEqual(['2169.64', '-530.36']);
  });
});

describe('timing', () => {
  it('奖息/罚息 at 0.5% a month: amount × monthly rate × days ÷ 30', () => {
    const s = run({ timing: { earlyBonusMonthlyRate: '0.005', latePenaltyMonthlyRate: '0.005' } });
    // R1: 50,000 × 0.5% × 10 ÷ 30 = 83.33 late; R2: 40,000 × 0.5% × 10 ÷ 30 = 66.67 early.
    expect(view(s)).toEqual(['accrual R2 1200', 'bonus R2 66.67', 'accrual R1 1500', 'penalty R1 -83.33']);
    expect(s.accrued.toString()).toBe('2683.34');
    expect(s.lines[3]!.explanationZh).toBe('逾期回款罚息：50000 × 月0.5% × 10天 ÷ 30 = −83.33');
  });

  it('decay bands: full within terms, reduced when late, zero past the last band', () => {
    const bands = { timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.5' }, { maxDaysLate: 90, factor: '0.2' }] } };
    const late = { receiptId: 'R3', receivableId: 'INV-1', amount: '10000', date: '2027-02-10' }; // 102 days late
    const s = run(bands, { allocations: [...allocations, late], period: { from: '2026-11-01', to: '2027-02-28' } });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 750', 'accrual R3 0']);
    expect(s.lines[1]!.factor?.toString()).toBe('0.5');
  });
});

describe('tiers, overrides, splits, clawback, cap and holdback', () => {
  const tiers = [{ upTo: '50000', rate: '0.01' }, { upTo: '100000', rate: '0.02' }, { rate: '0.03' }];
  it('marginal tiers take each slice at its rate; retroactive all at the rate reached; both spread to the fen', () => {
    const marginal = run({ rate: { type: 'tiered', mode: 'marginal', tiers } });
    // 50,000 × 1% + 40,000 × 2% = 1,300, spread 40:50 (lines by date)
    expect(view(marginal)).toEqual(['accrual R2 577.78', 'accrual R1 722.22']);
    const retro = run({ rate: { type: 'tiered', mode: 'retroactive', tiers } });
    expect(view(retro)).toEqual(['accrual R2 800', 'accrual R1 1000']); // 90,000 × 2%
  });

  it('overrides the rate of matching receivables', () => {
    expect(view(run({ overrides: [{ match: { category: 'parts' }, rate: '0.05' }] }))).toEqual(['accrual R2 2000', 'accrual R1 1500']);
  });

  it('splits each line between two reps, the parts adding up to the line', () => {
    const plan = { splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 40 }] };
    const li = run(plan);
    const wang = run(plan, { salesRepId: 'wang' });
    // Under a split every receivable counts for the team: R9 2,100, R2 1,200, R1 1,500 (lines by date).
    expect(view(li)).toEqual(['accrual R9 1260', 'accrual R2 720', 'accrual R1 900']);
    expect(view(wang)).toEqual(['accrual R9 840', 'accrual R2 480', 'accrual R1 600']);
    expect(li.payable.plus(wang.payable).toString()).toBe('4800');
  });

  it('claws back a receivable written off in a later period', () => {
    const november = run({ clawback: { on: ['write_off'] } });
    const december = run({ clawback: { on: ['write_off'] } }, {
      period: { from: '2026-12-01', to: '2026-12-31' },
      writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }],
      priorStatements: [JSON.parse(JSON.stringify(november))],
    });
    expect(view(december)).toEqual(['clawback INV-1 -1500']);
    expect(december.payable.toString()).toBe('-1500');
    const partly = run({ clawback: { on: ['write_off'] } }, { period: { from: '2026-12-01', to: '2026-12-31' }, writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15', amount: '25000' }], priorStatements: [november] });
    expect(view(partly)).toEqual(['clawback INV-1 -375']); // a quarter of the invoice written off
    const late = run({ clawback: { on: ['write_off'], withinDays: 60 } }, { period: { from: '2026-12-01', to: '2026-12-31' }, writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }], priorStatements: [november] });
    expect(late.lines).toEqual([]); // 105 days after issue: outside the clawback window
  });

  it('never claws back twice: a receivable written off and refunded gives back what was paid once', () => {
    const november = run({ clawback: { on: ['write_off', 'refund'] } });
    const december = run({ clawback: { on: ['write_off', 'refund'] } }, {
      period: { from: '2026-12-01', to: '2026-12-31' },
      writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }],
      refunds: [{ receivableId: 'INV-1', date: '2026-12-20' }],
      priorStatements: [november],
    });
    expect(view(december)).toEqual(['clawback INV-1 -1500']);
  });

  it('takes back only what was paid out: nothing after a void gate, the capped share after a cap (found in review)', () => {
    const gate = { clawback: { on: ['write_off' as const] }, gates: [{ metric: 'collection_rate' as const, min: '0.99', effect: 'void' as const }] };
    const voided = run(gate);
    expect(voided.payable.toString()).toBe('0');
    const december = { period: { from: '2026-12-01', to: '2026-12-31' }, writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }] };
    expect(run(gate, { ...december, priorStatements: [voided] }).lines).toEqual([]);
    const capped = run({ clawback: { on: ['write_off'] }, cap: '1350' }); // half of the 2,700 accrued
    expect(view(run({ clawback: { on: ['write_off'] } }, { ...december, priorStatements: [capped] }))).toEqual(['clawback INV-1 -750']);
  });

  it('refuses unknown receivables in write-offs and repeated receivable ids', () => {
    expect(() => run({ clawback: { on: ['write_off'] } }, { writeOffs: [{ receivableId: 'NOPE', date: '2026-11-15' }] })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('input.writeOffs[0].receivableId') }),
    );
    expect(() => run({}, { receivables: [receivables[0]!, receivables[0]!] })).toThrowError(expect.objectContaining({ message: expect.stringContaining('repeats id "INV-1"') }));
    expect(() => run({ rate: { type: 'tiered', mode: 'retroactive', tiers: [{ upTo: '50000', rate: '0.05' }, { rate: '0.01' }] } })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('retroactive tier rates must not fall') }),
    );
  });

  it('caps, then holds back', () => {
    const s = run({ cap: '2000', holdbackPercent: 10 });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'cap -700', 'holdback -200']);
    expect([s.payable.toString(), s.deferred.toString(), s.adjustments.toString()]).toEqual(['1800', '200', '-900']);
  });
});

describe('validation and summaries', () => {
  it.each<[Partial<CommissionPlan>, string]>([
    [{ splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 30 }] }, 'plan.splits: shares add up to 90%, not 100%'],
    [{ rate: { type: 'tiered', mode: 'marginal', tiers: [{ upTo: '100', rate: '0.01' }, { upTo: '50', rate: '0.02' }, { rate: '0.03' }] } }, 'tiers must be ascending'],
    [{ rate: { type: 'flat', rate: '-0.01' } }, 'plan.rate.rate'],
    [{ accrual: 'on_invoice' }, "plan.basis: a 'collected' basis needs an accrual on collection"],
    [{ gates: [{ metric: 'target_attainment', min: '1', effect: 'void' }] }, 'input.targets: is needed'],
  ])('%#: rejects %j', (plan, message) => {
    expect(() => run(plan)).toThrowError(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }));
  });

  it('refuses allocations to unknown receivables and receivables in another currency', () => {
    expect(() => run({}, { allocations: [{ receiptId: 'X', receivableId: 'NOPE', amount: '1', date: '2026-11-01' }] })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('"NOPE" is not among the receivables') }),
    );
    expect(() => run({}, { receivables: [{ ...receivables[0]!, currency: 'USD' }] })).toThrowError(expect.objectContaining({ code: 'currency_mismatch' }));
  });

  it('summarises statements per rep and for the team', () => {
    const plan = { splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 40 }] };
    const summary = summariseCommissions([run(plan), run(plan, { salesRepId: 'wang' }), run(plan)]);
    expect(summary.byRep.map((r) => [r.salesRepId, r.statements, r.payable.toString()])).toEqual([
      ['li', 2, '5760'],
      ['wang', 1, '1920'],
    ]);
    expect(summary.team.CNY!.payable.toString()).toBe('7680');
  });
});
