/**
 * The whole collection cycle on the sample portfolio, as of its date: plans from the
 * contracts, receipts applied, customers graded and given limits, new orders checked,
 * receivables aged, today's worklist, and each rep's commission. `runCycle` returns
 * plain data (amounts as Decimals, which JSON.stringify prints as exact strings), so
 * the quick start prints it as tables and a report can render it any way it likes.
 */
import { readFileSync } from 'node:fs';
import {
  Decimal,
  ageReceivables,
  applyReceipts,
  assessPaymentBehaviour,
  buildWorklist,
  calculateCommission,
  checkOrder,
  comparePlanToActual,
  creditLimit,
  escalationStatus,
  measureExposure,
  nextReviewDate,
  rerate,
  scheduleInstalments,
  scoreCredit,
  summariseCommissions,
  addDays,
  addMonths,
  type AgeingGroup,
  type AgeingReport,
  type Allocation,
  type CommissionStatement,
  type CommissionSummary,
  type CreditLimitResult,
  type CreditScore,
  type EscalationItem,
  type EscalationStatus,
  type Exposure,
  type Instalment,
  type InstalmentPlan,
  type InstalmentPosition,
  type OrderCheck,
  type PaymentTerms,
  type PaymentBehaviour,
  type PlanVersusActual,
  type ReceiptApplication,
  type Rerating,
  type Worklist,
  type WorklistAction,
} from '../../src/index.js';
import type { Contract, Customer, Portfolio, PortfolioOrder, PortfolioReceipt, Rep } from './generate.js';

/**
 * Reads examples/data/portfolio.json.
 *
 * @returns The portfolio as committed (regenerate it with `npm run data`).
 */
export function loadPortfolio(): Portfolio {
  // The file is written by generate.ts from the Portfolio type, so the cast holds; every
  // huikuan function below validates its own part of it all the same.
  return JSON.parse(readFileSync(new URL('./portfolio.json', import.meta.url), 'utf8')) as Portfolio;
}

/** One instalment of the book, with its contract and where it stands after receipts. */
export interface LedgerEntry {
  readonly contract: Contract;
  readonly instalment: Instalment;
  readonly position: InstalmentPosition;
  readonly allocations: readonly Allocation[];
  readonly writtenOff: boolean;
}

/** A customer's credit standing as of the date. */
export interface CustomerCredit {
  readonly customer: Customer;
  /** The five Cs score and the grade it gives. */
  readonly score: CreditScore;
  /** How the customer paid over the last year (payment index, 80 = prompt). */
  readonly behaviour: PaymentBehaviour;
  /** The scored grade re-rated on that behaviour: the grade in force. */
  readonly rerating: Rerating;
  readonly grade: string;
  /** Invoiced in the twelve months to the date ÷ 12, to the fen. */
  readonly averageMonthlySales: Decimal;
  readonly limit: CreditLimitResult;
  readonly nextReview: string;
  /** The customer's line of the aged report by customer (null when nothing is open). */
  readonly open: AgeingGroup | null;
  readonly exposure: Exposure;
}

/** A new order and the credit check's decision on it. */
export interface OrderDecision {
  readonly order: PortfolioOrder;
  readonly customer: Customer;
  readonly grade: string;
  readonly limit: Decimal;
  readonly exposure: Decimal;
  readonly check: OrderCheck;
}

/** Worklist actions of one owner (a role of the timetable). */
export interface OwnerWork {
  readonly owner: string;
  readonly actions: readonly WorklistAction[];
}

/** A rep's commission: this month's statement and the year so far. */
export interface RepCommission {
  readonly rep: Rep;
  readonly statement: CommissionStatement;
  /** Every monthly statement of the as-of year, this month's included. */
  readonly yearToDate: CommissionSummary['byRep'][number] | null;
}

