import { describe, expect, it } from 'vitest';
import { INV1, R1, R2, allocations, dec, nov, receivables, run, texts, textsZh, totals, view } from './fixtures.js';

const split = { splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 40 }] };

describe('splits', () => {
  const R4 = { receiptId: 'R4', receivableId: 'INV-1', amount: '0.5', date: '2026-11-20' };

  it('share every line by largest remainder and say so (the guide’s example)', () => {
    const li = run(split, { allocations: [...allocations, R4] });
    const wang = run(split, { salesRepId: 'wang', allocations: [...allocations, R4] });
    expect(view(li)).toEqual(['accrual R9 1260', 'accrual R2 720', 'accrual R1 900', 'accrual R4 0.01']);
    expect(view(wang)).toEqual(['accrual R9 840', 'accrual R2 480', 'accrual R1 600', 'accrual R4 0.01']);
    expect(texts(li)[0]).toBe("receipt R9 on INV-9: collected 70000 × 3% = 2100; li's share 60% = 1260");
    expect(textsZh(li)[0]).toBe('回款R9（INV-9）：回款70000 × 3% = 2100；li分成60% = 1260');
    expect(texts(wang)[3]).toBe("receipt R4 on INV-1: collected 0.5 × 3% = 0.02; wang's share 40% = 0.01");
    expect(li.payable.plus(wang.payable).toString()).toBe('4800.02');
  });

  it('give a rep outside the split lines of 0', () => {
    const zhao = run(split, { salesRepId: 'zhao' });
    expect(view(zhao)).toEqual(['accrual R9 0', 'accrual R2 0', 'accrual R1 0']);
    expect(texts(zhao)[0]).toBe("receipt R9 on INV-9: collected 70000 × 3% = 2100; zhao's share 0% = 0");
    expect(zhao.payable.toString()).toBe('0');
  });

  it('share penalties too, the parts adding up to the line', () => {
    const interest = { timing: { earlyBonusMonthlyRate: '0', latePenaltyMonthlyRate: '0.005' } };
    // −83.33 shared 60 : 40 is −49.998 and −33.332: the odd fen goes to the larger remainder.
    expect(view(run({ ...split, ...interest }, { allocations: [R1] }))).toEqual(['accrual R1 900', 'penalty R1 -50']);
    expect(view(run({ ...split, ...interest }, { salesRepId: 'wang', allocations: [R1] }))).toEqual(['accrual R1 600', 'penalty R1 -33.33']);
  });
});

describe('on_collection_paid_on_terminal', () => {
  const terminal = (amounts: string[]) => ({ terminalSales: amounts.map((amount) => ({ date: '2026-11-20', amount })) });
  const plan = { accrual: 'on_collection_paid_on_terminal' as const };

  it('pays what terminal sales in the period cover and defers the rest (the guide’s example)', () => {
    const s = run(plan, { terminalSales: [{ date: '2026-11-20', amount: '45000' }, { date: '2026-12-01', amount: '99999' }, { date: '2026-10-31', amount: '99999' }] });
    const held = s.lines.at(-1)!;
    expect([held.kind, held.base.toString(), held.rate.toString(), held.amount.toString()]).toEqual(['holdback', '2700', '0.5', '-1350']);
    expect(held.explanation).toBe('awaiting terminal sales: 45000 sold to end customers covers 50% of the 90000 collected; 1350 deferred');
    expect(held.explanationZh).toBe('待终端销售：终端销售45000覆盖回款90000的50%；递延1350');
    expect(totals(s)).toEqual(['2700', '-1350', '1350', '1350']);
  });

  it('adds the period’s terminal sales up, and defers all without any', () => {
    expect(view(run(plan, terminal(['30000', '15000'])))).toEqual(['accrual R2 1200', 'accrual R1 1500', 'holdback -1350']);
    const none = run(plan);
    expect(texts(none).at(-1)).toBe('awaiting terminal sales: 0 sold to end customers covers 0% of the 90000 collected; 2700 deferred');
    expect(totals(none)).toEqual(['2700', '-2700', '0', '2700']);
  });

  it.each([['90000'], ['200000']])('holds nothing back when terminal sales of %s cover the cash', (amount) => {
    expect(view(run(plan, terminal([amount])))).toEqual(['accrual R2 1200', 'accrual R1 1500']);
  });

  it('compares terminal sales with the cash collected, whatever the basis', () => {
    // 45,000 sold covers half of the 90,000 of cash, though the margin base is 23,000.
    const s = run({ ...plan, basis: 'margin', rate: { type: 'flat', rate: '0.1' } }, terminal(['45000']));
    expect(view(s)).toEqual(['accrual R2 800', 'accrual R1 1500', 'holdback -1150']);
  });

  it('holds back nothing from a statement that penalties make negative', () => {
    const s = run({ ...plan, rate: { type: 'flat', rate: '0.001' }, timing: { earlyBonusMonthlyRate: '0', latePenaltyMonthlyRate: '0.005' } }, { allocations: [R1] });
    expect(view(s)).toEqual(['accrual R1 50', 'penalty R1 -83.33']);
  });
});

