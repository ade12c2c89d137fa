/**
 * huikuan quick start: a contract's collection plan (回款计划) on Chinese business
 * days, the customer's receipts applied to it, where the plan stands, and the aged
 * receivables of the sales team (账龄分析) by rep, and the credit check (信用管理) that
 * grades customers and stops an order before it ships; then today's collection
 * worklist (催收清单) by owner; and each rep's commission on the cash collected (回款提成).
 * Run with `npm run demo`.
 */
import {
  CHINA_MAINLAND,
  DEFAULT_ESCALATION_POLICY,
  Decimal,
  FIVE_C_SCORECARD,
  ageReceivables,
  buildWorklist,
  calculateCommission,
  checkOrder,
  creditLimit,
  measureExposure,
  scoreCredit,
  type CommissionPlan,
  type CreditPolicy,
  applyReceipts,
  calendarCovers,
  comparePlanToActual,
  scheduleInstalments,
  type OpenItem,
  type PaymentTerms,
} from '../src/index.js';

const asOf = '2026-11-23';

// 30% on signing, 60% 30 days after acceptance, the balance after a warranty year.
const terms: PaymentTerms = {
  id: 'EQUIP-30-60-10',
  roll: 'following', // a due date on a holiday or weekend moves to the next working day
  calendar: CHINA_MAINLAND,
  lines: [
    { label: 'Down payment 预付款', amount: { type: 'percent', value: 30 }, due: { from: 'contract', steps: [] }, owner: 'sales: Li Na' },
    { label: 'Acceptance 验收款', amount: { type: 'percent', value: 60 }, due: { from: 'acceptance', steps: [{ days: 30 }] }, owner: 'sales: Li Na', method: 'acceptance_bill' },
    { label: 'Retention 质保金', amount: { type: 'balance' }, due: { from: 'acceptance', steps: [{ months: 12 }] }, owner: 'finance: Wang Fang' },
  ],
};

const plan = scheduleInstalments(terms, {
  total: '1234567.89',
  currency: 'CNY',
  dates: { contract: '2026-08-03', acceptance: '2026-09-01' },
  contractId: 'HT-2026-0917',
});

// What the customer actually paid, as the bank statement shows it.
const receipts = [
  { id: 'BANK-0811', date: '2026-08-11', amount: '370370.37', currency: 'CNY' },
  { id: 'BANK-1020', date: '2026-10-20', amount: '500000.00', currency: 'CNY' },
];
const applied = applyReceipts(plan.instalments, receipts, { asOf });
const report = comparePlanToActual(plan, applied.allocations, { asOf });

/** Pads to a display width, counting CJK characters as two columns. */
const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)));

console.log(`Contract HT-2026-0917: ${plan.total.toFixed(2)} ${plan.currency}, as of ${asOf}\n`);
console.log(`  ${pad('instalment', 26)}  ${'amount'.padStart(12)}  due date    ${'collected'.padStart(12)}  status            owner`);
plan.instalments.forEach((instalment, i) => {
  const position = applied.instalments[i]!;
  const note = instalment.dueDate !== null && !calendarCovers(CHINA_MAINLAND, instalment.dueDate) ? '  (no holiday data for that year)' : '';
  const late = position.daysLate ? ` ${position.daysLate}d late` : '';
  console.log(
    `  ${pad(instalment.label, 26)}  ${instalment.amount.toFixed(2).padStart(12)}  ${instalment.dueDate ?? '—'.padEnd(10)}  ${position.paid.toFixed(2).padStart(12)}  ${(position.status + late).padEnd(17)} ${instalment.owner ?? ''}${note}`,
  );
});
console.log(`\n  Acceptance payment: 2026-09-01 + 30 days = 2026-10-01 (National Day), rolled to ${plan.instalments[1]!.dueDate}.`);
console.log(`  Collected ${report.totals.collected.toFixed(2)} of ${report.totals.dueByAsOf.toFixed(2)} due: collection rate ${report.collectionRate?.times(100).toFixed(2)}%, on time ${report.onTimeRate?.times(100).toFixed(0)}% of due instalments.`);
console.log(`  Overdue: ${report.totals.overdue.toFixed(2)} ${plan.currency}.`);