/** The cycle's results, as of the portfolio's date. */
export interface Cycle {
  readonly asOf: string;
  readonly currency: string;
  readonly counts: { readonly customers: number; readonly contracts: number; readonly instalments: number; readonly receipts: number };
  readonly credit: readonly CustomerCredit[];
  readonly orders: readonly OrderDecision[];
  readonly featured: {
    readonly contract: Contract;
    readonly customer: Customer;
    readonly terms: PaymentTerms;
    readonly plan: InstalmentPlan;
    readonly receipts: readonly PortfolioReceipt[];
    readonly application: ReceiptApplication;
    readonly comparison: PlanVersusActual;
  };
  /** Aged receivables by rep (written-off instalments left out). */
  readonly ageing: AgeingReport;
  readonly worklist: Worklist;
  /** The worklist's actions by owner, in the order the timetable first names them. */
  readonly byOwner: readonly OwnerWork[];
  /** Open items whose escalation is paused: promised or disputed. */
  readonly onHold: readonly EscalationStatus[];
  readonly commission: {
    readonly period: { readonly from: string; readonly to: string };
    readonly reps: readonly RepCommission[];
    readonly team: CommissionSummary['team'];
  };
}

/** When a contract was signed (or, for a plain invoice, issued). */
const signedOn = (contract: Contract) => contract.dates.contract ?? contract.dates.invoice!;

/** First day of a date's month. */
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/**
 * Runs the collection cycle on a portfolio as of its `meta.asOf`.
 *
 * @param portfolio - The sample portfolio (see generate.ts), or one shaped like it.
 * @returns Every result the quick start prints, as plain data.
 * @throws HuikuanError when a document or record of the portfolio is malformed.
 */
