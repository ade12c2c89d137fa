import { describe, expect, it } from 'vitest';
import { calculateCommission } from '../../src/commission/index.js';
import { INV1, INV2, R1, R2, allocations, brief, cash3, input, nov, receivables, run, texts, textsZh, totals, view } from './fixtures.js';

const tiers = [{ upTo: '50000', rate: '0.01' }, { upTo: '100000', rate: '0.02' }, { rate: '0.03' }];
const autumn = { from: '2026-09-01', to: '2026-10-31' };

describe('on_collection', () => {
  it('earns on receipts dated from the first to the last day of the period, both inclusive', () => {
    const edges = [
      { receiptId: 'R-before', receivableId: 'INV-1', amount: '1000', date: '2026-10-31' },
      { receiptId: 'R-first', receivableId: 'INV-1', amount: '1000', date: '2026-11-01' },
      { receiptId: 'R-last', receivableId: 'INV-1', amount: '1000', date: '2026-11-30' },
      { receiptId: 'R-after', receivableId: 'INV-1', amount: '1000', date: '2026-12-01' },
    ];
    const s = run({}, { allocations: [...allocations, ...edges] });
    expect(view(s)).toEqual(['accrual R-first 30', 'accrual R2 1200', 'accrual R1 1500', 'accrual R-last 30']);
  });

  it('says which receipt paid which receivable, in English and Chinese, with no factor when there is no timing', () => {
    const s = run();
    expect(s.lines[1]).toMatchObject({ kind: 'accrual', receiptId: 'R1', receivableId: 'INV-1' });
    expect([s.lines[1]!.base.toString(), s.lines[1]!.rate.toString()]).toEqual(['50000', '0.03']);
    expect('factor' in s.lines[1]!).toBe(false);
    expect(texts(s)).toEqual(['receipt R2 on INV-2: collected 40000 × 3% = 1200', 'receipt R1 on INV-1: collected 50000 × 3% = 1500']);
    expect(textsZh(s)).toEqual(['回款R2（INV-2）：回款40000 × 3% = 1200', '回款R1（INV-1）：回款50000 × 3% = 1500']);
  });

  it('on an invoiced basis takes the cash, as collected does', () => {
    const s = run({ basis: 'invoiced' });
    expect(view(s)).toEqual(['accrual R2 1200', 'accrual R1 1500']);
    expect(texts(s)[1]).toBe('receipt R1 on INV-1: invoiced 50000 × 3% = 1500');
    expect(textsZh(s)[1]).toBe('回款R1（INV-1）：开票50000 × 3% = 1500');
  });

  it('on a margin basis takes the receipt’s share of the margin', () => {
    const s = run({ basis: 'margin', rate: { type: 'flat', rate: '0.1' } });
    // R1 pays half of INV-1: half of its 30,000 margin; R2 all of INV-2's 8,000.
    expect(texts(s)).toEqual(['receipt R2 on INV-2: margin 8000 × 10% = 800', 'receipt R1 on INV-1: margin 15000 × 10% = 1500']);
    expect(textsZh(s)[1]).toBe('回款R1（INV-1）：毛利15000 × 10% = 1500');
  });

  it('orders lines by date, then receipt id, then receivable id, whatever the input order (found in review)', () => {
    const day = '2026-11-20';
    const s = run({}, {
      allocations: [
        { receiptId: 'R0', receivableId: 'INV-1', amount: '100', date: '2026-11-21' },
        { receiptId: 'R7', receivableId: 'INV-2', amount: '100', date: day },
        { receiptId: 'R7', receivableId: 'INV-1', amount: '100', date: day },
        { receiptId: 'R1-2', receivableId: 'INV-1', amount: '100', date: day },
        { receiptId: 'R1', receivableId: 'INV-1', amount: '100', date: day },
      ],
    });
    // 'R1' before 'R1-2' (a prefix sorts first); R7's two lines by receivable; R0 is a day later.
    expect(s.lines.map((l) => `${l.receiptId}/${l.receivableId}`)).toEqual(['R1/INV-1', 'R1-2/INV-1', 'R7/INV-1', 'R7/INV-2', 'R0/INV-1']);
  });
});