describe('clawback', () => {
  const both = { clawback: { on: ['write_off' as const, 'refund' as const] } };
  const fullyPaid = [
    { receiptId: 'R1', receivableId: 'INV-1', amount: '100000', date: '2026-11-10' },
    { receiptId: 'R2', receivableId: 'INV-2', amount: '40000', date: '2026-11-05' },
  ];
  const november = run(both, { allocations: fullyPaid }); // INV-1 earned 3,000, INV-2 1,200
  const december = (plan: Parameters<typeof run>[0], extra: Parameters<typeof run>[1]) => run(plan, { period: dec, allocations: [], priorStatements: [november], ...extra });

  it('takes back in proportion to the amount written off or refunded (the guide’s example)', () => {
    const s = december(both, {
      writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }],
      refunds: [{ receivableId: 'INV-2', date: '2026-12-20', amount: '10000' }, { receivableId: 'INV-1', date: '2026-12-28' }],
      priorStatements: [JSON.parse(JSON.stringify(november))],
    });
    expect(texts(s)).toEqual(['INV-1 written off on 2026-12-15: 100% of the 3000 paid on it taken back', 'INV-2 refunded on 2026-12-20: 25% of the 1200 paid on it taken back']);
    expect(textsZh(s)).toEqual(['INV-1于2026-12-15核销：追回已付提成3000的100%', 'INV-2于2026-12-20退款：追回已付提成1200的25%']);
    expect(s.lines.map((l) => [l.kind, l.receivableId, l.base.toString(), l.rate.toString(), l.amount.toString()])).toEqual([
      ['clawback', 'INV-1', '3000', '1', '-3000'],
      ['clawback', 'INV-2', '1200', '0.25', '-300'],
    ]);
    expect(totals(s)).toEqual(['0', '-3300', '-3300', '0']);
  });

  it.each<[string, ('write_off' | 'refund')[], string[]]>([
    ['write-offs only', ['write_off'], ['clawback INV-1 -3000']],
    ['refunds only', ['refund'], ['clawback INV-2 -1200']],
  ])('acts on the events the plan names: %s', (_, on, expected) => {
    const s = december({ clawback: { on } }, { writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }], refunds: [{ receivableId: 'INV-2', date: '2026-12-20' }] });
    expect(view(s)).toEqual(expected);
  });

  it('acts on events dated in the period, both ends inclusive', () => {
    const s = december(both, {
      writeOffs: [
        { receivableId: 'INV-1', date: '2026-11-30', amount: '10000' },
        { receivableId: 'INV-1', date: '2026-12-01', amount: '10000' },
        { receivableId: 'INV-2', date: '2026-12-31', amount: '4000' },
        { receivableId: 'INV-2', date: '2027-01-01', amount: '4000' },
      ],
    });
    expect(view(s)).toEqual(['clawback INV-1 -300', 'clawback INV-2 -120']);
  });

  it('skips another rep’s receivable', () => {
    const s = december(both, { writeOffs: [{ receivableId: 'INV-9', date: '2026-12-15' }], priorStatements: [{ lines: [{ kind: 'accrual', receivableId: 'INV-9', amount: '2100' }] }] });
    expect(s.lines).toEqual([]);
  });

  it.each([
    [105, ['clawback INV-1 -3000']],
    [104, []],
  ])('with withinDays %i, a write-off 105 days after the issue date is taken back only within the window', (withinDays, expected) => {
    const s = december({ clawback: { on: ['write_off'], withinDays } }, { writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }] });
    expect(view(s)).toEqual(expected);
  });

  it('counts bonus and penalty lines as paid', () => {
    const withInterest = run({ ...both, timing: { earlyBonusMonthlyRate: '0.005', latePenaltyMonthlyRate: '0.005' } });
    // INV-1: 1,500 − 83.33; INV-2: 1,200 + 66.67.
    const s = december(both, { writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }, { receivableId: 'INV-2', date: '2026-12-15' }], priorStatements: [withInterest] });
    expect(view(s)).toEqual(['clawback INV-1 -1416.67', 'clawback INV-2 -1266.67']);
  });

  it('takes back a quarter and then another quarter, never counting what it took back as paid', () => {
    const s = december(both, {
      writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15', amount: '25000' }],
      refunds: [{ receivableId: 'INV-1', date: '2026-12-20', amount: '25000' }],
    });
    expect(view(s)).toEqual(['clawback INV-1 -750', 'clawback INV-1 -750']);
  });

  it('takes back at most the whole, and at most what is left', () => {
    const s = december(both, {
      writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15', amount: '150000' }, { receivableId: 'INV-2', date: '2026-12-15', amount: '30000' }],
      refunds: [{ receivableId: 'INV-2', date: '2026-12-20', amount: '30000' }],
    });
    // INV-2: 75% of 1,200 is 900, then 75% again, but only 300 is left.
    expect(view(s)).toEqual(['clawback INV-1 -3000', 'clawback INV-2 -900', 'clawback INV-2 -300']);
  });

  it('counts only clawback lines as taken back, whatever other lines a prior statement carries', () => {
    const prior = { lines: [{ kind: 'accrual', receivableId: 'INV-1', amount: '1500' }, { kind: 'adjustment', receivableId: 'INV-1', amount: '-500' }] };
    expect(view(december(both, { writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }], priorStatements: [prior] }))).toEqual(['clawback INV-1 -1500']);
  });

  it('takes back in the period it accrued in', () => {
    const s = run(both, { writeOffs: [{ receivableId: 'INV-1', date: '2026-11-20' }] });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'clawback INV-1 -1500']);
  });

  it('takes back, in the period it accrued in, only the share of it that the statement pays', () => {
    // Terminal sales of 45,000 cover half of the 90,000 collected: half of INV-1's 1,500 is paid, so half comes back.
    const terminal = { accrual: 'on_collection_paid_on_terminal' as const };
    const s = run({ ...both, ...terminal }, { terminalSales: [{ date: '2026-11-20', amount: '45000' }], writeOffs: [{ receivableId: 'INV-1', date: '2026-11-20' }] });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'holdback -1350', 'clawback INV-1 -750']);
    // With interest: 2,683.34 accrued, 1,341.67 paid, a share of exactly one half of
    // INV-1's 1,500 − 83.33 (708.335) and INV-2's 1,200 + 66.67 (633.335), each rounded half up.
    const interest = { timing: { earlyBonusMonthlyRate: '0.005', latePenaltyMonthlyRate: '0.005' } };
    const both2 = run({ ...both, ...terminal, ...interest }, {
      terminalSales: [{ date: '2026-11-20', amount: '45000' }],
      writeOffs: [{ receivableId: 'INV-1', date: '2026-11-20' }, { receivableId: 'INV-2', date: '2026-11-20' }],
    });
    expect(view(both2).slice(4)).toEqual(['holdback -1341.67', 'clawback INV-1 -708.34', 'clawback INV-2 -633.34']);
  });

  it('takes back each receivable in full when two are written off in the same period, in either order (found in review)', () => {
    const offs = [{ receivableId: 'INV-1', date: '2026-11-20' }, { receivableId: 'INV-2', date: '2026-11-25' }];
    const s = run(both, { writeOffs: offs });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'clawback INV-1 -1500', 'clawback INV-2 -1200']);
    expect(s.payable.toString()).toBe('0');
    expect(view(run(both, { writeOffs: [...offs].reverse() })).slice(2)).toEqual(['clawback INV-2 -1200', 'clawback INV-1 -1500']);
  });

  describe('what a prior statement paid', () => {
    const gate = { gates: [{ metric: 'collection_rate' as const, min: '0.99', effect: 'void' as const }] };
    const writeOff = { writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }] };
    const capped = run({ ...both, cap: '1350' }); // half of the 2,700 accrued paid

    it('is its lines in the share of it that was paid: nothing after a void gate, half after a cap at half', () => {
      expect(december(both, { ...writeOff, priorStatements: [run({ ...both, ...gate })] }).lines).toEqual([]);
      expect(view(december(both, { ...writeOff, priorStatements: [capped] }))).toEqual(['clawback INV-1 -750']);
    });

    it.each<[string, Record<string, unknown>]>([
      ['lines only', { lines: capped.lines }],
      ['no payable', { lines: capped.lines, accrued: capped.accrued }],
      ['no accrued', { lines: capped.lines, payable: capped.payable }],
    ])('counts its lines in full when it gives %s', (_, prior) => {
      expect(view(december(both, { ...writeOff, priorStatements: [prior as never] }))).toEqual(['clawback INV-1 -1500']);
    });

    it('counts its lines in full when it accrued nothing or less', () => {
      // 0.1% commission, 5% a month penalty: INV-1 earns 50 and costs 833.33; INV-2 earns 40.
      const negative = run({ ...both, rate: { type: 'flat', rate: '0.001' }, timing: { earlyBonusMonthlyRate: '0', latePenaltyMonthlyRate: '0.05' } });
      expect(negative.accrued.toString()).toBe('-743.33');
      expect(view(december(both, { writeOffs: [{ receivableId: 'INV-2', date: '2026-12-15' }], priorStatements: [negative] }))).toEqual(['clawback INV-2 -40']);
    });

    it('is not lowered by its clawback of other receivables (found in review)', () => {
      // October: INV-0 fully paid earns 3,000. November: INV-1 and INV-2 earn 2,700, INV-0 is
      // written off (−3,000): November pays −300, yet INV-1's 1,500 was paid, netted against INV-0.
      const INV0 = { ...INV1, id: 'INV-0', issueDate: '2026-08-01', dueDate: '2026-09-30' };
      const R0 = { receiptId: 'R0', receivableId: 'INV-0', amount: '100000', date: '2026-10-10' };
      const history = { receivables: [INV0, ...receivables], allocations: [R0, ...allocations] };
      const october = run(both, { ...history, period: { from: '2026-10-01', to: '2026-10-31' } });
      const nov2 = run(both, { ...history, period: nov, writeOffs: [{ receivableId: 'INV-0', date: '2026-11-20' }], priorStatements: [october] });
      expect(view(nov2)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'clawback INV-0 -3000']);
      const s = run(both, { ...history, period: dec, writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }], priorStatements: [october, nov2] });
      expect(view(s)).toEqual(['clawback INV-1 -1500']);
    });
  });

  it('acts on the rep’s part under a split', () => {
    const li = run({ ...both, ...split });
    expect(view(december({ ...both, ...split }, { writeOffs: [{ receivableId: 'INV-1', date: '2026-12-15' }], priorStatements: [li] }))).toEqual(['clawback INV-1 -900']);
  });
});