// The sales team's open invoices, with the contract's instalments among them.
const book: OpenItem[] = [
  ...plan.instalments
    .filter((i) => i.dueDate !== null)
    .map((i) => ({
      id: i.id,
      customerId: 'Hengda Machinery',
      salesRepId: 'Li Na',
      currency: i.currency,
      amount: i.amount,
      issueDate: i.anchor.date!,
      dueDate: i.dueDate!,
      allocations: applied.allocations.filter((a) => a.instalmentId === i.id).map((a) => ({ date: a.date, amount: a.amount })),
    })),
  { id: 'INV-3101', customerId: 'Jinlong Foods', salesRepId: 'Li Na', currency: 'CNY', amount: '86000.00', issueDate: '2026-10-15', dueDate: '2026-11-14' },
  { id: 'INV-2977', customerId: 'Dongfang Tools', salesRepId: 'Zhao Lei', currency: 'CNY', amount: '215000.00', issueDate: '2026-07-01', dueDate: '2026-07-31', openAmount: '115000.00' },
  { id: 'INV-3050', customerId: 'Dongfang Tools', salesRepId: 'Zhao Lei', currency: 'CNY', amount: '64800.00', issueDate: '2026-09-20', dueDate: '2026-10-20' },
  { id: 'INV-3188', customerId: 'Nanhai Retail', salesRepId: 'Zhao Lei', currency: 'CNY', amount: '39999.99', issueDate: '2026-11-10', dueDate: '2026-12-10' },
  { id: 'CN-0042', customerId: 'Nanhai Retail', salesRepId: 'Zhao Lei', currency: 'CNY', amount: '-5000.00', issueDate: '2026-11-12', dueDate: '2026-11-12' },
  { id: 'INV-2601', customerId: 'Xibei Mining', salesRepId: 'Chen Jie', currency: 'CNY', amount: '320000.00', issueDate: '2025-09-01', dueDate: '2025-10-31' },
];
const aged = ageReceivables(book, { asOf, groupBy: 'salesRepId' });
const width = 12;
console.log(`\nAged receivables by rep, as of ${asOf} (CNY)\n`);
console.log(`  ${'rep'.padEnd(10)}${aged.bucketKeys.map((k) => k.replace('_', '-').padStart(width)).join('')}${'total'.padStart(width + 2)}  avg days late`);
for (const group of aged.groups) {
  const cells = aged.bucketKeys.map((k) => group.byBucket[k]!.toFixed(2).padStart(width)).join('');
  console.log(`  ${(group.key ?? '—').padEnd(10)}${cells}${group.total.toFixed(2).padStart(width + 2)}  ${group.weightedAverageDaysPastDue.toFixed(1)}`);
}
const all = aged.totals.CNY!;
console.log(`  ${'all'.padEnd(10)}${aged.bucketKeys.map((k) => all.byBucket[k]!.toFixed(2).padStart(width)).join('')}${all.total.toFixed(2).padStart(width + 2)}  ${all.weightedAverageDaysPastDue.toFixed(1)}`);
console.log(`  Overdue ${all.overdue.toFixed(2)} of ${all.total.toFixed(2)}; the oldest item is ${all.maxDaysPastDue} days past due.`);

// Before the next sale: grade customers on the five Cs, set limits by grade, check an order.
const customers = [
  { name: 'Hengda Machinery', facts: { character: 'good', capacity: 1.6, capital: 0.38, collateral: 'guarantee', conditions: 'stable' }, monthlySales: '600000' },
  { name: 'Dongfang Tools', facts: { character: 'fair', capacity: 1.1, capital: 0.22, collateral: 'none', conditions: 'stable' }, monthlySales: '150000' },
  { name: 'Xibei Mining', facts: { character: 'poor', capacity: 0.8, capital: 0.12, collateral: 'none', conditions: 'declining' }, monthlySales: '90000' },
];
const policy: CreditPolicy = {
  id: 'CREDIT-2026',
  grades: {
    AAA: { factor: '1.2', maxTermDays: 90 },
    AA: { factor: '1', maxTermDays: 90 },
    A: { factor: '0.8', maxTermDays: 60 },
    BBB: { factor: '0.6', maxTermDays: 45 },
    BB: { factor: '0.4', maxTermDays: 30 },
    B: { factor: '0.2', maxTermDays: 30 },
    C: { factor: '0', maxTermDays: 0, prepayment: true },
  },
  caps: { absolute: '1000000' },
};
console.log('\nCredit grades and limits (five Cs template)\n');
const decisions = customers.map((customer) => {
  const score = scoreCredit(FIVE_C_SCORECARD, customer.facts);
  const limit = creditLimit(policy, { grade: score.grade, currency: 'CNY', averageMonthlySales: customer.monthlySales });
  const terms = limit.prepaymentRequired ? 'cash in advance' : `${limit.termDays} days`;
  console.log(`  ${customer.name.padEnd(18)} score ${score.score.toFixed(1).padStart(5)}  grade ${score.grade.padEnd(4)} limit ${limit.limit.toFixed(2).padStart(11)}  terms ${terms}`);
  return { customer, score, limit };
});

