import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIVE_C_SCORECARD, applyReceipts, scheduleInstalments, scoreCredit, type InstalmentPosition } from '../src/index.js';
import { AS_OF, buildPortfolio, formatPortfolio, type Portfolio } from '../examples/data/generate.js';

/** The sample portfolio of examples/data: committed, and made again by its seeded generator. */
const committed = readFileSync(new URL('../examples/data/portfolio.json', import.meta.url), 'utf8');
const portfolio = JSON.parse(committed) as Portfolio;

/** Every contract's instalments after its receipts, with the receipts that paid each. */
function positions(p: Portfolio): { position: InstalmentPosition; receiptIds: string[] }[] {
  const terms = new Map(p.paymentTerms.map((t) => [t.id, t]));
  return p.contracts.flatMap((contract) => {
    const plan = scheduleInstalments(terms.get(contract.termsId)!, { total: contract.total, currency: contract.currency, dates: contract.dates, contractId: contract.id });
    const applied = applyReceipts(plan.instalments, p.receipts.filter((r) => r.contractId === contract.id), { asOf: p.meta.asOf });
    return applied.instalments.map((position) => ({
      position,
      receiptIds: applied.allocations.filter((a) => a.instalmentId === position.id).map((a) => a.receiptId),
    }));
  });
}
const book = positions(portfolio);
const byId = new Map(book.map((entry) => [entry.position.id, entry.position]));

describe('examples/data/portfolio.json', () => {
  it('is exactly what generate.ts makes (run `npm run data` after changing the generator)', () => {
    expect(committed).toBe(formatPortfolio(buildPortfolio()));
  });

  it('is generated deterministically and without mutating shared data', () => {
    expect(formatPortfolio(buildPortfolio())).toBe(formatPortfolio(buildPortfolio()));
  });

  it('stays well under a megabyte', () => {
    expect(committed.length).toBeLessThan(400 * 1024);
  });

  it('stands on its fixed as-of date, with nothing dated after it', () => {
    expect(portfolio.meta.asOf).toBe('2026-11-30');
    expect(AS_OF).toBe(portfolio.meta.asOf);
    const dates = [
      ...portfolio.contracts.flatMap((c) => Object.values(c.dates)),
      ...portfolio.receipts.map((r) => r.date),
      ...portfolio.promises.map((p) => p.madeOn),
      ...portfolio.disputes.map((d) => d.openedOn),
      ...portfolio.writeOffs.map((w) => w.date),
      ...portfolio.customers.map((c) => c.lastReview),
    ];
    expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= AS_OF)).toBe(true);
  });

  it('keeps money exact: every amount is a decimal string to the fen', () => {
    const amounts = [
      ...portfolio.contracts.map((c) => c.total),
      ...portfolio.receipts.map((r) => r.amount),
      ...portfolio.writeOffs.map((w) => w.amount),
      ...portfolio.openOrders.map((o) => o.amount),
      ...portfolio.newOrders.map((o) => o.amount),
      ...portfolio.customers.map((c) => c.netWorth),
    ];
    expect(amounts.every((amount) => typeof amount === 'string' && /^\d+\.\d{2}$/.test(amount))).toBe(true);
  });

  it('has about 40 customers, spread over 6 reps, industries and credit grades', () => {
    const { customers, reps } = portfolio;
    expect(customers).toHaveLength(40);
    expect(new Set(customers.map((c) => c.id)).size).toBe(40);
    expect(reps).toHaveLength(6);
    for (const rep of reps) expect(customers.filter((c) => c.salesRepId === rep.id).length).toBeGreaterThanOrEqual(6);
    expect(new Set(customers.map((c) => c.industry)).size).toBeGreaterThanOrEqual(20);
    const grades = new Set(customers.map((c) => scoreCredit(FIVE_C_SCORECARD, c.facts).grade));
    expect([...grades].sort()).toEqual(['A', 'AA', 'AAA', 'B', 'BB', 'BBB', 'C']);
  });

  it('holds two years of contracts on every payment term, each for a known customer and rep', () => {
    const { contracts } = portfolio;
    const signed = contracts.map((c) => c.dates.contract ?? c.dates.invoice!).sort();
    expect(signed[0]! <= '2024-12-31').toBe(true);
    expect(signed.at(-1)! >= '2026-11-01').toBe(true);
    expect(new Set(contracts.map((c) => c.termsId))).toEqual(new Set(portfolio.paymentTerms.map((t) => t.id)));
    const customers = new Map(portfolio.customers.map((c) => [c.id, c]));
    expect(contracts.every((c) => customers.get(c.customerId)?.salesRepId === c.salesRepId)).toBe(true);
    expect(new Set(contracts.map((c) => c.id)).size).toBe(contracts.length);
  });

  it('has receipts that come early, on time, late and in part, and instalments still open', () => {
    const settled = book.filter((e) => e.position.settledOn !== null && e.position.dueDate !== null);
    expect(settled.filter((e) => e.position.settledOn! < e.position.dueDate!).length).toBeGreaterThan(50);
    expect(settled.filter((e) => e.position.settledOn === e.position.dueDate).length).toBeGreaterThan(50);
    expect(settled.filter((e) => e.position.settledOn! > e.position.dueDate!).length).toBeGreaterThan(50);
    expect(book.filter((e) => new Set(e.receiptIds).size > 1).length).toBeGreaterThan(10); // paid in parts
    expect(book.filter((e) => e.position.paid.gt(0) && e.position.outstanding.gt(0)).length).toBeGreaterThan(3); // part paid, the rest open
    expect(book.filter((e) => e.position.status === 'overdue').length).toBeGreaterThan(10);
    expect(book.filter((e) => e.position.status === 'open').length).toBeGreaterThan(10);
    // Every receipt is applied in full: none is more than its contract asks.
    const applied = new Set(book.flatMap((e) => e.receiptIds));
    expect(portfolio.receipts.every((r) => applied.has(r.id))).toBe(true);
  });

  it('has a promise to pay and an open dispute, each on an instalment overdue today', () => {
    expect(portfolio.promises).toHaveLength(1);
    const [promise] = portfolio.promises;
    const promised = byId.get(promise!.instalmentId)!;
    expect([promised.status, promised.paid.gt(0)]).toEqual(['overdue', true]);
    expect(promised.dueDate! < promise!.madeOn).toBe(true);
    expect(promise!.promisedDate > AS_OF).toBe(true);
    expect(portfolio.disputes).toHaveLength(1);
    const [dispute] = portfolio.disputes;
    expect(byId.get(dispute!.instalmentId)?.status).toBe('overdue');
    expect(dispute!.resolvedOn).toBeNull();
  });

  it('has a write-off of exactly what was left on a part-paid instalment', () => {
    expect(portfolio.writeOffs).toHaveLength(1);
    const [writeOff] = portfolio.writeOffs;
    const position = byId.get(writeOff!.receivableId)!;
    expect(position.paid.gt(0)).toBe(true);
    expect(position.outstanding.toFixed(2)).toBe(writeOff!.amount);
  });

  it('has orders for known customers, and names a featured contract that exists', () => {
    const customers = new Set(portfolio.customers.map((c) => c.id));
    expect([...portfolio.openOrders, ...portfolio.newOrders].every((o) => customers.has(o.customerId))).toBe(true);
    expect(portfolio.contracts.some((c) => c.id === portfolio.meta.featuredContractId)).toBe(true);
  });
});
