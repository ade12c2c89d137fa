/**
 * huikuan/credit tour: a scorecard of your own as JSON, a statistical score scaled to
 * points, a customer's payment behaviour from its record, a limit derived step by step,
 * an order check, a re-rating and the next review date.
 * Run with `npx tsx examples/credit.ts`.
 */
import {
  assessPaymentBehaviour,
  checkOrder,
  creditLimit,
  measureExposure,
  nextReviewDate,
  rerate,
  scaleScore,
  scoreCredit,
  type Scorecard,
} from '../src/index.js';

// 1. A scorecard is data: this one could come from a database or an admin screen.
const scorecard: Scorecard = JSON.parse(`{
  "id": "DISTRIBUTORS", "version": 3,
  "factors": [
    { "id": "yearsTrading", "type": "numeric", "weight": 1,
      "bins": [{ "max": 2, "points": 5 }, { "min": 2, "max": 5, "points": 15 }, { "min": 5, "points": 25 }] },
    { "id": "quickRatio", "type": "numeric", "weight": 1, "missingPoints": 5,
      "bins": [{ "max": 0.8, "points": 5 }, { "min": 0.8, "max": 1.2, "points": 20 }, { "min": 1.2, "points": 30 }] },
    { "id": "ownership", "type": "categorical", "weight": 1,
      "points": { "state": 25, "listed": 25, "private": 15, "individual": 5 } },
    { "id": "courtRecords", "type": "categorical", "weight": 1,
      "points": { "none": 20, "civil": 5, "enforcement": 0 } }
  ],
  "grades": [{ "grade": "A", "minScore": 80 }, { "grade": "B", "minScore": 60 }, { "grade": "C", "minScore": 40 }, { "grade": "D" }]
}`);
const scored = scoreCredit(scorecard, { yearsTrading: 7, quickRatio: null, ownership: 'private', courtRecords: 'none' });
console.log(`Score ${scored.score} → grade ${scored.grade} (missing: ${scored.missing.join(', ') || 'none'})`);
for (const c of scored.contributions) console.log(`  ${c.factor.padEnd(13)} ${String(c.value).padEnd(8)} ${c.matched.padEnd(9)} ${c.weighted} points`);

// 2. A statistical model's probability of default on the usual points scale.
const scaled = scaleScore({ probabilityOfDefault: '0.035' });
console.log(`\nPD 3.5% → odds ${scaled.odds.toFixed(2)}:1 → ${scaled.score} points (600 at 50:1, 20 points to double the odds)`);

// 3. How the customer paid over the last year.
const behaviour = assessPaymentBehaviour(
  [
    { amount: '120000', dueDate: '2026-02-28', paidDate: '2026-03-05' },
    { amount: '80000', dueDate: '2026-05-31', paidDate: '2026-07-10' },
    { amount: '150000', dueDate: '2026-08-31', paidDate: '2026-08-25' },
    { amount: '60000', dueDate: '2026-10-31', paidDate: null },
  ],
  { asOf: '2026-11-23' },
);
console.log(`\nPayment index ${behaviour.index} (${behaviour.weightedDaysBeyondTerms} days beyond terms, amount-weighted); on time ${behaviour.onTimeRatio}; overdue now ${behaviour.openOverdueAmount}`);

// 4. The limit for its grade, each step explained.
const limit = creditLimit(
  { id: 'DIST-2026', grades: { A: { factor: 1, maxTermDays: 60 }, B: { factor: '0.7', maxTermDays: 45 }, C: { factor: '0.4', maxTermDays: 30 }, D: { factor: 0, maxTermDays: 0, prepayment: true } }, caps: { percentOfNetWorth: 25 } },
  { grade: scored.grade, currency: 'CNY', averageMonthlySales: '260000', netWorth: '1100000' },
);
console.log(`\nLimit ${limit.limit} CNY, ${limit.termDays} days:`);
for (const step of limit.basis) console.log(`  ${step.explanation}`);

// 5. An order against that limit.
const exposure = measureExposure({ openReceivables: '190000', openOrders: '40000', shippedNotInvoiced: '15000' });
const check = checkOrder({
  order: { amount: '70000' }, limit: limit.limit, exposure: exposure.total, grade: scored.grade,
  overdue: { amount: behaviour.openOverdueAmount, maxDaysPastDue: 23 },
  policy: { overLimit: { action: 'review', reviewTolerancePercent: 15 }, overdue: { maxDaysPastDue: 60, maxAmount: '100000' } },
});
console.log(`\nOrder of 70000 on exposure ${exposure.total}: ${check.decision}`);
for (const reason of check.reasons) console.log(`  ${reason.message} / ${reason.messageZh}`);

// 6. The periodic review.
const ladder = { grades: ['A', 'B', 'C', 'D'], downgradeBelowIndex: 50, downgradeOverdueDays: 90, upgradeAtIndex: 80 };
const rerating = rerate({ grade: scored.grade, score: scored.score }, { index: behaviour.index, maxDaysPastDue: 23 }, ladder);
console.log(`\nRe-rated ${rerating.previousGrade} → ${rerating.grade} (${rerating.change}); next review ${nextReviewDate(rerating.grade, '2026-11-23', { byGrade: { A: 'yearly', B: 'quarterly' }, default: 'monthly' })}`);
