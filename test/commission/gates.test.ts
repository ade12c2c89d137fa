import { describe, expect, it } from 'vitest';
import { INV1, INV2, INV9, R1, R2, allocations, dec, receivables, run, texts, textsZh, view } from './fixtures.js';

type Effect = 'void' | 'defer' | 'scale';
const collectionGate = (min: string, effect: Effect = 'void') => ({ gates: [{ metric: 'collection_rate' as const, min, effect }] });
const rateOf = (s: ReturnType<typeof run>) => s.gates[0]!.value?.toString() ?? null;

describe('the collection rate (回款率)', () => {
  // Li's November: INV-1 (due 10-31) 100,000 open at the start + INV-2 (due 11-15) 40,000 = 140,000 collectible.
  it.each<[string, Parameters<typeof run>[1], string | null]>([
    ['90,000 of 140,000, INV-9 being Wang’s', {}, '0.642857'],
    ['a receipt on the first day counts as collected', { allocations: [...allocations, { receiptId: 'RA', receivableId: 'INV-1', amount: '10000', date: '2026-11-01' }] }, '0.714285'],
    ['a receipt on the last day counts as collected', { allocations: [...allocations, { receiptId: 'RZ', receivableId: 'INV-1', amount: '10000', date: '2026-11-30' }] }, '0.714285'],
    ['a receipt before the period lowers what is open (90,000 of 130,000)', { allocations: [...allocations, { receiptId: 'R0', receivableId: 'INV-1', amount: '10000', date: '2026-10-31' }] }, '0.692307'],
    ['a receipt after the period plays no part', { allocations: [...allocations, { receiptId: 'RX', receivableId: 'INV-1', amount: '10000', date: '2026-12-01' }] }, '0.642857'],
    ['a receivable due on the last day is collectible', { receivables: [INV1, { ...INV2, dueDate: '2026-11-30' }, INV9] }, '0.642857'],
    ['a receivable due after the period counts for neither side (50,000 of 100,000)', { receivables: [INV1, { ...INV2, dueDate: '2026-12-01' }, INV9] }, '0.5'],
    ['an invoice overpaid before the period has nothing open (90,000 of 40,000)', { allocations: [...allocations, { receiptId: 'R0', receivableId: 'INV-1', amount: '120000', date: '2026-10-20' }] }, '2.25'],
    ['nothing collectible: null', { period: { from: '2026-09-01', to: '2026-09-30' } }, null],
  ])('%s', (_, extra, value) => {
    expect(rateOf(run(collectionGate('0.8'), extra))).toBe(value);
  });

  it('is the team’s under splits (160,000 of 210,000)', () => {
    const s = run({ ...collectionGate('0.8'), splits: [{ salesRepId: 'li', share: 50 }, { salesRepId: 'wang', share: 50 }] });
    expect(rateOf(s)).toBe('0.761904');
  });

  it('passes the gate when nothing was collectible', () => {
    const s = run(collectionGate('0.8'), { period: { from: '2026-09-01', to: '2026-09-30' }, allocations: [{ receiptId: 'R0', receivableId: 'INV-1', amount: '1000', date: '2026-09-15' }] });
    expect(s.gates).toEqual([{ metric: 'collection_rate', value: null, min: expect.anything(), passed: true }]);
    expect(view(s)).toEqual(['accrual R0 30']);
  });

  describe('leaves out what was written off before the period (found in review)', () => {
    // INV-3, 60,000 due 2026-08-31, never paid: 200,000 collectible in November unless written off.
    const INV3 = { ...INV1, id: 'INV-3', amount: '60000', issueDate: '2026-07-01', dueDate: '2026-08-31' };
    const withInv3 = (extra: Parameters<typeof run>[1] = {}) => run(collectionGate('0.6'), { receivables: [...receivables, INV3], ...extra });

    it.each<[string, { receivableId: string; date: string; amount?: string }[], string, boolean]>([
      ['not written off: 90,000 of 200,000', [], '0.45', false],
      ['written off in full in October: 90,000 of 140,000', [{ receivableId: 'INV-3', date: '2026-10-20' }], '0.642857', true],
      ['written off the day before the period', [{ receivableId: 'INV-3', date: '2026-10-31' }], '0.642857', true],
      ['20,000 of it written off: 90,000 of 180,000', [{ receivableId: 'INV-3', date: '2026-10-20', amount: '20000' }], '0.5', false],
      ['written off in two parts: 90,000 of 150,000', [{ receivableId: 'INV-3', date: '2026-09-20', amount: '20000' }, { receivableId: 'INV-3', date: '2026-10-20', amount: '30000' }], '0.6', true],
      ['written off in the period: it was open at the start', [{ receivableId: 'INV-3', date: '2026-11-01' }], '0.45', false],
    ])('%s', (_, writeOffs, value, passed) => {
      const s = withInv3({ writeOffs });
      expect([rateOf(s), s.gates[0]!.passed]).toEqual([value, passed]);
    });

    it('a write-off of more than is left, after receipts, leaves nothing open, never less', () => {
      // INV-1 half paid before November, then written off for its whole amount: nothing open.
      const s = run(collectionGate('0.6'), {
        allocations: [{ ...R1, date: '2026-10-10' }, R2],
        writeOffs: [{ receivableId: 'INV-1', date: '2026-10-20' }],
      });
      expect(rateOf(s)).toBe('1'); // 40,000 of INV-2's 40,000
    });

    it('a refund before the period changes nothing: the cash it gives back undoes as much of the sale', () => {
      expect(rateOf(withInv3({ refunds: [{ receivableId: 'INV-3', date: '2026-10-20' }] }))).toBe('0.45');
    });
  });
});

