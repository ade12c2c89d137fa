/**
 * Figures the report shows that `runCycle` does not return: the portfolio's collection
 * rate (回款率) month by month, with huikuan's `collectionRate` over every instalment and
 * the receipts applied to it, and DSO (应收账款周转天数) with `daysSalesOutstanding`.
 *
 * `runCycle` keeps its ledger (the instalments with their allocations) to itself, so
 * the ledger is rebuilt here the same way: each contract's plan from its payment terms,
 * the contract's receipts applied to it as of the portfolio's date.
 */
import {
  Decimal,
  addDays,
  addMonths,
  applyReceipts,
  collectionRate,
  daysBetween,
  daysSalesOutstanding,
  endOfMonth,
  scheduleInstalments,
  type CollectionRateResult,
  type KpiResult,
} from '../../src/index.js';
import type { Cycle } from '../data/cycle.js';
import type { Portfolio } from '../data/generate.js';

/** One instalment of the book with a due date, as `collectionRate` reads it. */
export interface LedgerItem {
  readonly id: string;
  readonly customerId: string;
  readonly salesRepId: string;
  readonly currency: string;
  readonly amount: Decimal;
  /** The anchor milestone's date: when the instalment became a receivable (invoiced). */
  readonly issueDate: string;
  readonly dueDate: string;
  readonly allocations: readonly { readonly date: string; readonly amount: Decimal }[];
  /** The date it was written off, or null. */
  readonly writtenOffOn: string | null;
}

/** The collection rate of one calendar month (the last one ends on the as-of date). */
export interface MonthlyCollection {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly from: string;
  readonly to: string;
  readonly rate: CollectionRateResult;
}

/** DSO, period method, over the days up to the as-of date. */
export interface DsoFigure {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** Open receivables on the as-of date (the aged report's total). */
  readonly receivables: Decimal;
  /** Instalments invoiced (their anchor milestone reached) in the period. */
  readonly creditSales: Decimal;
  readonly result: KpiResult;
}

/** What the report adds to the cycle. */
export interface ReportExtras {
  /** Oldest month first. */
  readonly monthly: readonly MonthlyCollection[];
  /** Null when nothing was invoiced in the period. */
  readonly dso: DsoFigure | null;
}

/** Options of `computeExtras`. */
export interface ExtrasOptions {
  /** How many months of collection rates, the as-of month included. @defaultValue 12 */
  readonly months?: number;
  /** The DSO period in days, ending on the as-of date. @defaultValue 91 (a quarter) */
  readonly dsoDays?: number;
}

/**
 * Every instalment of the portfolio that has a due date, with the receipts applied to
 * it as of the portfolio's date (the same plans and applications as `runCycle`).
 *
 * @param portfolio - The sample portfolio.
 * @returns One entry per instalment with a due date, in contract order.
 */
export function buildLedger(portfolio: Portfolio): LedgerItem[] {
  const { asOf } = portfolio.meta;
  const terms = new Map(portfolio.paymentTerms.map((t) => [t.id, t]));
  const writtenOff = new Map(portfolio.writeOffs.map((w) => [w.receivableId, w.date]));
  const receiptsOf = new Map<string, Portfolio['receipts'][number][]>();
  for (const receipt of portfolio.receipts) {
    const list = receiptsOf.get(receipt.contractId);
    if (list === undefined) receiptsOf.set(receipt.contractId, [receipt]);
    else list.push(receipt);
  }
  const ledger: LedgerItem[] = [];
  for (const contract of portfolio.contracts) {
    const contractTerms = terms.get(contract.termsId);
    if (contractTerms === undefined) throw new Error(`contract ${contract.id}: unknown payment terms ${contract.termsId}`);
    const plan = scheduleInstalments(contractTerms, { total: contract.total, currency: contract.currency, dates: contract.dates, contractId: contract.id });
    const application = applyReceipts(plan.instalments, receiptsOf.get(contract.id) ?? [], { asOf });
    for (const instalment of plan.instalments) {
      if (instalment.dueDate === null || instalment.anchor.date === null) continue; // awaiting its milestone
      ledger.push({
        id: instalment.id,
        customerId: contract.customerId,
        salesRepId: contract.salesRepId,
        currency: instalment.currency,
        amount: instalment.amount,
        issueDate: instalment.anchor.date,
        dueDate: instalment.dueDate,
        allocations: application.allocations.filter((a) => a.instalmentId === instalment.id).map((a) => ({ date: a.date, amount: a.amount })),
        writtenOffOn: writtenOff.get(instalment.id) ?? null,
      });
    }
  }
  return ledger;
}

/**
 * The collection rate of each of the last `months` calendar months, the as-of month
 * (to the as-of date) last. An instalment written off before a month began has left
 * the book and is not counted in it; one written off during the month is (it was
 * collectible, and was not collected).
 *
 * @param ledger - From `buildLedger`.
 * @param asOf - The last day counted.
 * @param months - How many months.
 * @returns Oldest month first.
 */
export function monthlyCollectionRates(ledger: readonly LedgerItem[], asOf: string, months: number): MonthlyCollection[] {
  const out: MonthlyCollection[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    const from = `${addMonths(asOf, -back).slice(0, 7)}-01`;
    const to = back === 0 ? asOf : endOfMonth(from);
    const items = ledger.filter((item) => item.writtenOffOn === null || item.writtenOffOn >= from);
    out.push({ month: from.slice(0, 7), from, to, rate: collectionRate(items, { from, to }) });
  }
  return out;
}

/**
 * The report's extra figures: monthly collection rates and DSO.
 *
 * @param portfolio - The portfolio the cycle ran on.
 * @param cycle - `runCycle(portfolio)`: its aged total is DSO's receivables.
 * @param options - Months of rates and the DSO period.
 * @returns The figures, computed by huikuan's functions.
 */
export function computeExtras(portfolio: Portfolio, cycle: Cycle, options: ExtrasOptions = {}): ReportExtras {
  const months = options.months ?? 12;
  const dsoDays = options.dsoDays ?? 91;
  const ledger = buildLedger(portfolio);
  const monthly = monthlyCollectionRates(ledger, cycle.asOf, months);

  const from = addDays(cycle.asOf, 1 - dsoDays);
  const creditSales = ledger
    .filter((item) => item.currency === cycle.currency && item.issueDate >= from && item.issueDate <= cycle.asOf)
    .reduce((sum, item) => sum.plus(item.amount), new Decimal(0));
  const receivables = cycle.ageing.totals[cycle.currency]?.total ?? new Decimal(0);
  const days = daysBetween(from, cycle.asOf) + 1;
  const dso = creditSales.gt(0)
    ? { from, to: cycle.asOf, days, receivables, creditSales, result: daysSalesOutstanding({ receivables, creditSales, days }) }
    : null;
  return { monthly, dso };
}