export function runCycle(portfolio: Portfolio): Cycle {
  const { asOf, currency } = portfolio.meta;
  const { policies } = portfolio;
  const terms = new Map(portfolio.paymentTerms.map((t) => [t.id, t]));
  const customers = new Map(portfolio.customers.map((c) => [c.id, c]));
  const writtenOff = new Set(portfolio.writeOffs.map((w) => w.receivableId));
  const receiptsOf = groupBy(portfolio.receipts, (r) => r.contractId);

  // 1. During the sale: each contract's collection plan, and the receipts applied to it.
  const plans = new Map<string, InstalmentPlan>();
  const applications = new Map<string, ReceiptApplication>();
  const ledger: LedgerEntry[] = [];
  for (const contract of portfolio.contracts) {
    const plan = scheduleInstalments(terms.get(contract.termsId)!, { total: contract.total, currency: contract.currency, dates: contract.dates, contractId: contract.id });
    const application = applyReceipts(plan.instalments, receiptsOf.get(contract.id) ?? [], { asOf });
    plans.set(contract.id, plan);
    applications.set(contract.id, application);
    const allocationsOf = groupBy(application.allocations, (a) => a.instalmentId);
    plan.instalments.forEach((instalment, i) => {
      if (instalment.dueDate === null) return; // awaiting its milestone: not a receivable yet
      ledger.push({ contract, instalment, position: application.instalments[i]!, allocations: allocationsOf.get(instalment.id) ?? [], writtenOff: writtenOff.has(instalment.id) });
    });
  }

  // 2. The open book, aged by rep and by customer. A written-off instalment has left it
  // (though it still counts in the customer's payment record and the rep's clawback).
  const openEntries = ledger.filter((e) => !e.writtenOff && e.position.outstanding.gt(0));
  const open = openEntries.map((e) => ({
    id: e.instalment.id,
    customerId: e.contract.customerId,
    salesRepId: e.contract.salesRepId,
    productId: e.contract.category,
    currency: e.instalment.currency,
    amount: e.instalment.amount,
    issueDate: e.instalment.anchor.date!,
    dueDate: e.instalment.dueDate!,
    allocations: e.allocations.map((a) => ({ date: a.date, amount: a.amount })),
  }));
  const ageing = ageReceivables(open, { asOf, groupBy: 'salesRepId' });
  const byCustomer = new Map(ageReceivables(open, { asOf, groupBy: 'customerId' }).groups.map((g) => [g.key, g]));

  // 3. Before the next sale: grade each customer, re-rate it on how it paid, set its limit.
  const yearAgo = addMonths(asOf, -12);
  const entriesOf = groupBy(ledger, (e) => e.contract.customerId);
  const contractsOf = groupBy(portfolio.contracts, (c) => c.customerId);
  const ordersOf = groupBy(portfolio.openOrders, (o) => o.customerId);
  const credit: CustomerCredit[] = portfolio.customers.map((customer) => {
    const score = scoreCredit(policies.scorecard, customer.facts);
    const behaviour = assessPaymentBehaviour((entriesOf.get(customer.id) ?? []).map((e) => e.position), { asOf });
    const line = byCustomer.get(customer.id) ?? null;
    const rerating = rerate(score, { index: behaviour.index, maxDaysPastDue: line?.maxDaysPastDue ?? 0 }, policies.rerate);
    const sales = (contractsOf.get(customer.id) ?? [])
      .filter((c) => signedOn(c) > yearAgo && signedOn(c) <= asOf)
      .reduce((sum, c) => sum.plus(c.total), new Decimal(0));
    // Half-up to the fen (roundMoney refuses an amount of more than 20 places, which ÷ 12 can give).
    const averageMonthlySales = sales.div(12).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const limit = creditLimit(policies.credit, {
      grade: rerating.grade,
      currency,
      averageMonthlySales,
      customerId: customer.id,
      groupId: customer.groupId,
      netWorth: customer.netWorth,
    });
    const exposure = measureExposure({
      openReceivables: line?.total ?? 0,
      openOrders: (ordersOf.get(customer.id) ?? []).map((o) => ({ id: o.id, amount: o.amount, deliveryDate: o.deliveryDate })),
    });
    const nextReview = nextReviewDate(rerating.grade, customer.lastReview, policies.reviewCadence);
    return { customer, score, behaviour, rerating, grade: rerating.grade, averageMonthlySales, limit, nextReview, open: line, exposure };
  });
  const creditOf = new Map(credit.map((c) => [c.customer.id, c]));

  // 4. The new orders, checked against limit, exposure and arrears before they ship.
  const orders: OrderDecision[] = portfolio.newOrders.map((order) => {
    const c = creditOf.get(order.customerId)!;
    const check = checkOrder({
      order: { id: order.id, amount: order.amount },
      limit: c.limit.limit,
      exposure: c.exposure.total,
      grade: c.grade,
      overdue: { amount: c.open?.overdue ?? 0, maxDaysPastDue: c.open?.maxDaysPastDue ?? 0 },
      policy: policies.orderCheck,
    });
    return { order, customer: c.customer, grade: c.grade, limit: c.limit.limit, exposure: c.exposure.total, check };
  });

  // 5. One contract followed from its plan to its receipts.
  const featuredId = portfolio.meta.featuredContractId;
  const featuredContract = portfolio.contracts.find((c) => c.id === featuredId)!;
  const featuredPlan = plans.get(featuredId)!;
  const featuredApplication = applications.get(featuredId)!;
  const featured = {
    contract: featuredContract,
    customer: customers.get(featuredContract.customerId)!,
    terms: terms.get(featuredContract.termsId)!,
    plan: featuredPlan,
    receipts: receiptsOf.get(featuredId) ?? [],
    application: featuredApplication,
    comparison: comparePlanToActual(featuredPlan, featuredApplication.allocations, { asOf }),
  };

  // 6. After the due date: today's worklist on the timetable, promises and disputes pausing it.
  const promisesOf = groupBy(portfolio.promises, (p) => p.instalmentId);
  const disputesOf = groupBy(portfolio.disputes, (d) => d.instalmentId);
  const items: EscalationItem[] = openEntries.map((e) => ({
    id: e.instalment.id,
    customerId: e.contract.customerId,
    currency: e.instalment.currency,
    amount: e.instalment.amount,
    dueDate: e.instalment.dueDate!,
    grade: creditOf.get(e.contract.customerId)!.grade,
    payments: e.allocations.map((a) => ({ date: a.date, amount: a.amount })),
    promises: (promisesOf.get(e.instalment.id) ?? []).map((p) => ({ madeOn: p.madeOn, promisedDate: p.promisedDate })),
    disputes: (disputesOf.get(e.instalment.id) ?? []).map((d) => ({ openedOn: d.openedOn, resolvedOn: d.resolvedOn })),
  }));
  const worklist = buildWorklist(items, { asOf, policy: policies.escalation });
  const owners = [...new Set(policies.escalation.steps.map((s) => s.owner))];
  const byOwner = owners
    .map((owner) => ({ owner, actions: worklist.actions.filter((a) => a.owner === owner) }))
    .filter((o) => o.actions.length > 0);
  const onHold = items
    .filter((item) => (item.promises?.length ?? 0) > 0 || (item.disputes?.length ?? 0) > 0)
    .map((item) => escalationStatus(item, { asOf, policy: policies.escalation }))
    .filter((s) => s.state === 'promised' || s.state === 'disputed');

  // 7. Paying the reps on the cash: a statement a month, each carrying the earlier ones
  // (so a write-off claws back what was paid on it); this month's shown, the year summed.
  const period = { from: monthStart(asOf), to: asOf };
  const firstMonth = monthStart(portfolio.receipts.reduce((min, r) => (r.date < min ? r.date : min), asOf));
  const repEntries = groupBy(ledger, (e) => e.contract.salesRepId);
  const statements = portfolio.reps.map((rep) => {
    const entries = repEntries.get(rep.id) ?? [];
    const receivables = entries.map((e) => ({
      id: e.instalment.id,
      customerId: e.contract.customerId,
      salesRepId: rep.id,
      category: e.contract.category,
      currency: e.instalment.currency,
      amount: e.instalment.amount,
      issueDate: e.instalment.anchor.date!,
      dueDate: e.instalment.dueDate!,
    }));
    const allocations = entries.flatMap((e) => e.allocations.map((a) => ({ receiptId: a.receiptId, receivableId: a.instalmentId, amount: a.amount, date: a.date })));
    const writeOffs = portfolio.writeOffs.filter((w) => entries.some((e) => e.instalment.id === w.receivableId)).map((w) => ({ receivableId: w.receivableId, date: w.date, amount: w.amount }));
    const monthly: CommissionStatement[] = [];
    for (let from = firstMonth; from <= period.from; from = addMonths(from, 1)) {
      const to = from === period.from ? asOf : addDays(addMonths(from, 1), -1);
      monthly.push(calculateCommission(policies.commission, { period: { from, to }, salesRepId: rep.id, receivables, allocations, writeOffs, priorStatements: monthly }));
    }
    return { rep, monthly };
  });
  const year = asOf.slice(0, 4);
  const summary = summariseCommissions(statements.flatMap((s) => s.monthly.filter((m) => m.period.from.startsWith(year))));
  const reps: RepCommission[] = statements.map(({ rep, monthly }) => ({
    rep,
    statement: monthly.at(-1)!,
    yearToDate: summary.byRep.find((r) => r.salesRepId === rep.id) ?? null,
  }));

  return {
    asOf,
    currency,
    counts: { customers: portfolio.customers.length, contracts: portfolio.contracts.length, instalments: ledger.length, receipts: portfolio.receipts.length },
    credit,
    orders,
    featured,
    ageing,
    worklist,
    byOwner,
    onHold,
    commission: { period, reps, team: summariseCommissions(reps.map((r) => r.statement)).team },
  };
}

/** Groups records by a key, keeping their order. */
function groupBy<T>(records: Iterable<T>, key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [record]);
    else group.push(record);
  }
  return groups;
}