describe('gate effects', () => {
  // 90,000 of 140,000 = 64.2857%, below 80%; 2,700 accrued.
  it.each<[Effect, string, string, string[]]>([
    ['void', 'collection_rate 64.2857% below 80%: commission void (−2700)', '回款率64.2857%低于80%：提成作废（−2700）', ['-2700', '0', '0']],
    ['defer', 'collection_rate 64.2857% below 80%: commission deferred (−2700)', '回款率64.2857%低于80%：提成递延（−2700）', ['-2700', '0', '2700']],
    ['scale', 'collection_rate 64.2857% below 80%: scaled to 2169.64 (−530.36)', '回款率64.2857%低于80%：按比例折算为2169.64（−530.36）', ['-530.36', '2169.64', '0']],
  ])('%s', (effect, explanation, explanationZh, [line, payable, deferred]) => {
    const s = run(collectionGate('0.8', effect));
    const gate = s.lines.at(-1)!;
    expect([gate.kind, gate.amount.toString(), gate.base.toString(), gate.rate.toString()]).toEqual(['gate', line, '2700', '0.8']);
    expect([gate.explanation, gate.explanationZh]).toEqual([explanation, explanationZh]);
    expect([s.payable.toString(), s.deferred.toString()]).toEqual([payable, deferred]);
    // 0.642857… ÷ 0.8 = 0.803571…: a factor only when scaling.
    expect(gate.factor?.toString()).toBe(effect === 'scale' ? '0.803571' : undefined);
    expect('factor' in gate).toBe(effect === 'scale');
    expect(s.gates).toEqual([{ metric: 'collection_rate', value: expect.anything(), min: expect.anything(), passed: false }]);
    expect([rateOf(s), s.gates[0]!.min.toString()]).toEqual(['0.642857', '0.8']);
  });

  it('on target attainment: the period’s base ÷ the target', () => {
    const s = run({ gates: [{ metric: 'target_attainment', min: '0.8', effect: 'void' }] }, { targets: { amount: '150000' } });
    expect([rateOf(s), s.gates[0]!.passed]).toEqual(['0.6', false]);
    expect(texts(s).at(-1)).toBe('target_attainment 60% below 80%: commission void (−2700)');
    expect(textsZh(s).at(-1)).toBe('目标完成率60%低于80%：提成作废（−2700）');
  });

  it('shows a value just below the minimum rounded down, in both languages (found in review)', () => {
    // 799,999.96 of 1,000,000 = 0.79999996: shown as 79.9999%, never as 80%.
    const one = { ...INV1, id: 'INV-M', amount: '1000000' };
    const s = run(collectionGate('0.8'), { receivables: [one], allocations: [{ receiptId: 'RM', receivableId: 'INV-M', amount: '799999.96', date: '2026-11-10' }] });
    expect([rateOf(s), s.gates[0]!.passed]).toEqual(['0.799999', false]);
    expect(texts(s).at(-1)).toBe('collection_rate 79.9999% below 80%: commission void (−24000)');
    expect(textsZh(s).at(-1)).toBe('回款率79.9999%低于80%：提成作废（−24000）');
  });

  it('act in the plan’s order, each on what the previous left', () => {
    const s = run(
      { gates: [{ metric: 'collection_rate', min: '0.8', effect: 'scale' }, { metric: 'target_attainment', min: '1', effect: 'defer' }] },
      { targets: { amount: '100000' } },
    );
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'gate -530.36', 'gate -2169.64']);
    expect([s.payable.toString(), s.deferred.toString()]).toEqual(['0', '2169.64']);
    expect(s.gates.map((g) => [g.metric, g.value?.toString(), g.passed])).toEqual([['collection_rate', '0.642857', false], ['target_attainment', '0.9', false]]);
  });

  it('act on bonus and penalty lines too', () => {
    const s = run({ ...collectionGate('0.8'), timing: { earlyBonusMonthlyRate: '0.005', latePenaltyMonthlyRate: '0.005' } });
    expect(view(s).at(-1)).toBe('gate -2683.34');
    expect(s.payable.toString()).toBe('0');
  });

  it('act on what the terminal-sales holdback left', () => {
    const s = run({ ...collectionGate('0.8'), accrual: 'on_collection_paid_on_terminal' }, { terminalSales: [{ date: '2026-11-20', amount: '45000' }] });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'holdback -1350', 'gate -1350']);
    expect([s.payable.toString(), s.deferred.toString()]).toEqual(['0', '1350']);
  });

  it('make no line when the statement stands at zero or below', () => {
    // December: nothing collected of INV-1's 50,000 still open, and nothing earned.
    const december = run(collectionGate('0.8'), { period: dec });
    expect([rateOf(december), december.gates[0]!.passed, december.lines]).toEqual(['0', false, []]);
    // 0.1% of R1 (50) less a penalty of 83.33: the statement is negative before the gate.
    const negative = run({ ...collectionGate('0.8'), rate: { type: 'flat', rate: '0.001' }, timing: { earlyBonusMonthlyRate: '0', latePenaltyMonthlyRate: '0.005' } }, { allocations: [R1] });
    expect(view(negative)).toEqual(['accrual R1 50', 'penalty R1 -83.33']);
    expect(negative.payable.toString()).toBe('-33.33');
  });
});