describe('cap and holdback', () => {
  it('caps, then holds back (the guide’s example)', () => {
    const s = run({ cap: '2000', holdbackPercent: 10 });
    const [cap, held] = s.lines.slice(2);
    expect([cap!.kind, cap!.base.toString(), cap!.rate.toString(), cap!.amount.toString()]).toEqual(['cap', '2700', '0', '-700']);
    expect([held!.kind, held!.base.toString(), held!.rate.toString(), held!.amount.toString()]).toEqual(['holdback', '2000', '0.1', '-200']);
    expect(texts(s).slice(2)).toEqual(['capped at 2000 (−700)', 'holdback 10% (−200), paid later']);
    expect(textsZh(s).slice(2)).toEqual(['封顶2000（−700）', '预留10%（−200），后期发放']);
    expect(totals(s)).toEqual(['2700', '-900', '1800', '200']);
  });

  it.each([
    ['2700', ['accrual R2 1200', 'accrual R1 1500']],
    ['2699.99', ['accrual R2 1200', 'accrual R1 1500', 'cap -0.01']],
    ['0', ['accrual R2 1200', 'accrual R1 1500', 'cap -2700']],
  ])('a cap of %s takes off only what stands above it', (cap, expected) => {
    expect(view(run({ cap }))).toEqual(expected);
  });

  it('caps what stands after clawback', () => {
    // November earns 2,700 and takes back INV-0's 3,000: −300 stands, under the cap of 2,000.
    const INV0 = { ...INV1, id: 'INV-0', issueDate: '2026-08-01', dueDate: '2026-09-30' };
    const prior = { lines: [{ kind: 'accrual', receivableId: 'INV-0', amount: '3000' }] };
    const s = run({ clawback: { on: ['write_off'] }, cap: '2000', holdbackPercent: 10 }, { receivables: [INV0, ...receivables], writeOffs: [{ receivableId: 'INV-0', date: '2026-11-20' }], priorStatements: [prior] });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'clawback INV-0 -3000']);
  });

  it.each([
    ['0.05', ['cap -2699.95', 'holdback -0.01']], // 10% of 0.05 = 0.005, half up to 0.01
    ['0.04', ['cap -2699.96']], // 0.004 rounds to 0: no line
  ])('holdback rounds half up, and makes no line of 0 (cap %s)', (cap, expected) => {
    expect(view(run({ cap, holdbackPercent: 10 })).slice(2)).toEqual(expected);
  });

  it('holds back nothing at 0%', () => {
    expect(view(run({ holdbackPercent: 0 }))).toEqual(['accrual R2 1200', 'accrual R1 1500']);
  });

  it('holds back a share of what the terminal-sales holdback left', () => {
    const s = run({ accrual: 'on_collection_paid_on_terminal', holdbackPercent: 10 }, { terminalSales: [{ date: '2026-11-20', amount: '45000' }] });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500', 'holdback -1350', 'holdback -135']);
    expect(totals(s)).toEqual(['2700', '-1485', '1215', '1485']);
  });

  it('holds nothing back from a negative statement', () => {
    const s = run({ clawback: { on: ['refund'] }, holdbackPercent: 10 }, { period: dec, allocations: [R1, R2], refunds: [{ receivableId: 'INV-1', date: '2026-12-02' }], priorStatements: [run()] });
    expect(view(s)).toEqual(['clawback INV-1 -1500']);
  });
});