describe('on_invoice', () => {
  const invoiced = { basis: 'invoiced' as const, accrual: 'on_invoice' as const, rate: { type: 'flat' as const, rate: '0.02' } };

  it('earns on the rep’s invoices issued from the first to the last day of the period, receipts aside', () => {
    // INV-1 is issued on 09-01 and INV-2 on 10-15: the edges of the period; INV-9 is Wang's.
    const s = run(invoiced, { period: { from: '2026-09-01', to: '2026-10-15' } });
    expect(view(s)).toEqual(['accrual INV-1 2000', 'accrual INV-2 800']);
    expect(run(invoiced, { period: { from: '2026-09-02', to: '2026-10-14' } }).lines).toEqual([]);
  });

  it('explains an invoice line without a receipt', () => {
    const s = run(invoiced, { period: autumn });
    expect(texts(s)).toEqual(['invoice INV-1: invoiced 100000 × 2% = 2000', 'invoice INV-2: invoiced 40000 × 2% = 800']);
    expect(textsZh(s)).toEqual(['发票INV-1：开票100000 × 2% = 2000', '发票INV-2：开票40000 × 2% = 800']);
    expect('receiptId' in s.lines[0]!).toBe(false);
  });

  it('on a margin basis takes the receivable’s margin', () => {
    const s = run({ ...invoiced, basis: 'margin', rate: { type: 'flat', rate: '0.1' } }, { period: autumn });
    expect(texts(s)).toEqual(['invoice INV-1: margin 30000 × 10% = 3000', 'invoice INV-2: margin 8000 × 10% = 800']);
    expect(textsZh(s)[0]).toBe('发票INV-1：毛利30000 × 10% = 3000');
  });

  it('orders invoices of the same day by id, whatever the input order', () => {
    const sameDay = ['INV-B', 'INV-C', 'INV-A'].map((id) => ({ ...INV1, id, issueDate: '2026-10-01' }));
    expect(view(run(invoiced, { period: autumn, receivables: sameDay, allocations: [] }))).toEqual(['accrual INV-A 2000', 'accrual INV-B 2000', 'accrual INV-C 2000']);
  });

  it('ignores timing: no factor, no bonus or penalty', () => {
    const banded = run({ ...invoiced, timing: { bands: [{ maxDaysLate: 0, factor: '0.5' }] } }, { period: autumn });
    expect(view(banded)).toEqual(['accrual INV-1 2000', 'accrual INV-2 800']);
    expect('factor' in banded.lines[0]!).toBe(false);
    const interest = run({ ...invoiced, timing: { earlyBonusMonthlyRate: '0.01', latePenaltyMonthlyRate: '0.01' } }, { period: autumn });
    expect(view(interest)).toEqual(['accrual INV-1 2000', 'accrual INV-2 800']);
  });
});

describe('on_target', () => {
  it('makes one line on the period’s collected base, flat', () => {
    const s = run({ accrual: 'on_target' });
    expect(view(s)).toEqual(['accrual 2700']); // 90,000 × 3%
    expect(texts(s)).toEqual(["on target: the period's collected base 90000 × 3% = 2700"]);
    expect(textsZh(s)).toEqual(['目标考核：本期回款基数90000 × 3% = 2700']);
    expect(['receivableId' in s.lines[0]!, 'receiptId' in s.lines[0]!]).toEqual([false, false]);
  });

  it('shows the effective rate of marginal tiers', () => {
    const s = run({ accrual: 'on_target', rate: { type: 'tiered', mode: 'marginal', tiers } });
    // 50,000 × 1% + 40,000 × 2% = 1,300 on 90,000: 1.4444%.
    expect(texts(s)).toEqual(["on target: the period's collected base 90000 × 1.4444% = 1300"]);
    expect(s.lines[0]!.rate.toString()).toBe('0.014444');
  });

  it('on an invoiced or margin basis takes the invoices issued in the period, not the receipts', () => {
    const invoiced = run({ basis: 'invoiced', accrual: 'on_target', rate: { type: 'tiered', mode: 'retroactive', tiers } }, { period: autumn });
    // INV-1 and INV-2, 140,000, reach the open 3% tier.
    expect(texts(invoiced)).toEqual(["on target: the period's invoiced base 140000 × 3% = 4200"]);
    expect(textsZh(invoiced)).toEqual(['目标考核：本期开票基数140000 × 3% = 4200']);
    const margin = run({ basis: 'margin', accrual: 'on_target', rate: { type: 'flat', rate: '0.1' } }, { period: autumn });
    expect(textsZh(margin)).toEqual(['目标考核：本期毛利基数38000 × 10% = 3800']);
  });

  it('with nothing in the period makes a line of 0 at 0%', () => {
    const s = run({ accrual: 'on_target' }, { allocations: [] });
    expect(view(s)).toEqual(['accrual 0']);
    expect(texts(s)).toEqual(["on target: the period's collected base 0 × 0% = 0"]);
  });
});