// Hengda orders another 400,000.00; its exposure is its open receivables plus open orders.
const hengda = decisions[0]!;
const account = ageReceivables(book, { asOf, groupBy: 'customerId' }).groups.find((g) => g.key === 'Hengda Machinery')!;
const exposure = measureExposure({ openReceivables: account.total, openOrders: [{ amount: '150000', deliveryDate: '2026-12-05' }] });
const check = checkOrder({
  order: { id: 'SO-2026-1187', amount: '400000' },
  limit: hengda.limit.limit,
  exposure: exposure.total,
  grade: hengda.score.grade,
  overdue: { amount: account.overdue, maxDaysPastDue: account.maxDaysPastDue },
  policy: { overLimit: { action: 'review', reviewTolerancePercent: 10 }, overdue: { maxDaysPastDue: 30 }, prepaymentGrades: ['C'] },
});
console.log(`\n  Order SO-2026-1187 for Hengda Machinery, 400000.00: ${check.decision.toUpperCase()}`);
for (const reason of check.reasons) console.log(`    - ${reason.message}\n      ${reason.messageZh}`);
console.log(`    headroom after the order: ${check.headroom?.toFixed(2)}`);

// After the sale: today's collection worklist, from the same book on the default timetable.
const chase = book
  .filter((item) => new Decimal(item.amount).gt(0))
  .map((item) => ({
    id: item.id,
    customerId: item.customerId,
    currency: item.currency,
    amount: item.amount,
    dueDate: item.dueDate,
    payments:
      item.allocations ??
      (item.openAmount === undefined ? [] : [{ date: item.issueDate, amount: new Decimal(item.amount).minus(item.openAmount) }]),
  }));
const worklist = buildWorklist(chase, { asOf, policy: DEFAULT_ESCALATION_POLICY });
console.log(`\nCollection worklist, ${asOf}\n`);
console.log(`  ${'owner'.padEnd(15)} ${'customer'.padEnd(18)} ${'step'.padEnd(17)} ${'overdue'.padStart(12)}  items`);
for (const action of worklist.actions) {
  const items = action.items.map((i) => `${i.itemId} (${i.daysPastDue}d)`).join(', ');
  console.log(`  ${action.owner.padEnd(15)} ${action.customerId.padEnd(18)} ${action.step.id.padEnd(17)} ${(action.overdue.CNY ?? new Decimal(0)).toFixed(2).padStart(12)}  ${items}`);
}
for (const s of worklist.sanctioned) console.log(`  Sanctions in force for ${s.customerId}: ${s.sanctions.join(', ')}`);

// Paying the reps on cash collected: 3% of each receipt, less when it came in late,
// and only in full when the rep collected at least 80% of what fell due.
const commissionPlan: CommissionPlan = {
  id: 'SALES-2026',
  version: 1,
  currency: 'CNY',
  basis: 'collected',
  accrual: 'on_collection',
  rate: { type: 'flat', rate: '0.03' },
  timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.8' }, { maxDaysLate: 90, factor: '0.5' }] },
  gates: [{ metric: 'collection_rate', min: '0.8', effect: 'scale' }],
};
const sales = {
  receivables: plan.instalments
    .filter((i) => i.dueDate !== null)
    .map((i) => ({ id: i.id, customerId: 'Hengda Machinery', salesRepId: 'Li Na', currency: 'CNY', amount: i.amount, issueDate: i.anchor.date!, dueDate: i.dueDate! })),
  allocations: applied.allocations.map((a) => ({ receiptId: a.receiptId, receivableId: a.instalmentId, amount: a.amount, date: a.date })),
};
console.log('\nCommission statements, August to November 2026 (CNY)\n');
for (const rep of ['Li Na', 'Zhao Lei']) {
  const statement = calculateCommission(commissionPlan, { period: { from: '2026-08-01', to: asOf }, salesRepId: rep, ...sales });
  console.log(`  ${rep}: payable ${statement.payable.toFixed(2)}`);
  for (const line of statement.lines) console.log(`    ${line.kind.padEnd(8)} ${line.amount.toFixed(2).padStart(10)}  ${line.explanation}`);
}
