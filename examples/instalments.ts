/**
 * huikuan/instalments tour: payment-term recipes, an amortised plan, a restructured
 * overdue balance, and the same receipts under the three application strategies.
 * Run with `npx tsx examples/instalments.ts`.
 */
import {
  CHINA_MAINLAND,
  amortize,
  applyReceipts,
  restructureBalance,
  scheduleInstalments,
  type ApplicationStrategy,
  type DueStep,
  type PaymentTerms,
} from '../src/index.js';

// 1. Payment-term recipes: one balance line each, due by a different rule.
const recipes: [string, DueStep[]][] = [
  ['net 30', [{ days: 30 }]],
  ['30 days after month end (月结30天)', [{ endOfMonth: true }, { days: 30 }]],
  ['end of the 2nd month after', [{ months: 2 }, { endOfMonth: true }]],
  ['10th of the next month', [{ months: 1 }, { dayOfMonth: 10 }]],
  ['5 business days', [{ businessDays: 5 }]],
];
console.log('Due dates for an invoice of 2026-09-25, on the Chinese calendar (rolled forward):');
for (const [name, steps] of recipes) {
  const terms: PaymentTerms = { id: name, roll: 'following', calendar: CHINA_MAINLAND, lines: [{ amount: { type: 'balance' }, due: { steps } }] };
  const plan = scheduleInstalments(terms, { total: '100', currency: 'CNY', dates: { invoice: '2026-09-25' } });
  console.log(`  ${name.padEnd(36)} ${plan.instalments[0]!.dueDate}`);
}

// 2. Equal payments (等额本息) on 120,000 at 4.35% a year over 12 months.
const loan = amortize({
  principal: '120000', annualRate: '0.0435', periods: 12, frequency: 'monthly',
  method: 'annuity', firstDueDate: '2026-01-31', currency: 'CNY',
});
console.log(`\nAmortised: ${loan.payment?.toFixed(2)} a month, interest ${loan.totalInterest.toFixed(2)} in total`);
for (const row of loan.rows.slice(0, 3)) {
  console.log(`  ${row.seq}  ${row.dueDate}  pay ${row.payment.toFixed(2)} = principal ${row.principal.toFixed(2)} + interest ${row.interest.toFixed(2)}, balance ${row.balance.toFixed(2)}`);
}
console.log(`  ... ${loan.rows.at(-1)!.dueDate}  balance ${loan.rows.at(-1)!.balance.toFixed(2)}`);

// 3. An overdue balance restructured into monthly parts of 30,000 at 6% a year.
const restructured = restructureBalance({
  outstanding: '100000', currency: 'CNY', firstDueDate: '2026-12-15',
  every: { months: 1 }, instalmentAmount: '30000', annualRate: '0.06',
});
console.log('\nRestructured 100,000.00:');
for (const row of restructured.rows) console.log(`  ${row.dueDate}  ${row.payment.toFixed(2)} (interest ${row.interest.toFixed(2)})`);

// 4. The same receipts under each strategy.
const instalments = [
  { id: 'I1', currency: 'CNY', amount: '300', dueDate: '2026-01-31' },
  { id: 'I2', currency: 'CNY', amount: '300', dueDate: '2026-02-28' },
  { id: 'I3', currency: 'CNY', amount: '400', dueDate: '2026-03-31' },
];
const receipts = [
  { id: 'R1', date: '2026-03-05', amount: '400', currency: 'CNY' },
  { id: 'R2', date: '2026-03-10', amount: '250', currency: 'CNY', instalmentId: 'I3' },
];
console.log('\nReceipts applied as of 2026-03-31:');
for (const strategy of ['oldest_due_first', 'proportional', 'explicit_then_oldest'] as ApplicationStrategy[]) {
  const result = applyReceipts(instalments, receipts, { asOf: '2026-03-31', strategy });
  const lines = result.allocations.map((a) => `${a.receiptId}→${a.instalmentId} ${a.amount.toFixed(2)}`).join(', ');
  const left = result.instalments.map((i) => `${i.id} ${i.status}`).join(', ');
  console.log(`  ${strategy.padEnd(21)} ${lines}\n  ${''.padEnd(21)} ${left}`);
}