describe('tiers', () => {
  const big = { ...INV1, id: 'INV-B', amount: '1000000' };
  const paying = (mode: 'marginal' | 'retroactive', amount: string) =>
    run({ rate: { type: 'tiered', mode, tiers } }, { receivables: [big], allocations: [{ receiptId: 'R', receivableId: 'INV-B', amount, date: '2026-11-10' }] });

  // upTo is the top of its tier, inclusive.
  it.each([
    ['10000', '100', '100'],
    ['50000', '500', '500'],
    ['50000.01', '500', '1000'], // 500 + 0.01 × 2% = 500.0002; 50,000.01 × 2% = 1,000.0002
    ['100000', '1500', '2000'],
    ['100000.01', '1500', '3000'],
    ['150000', '3000', '4500'], // 500 + 1,000 + 50,000 × 3%
  ])('a base of %s earns %s marginal and %s retroactive', (amount, marginal, retroactive) => {
    expect(paying('marginal', amount).payable.toString()).toBe(marginal);
    expect(paying('retroactive', amount).payable.toString()).toBe(retroactive);
  });

  it('explain the mode and the period’s effective rate on each line', () => {
    expect(texts(paying('marginal', '150000'))).toEqual(['receipt R on INV-B: collected 150000 × 2% (marginal tiers) = 3000']);
    expect(texts(paying('retroactive', '150000'))).toEqual(['receipt R on INV-B: collected 150000 × 3% (retroactive tiers) = 4500']);
    expect(textsZh(paying('retroactive', '150000'))).toEqual(['回款R（INV-B）：回款150000 × 3% = 4500']);
  });

  it('marginal tiers may fall in rate', () => {
    const falling = run({ rate: { type: 'tiered', mode: 'marginal', tiers: [{ upTo: '50000', rate: '0.02' }, { rate: '0.01' }] } });
    expect(falling.payable.toString()).toBe('1400'); // 50,000 × 2% + 40,000 × 1%
  });

  it('spread the rounded total over the lines by largest remainder, so the lines add up to it', () => {
    // Three receipts of 0.01 at 50%: 0.005 each, 0.015 in all, rounded to 0.02 and spread 1 : 1 : 0.
    // A flat 50% would round each line on its own, to 0.03 in all.
    const cents = ['A', 'B', 'C'].map((receiptId) => ({ receiptId, receivableId: 'INV-1', amount: '0.01', date: '2026-11-10' }));
    const tiered = run({ rate: { type: 'tiered', mode: 'marginal', tiers: [{ rate: '0.5' }] } }, { allocations: cents });
    expect(view(tiered)).toEqual(['accrual A 0.01', 'accrual B 0.01', 'accrual C 0']);
    expect(run({ rate: { type: 'flat', rate: '0.5' } }, { allocations: cents }).payable.toString()).toBe('0.03');
  });

  it('count a receipt that earns nothing (past the last band) in the base that decides the tier', () => {
    const R3 = { receiptId: 'R3', receivableId: 'INV-1', amount: '10000', date: '2027-02-10' }; // 102 days late
    const bands = { timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.5' }] } };
    const s = run({ rate: { type: 'tiered', mode: 'marginal', tiers }, ...bands }, { period: { from: '2026-11-01', to: '2027-02-28' }, allocations: [R1, R2, R3] });
    // The base is 100,000: 500 + 1,000 = 1,500, 1.5%. R2 × 1 = 600, R1 × 0.5 = 375, R3 × 0 = 0.
    expect(view(s)).toEqual(['accrual R2 600', 'accrual R1 375', 'accrual R3 0']);
    expect(s.lines.map((l) => l.rate.toString())).toEqual(['0.015', '0.015', '0.015']);
    const alone = run({ rate: { type: 'tiered', mode: 'marginal', tiers }, ...bands }, { period: { from: '2027-02-01', to: '2027-02-28' }, allocations: [R3] });
    expect(view(alone)).toEqual(['accrual R3 0']);
  });

  it('on a base of 0 (a zero margin) earn 0 at 0%', () => {
    const s = run({ basis: 'margin', rate: { type: 'tiered', mode: 'marginal', tiers } }, { receivables: [{ ...INV1, margin: '0' }, INV2], allocations: [R1] });
    expect(view(s)).toEqual(['accrual R1 0']);
    expect(s.lines[0]!.rate.toString()).toBe('0');
  });
});

describe('overrides', () => {
  const at5 = (match: Record<string, string>) => run({ overrides: [{ match, rate: '0.05' }] });

  it.each<[string, Record<string, string>, string[]]>([
    ['a product', { productId: 'P2' }, ['accrual R2 2000', 'accrual R1 1500']],
    ['a category', { category: 'parts' }, ['accrual R2 2000', 'accrual R1 1500']],
    ['a customer', { customerId: 'C2' }, ['accrual R2 2000', 'accrual R1 1500']],
    ['every field it names', { productId: 'P2', category: 'parts', customerId: 'C2' }, ['accrual R2 2000', 'accrual R1 1500']],
    ['no field: every receivable', {}, ['accrual R2 2000', 'accrual R1 2500']],
    ['a category, but not the customer', { category: 'parts', customerId: 'C7' }, ['accrual R2 1200', 'accrual R1 1500']],
    ['a category, but not the product', { productId: 'P9', category: 'parts' }, ['accrual R2 1200', 'accrual R1 1500']],
    ['a product, but not the category', { productId: 'P2', category: 'machines' }, ['accrual R2 1200', 'accrual R1 1500']],
  ])('a rule matching %s', (_, match, expected) => {
    expect(view(at5(match))).toEqual(expected);
  });

  it('the first matching rule wins', () => {
    const s = run({ overrides: [{ match: { category: 'parts', customerId: 'C2' }, rate: '0.08' }, { match: { category: 'parts' }, rate: '0.05' }] });
    expect(view(s)).toEqual(['accrual R2 3200', 'accrual R1 1500']);
  });

  it('leave the tier base, and say so', () => {
    const s = run({ rate: { type: 'tiered', mode: 'marginal', tiers }, overrides: [{ match: { category: 'parts' }, rate: '0.05' }] });
    // The tier base is R1's 50,000 alone, all in the first tier: 500.
    expect(texts(s)).toEqual(['receipt R2 on INV-2: collected 40000 × 5% (override) = 2000', 'receipt R1 on INV-1: collected 50000 × 1% (marginal tiers) = 500']);
  });
});

describe('the statement', () => {
  it('echoes the rep, the currency and the period, and adds the lines up', () => {
    const s = run();
    expect([s.salesRepId, s.currency, s.period]).toEqual(['li', 'CNY', nov]);
    expect(totals(s)).toEqual(['2700', '0', '2700', '0']);
    expect(s.gates).toEqual([]);
  });

  it('does not mutate its input', () => {
    const plan = { ...cash3, overrides: [{ match: { category: 'parts' }, rate: '0.05' }], gates: [{ metric: 'collection_rate' as const, min: '0.8', effect: 'scale' as const }], splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 40 }], clawback: { on: ['write_off' as const] }, cap: '2000', holdbackPercent: 10 };
    const extra = { writeOffs: [{ receivableId: 'INV-1', date: '2026-11-20' }], priorStatements: [JSON.parse(JSON.stringify(run()))] };
    const full = { ...input, ...extra };
    const before = JSON.stringify([plan, full]);
    calculateCommission(plan, full);
    expect(JSON.stringify([plan, full])).toBe(before);
  });

  it('counts a receivable without a rep for whichever rep asks', () => {
    const shared = { ...INV2, salesRepId: undefined };
    const wang = run({}, { salesRepId: 'wang', receivables: [INV1, shared, receivables[2]!] as never });
    expect(wang.lines.map(brief)).toEqual(['accrual R9 2100', 'accrual R2 1200']);
  });
});
