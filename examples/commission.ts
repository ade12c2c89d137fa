/**
 * huikuan/commission tour: the same month's collections paid out under several plans —
 * flat on collection, decay bands, 奖息/罚息, tiers, an 80% collection-rate gate, a team
 * split — and a write-off clawed back the month after.
 * Run with `npx tsx examples/commission.ts`.
 */
import { calculateCommission, summariseCommissions, type CommissionInput, type CommissionPlan } from '../src/index.js';

const november: CommissionInput = {
  period: { from: '2026-11-01', to: '2026-11-30' },
  salesRepId: 'Li Na',
  receivables: [
    { id: 'INV-3101', customerId: 'Jinlong Foods', salesRepId: 'Li Na', currency: 'CNY', amount: '86000', issueDate: '2026-10-15', dueDate: '2026-11-14' },
    { id: 'INV-2950', customerId: 'Hengda Machinery', salesRepId: 'Li Na', currency: 'CNY', amount: '240000', issueDate: '2026-08-20', dueDate: '2026-10-19' },
    { id: 'INV-3120', customerId: 'Nanhai Retail', salesRepId: 'Li Na', currency: 'CNY', amount: '52000', issueDate: '2026-11-02', dueDate: '2026-12-02' },
  ],
  allocations: [
    { receiptId: 'BANK-1103', receivableId: 'INV-3101', amount: '86000', date: '2026-11-03' }, // 11 days early
    { receiptId: 'BANK-1118', receivableId: 'INV-2950', amount: '120000', date: '2026-11-18' }, // 30 days late
    { receiptId: 'BANK-1125', receivableId: 'INV-3120', amount: '52000', date: '2026-11-25' }, // 7 days early
  ],
};

const plans: [string, CommissionPlan][] = [
  ['3% of cash collected', { id: 'FLAT', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.03' } }],
  ['decaying with lateness', { id: 'DECAY', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.03' }, timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.6' }, { maxDaysLate: 90, factor: '0.2' }] } }],
  ['奖息/罚息 at 0.5% a month', { id: 'INTEREST', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.03' }, timing: { earlyBonusMonthlyRate: '0.005', latePenaltyMonthlyRate: '0.005' } }],
  ['marginal tiers', { id: 'TIERS', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'tiered', mode: 'marginal', tiers: [{ upTo: '100000', rate: '0.02' }, { upTo: '200000', rate: '0.03' }, { rate: '0.04' }] } }],
  ['80% collection-rate gate', { id: 'GATE', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.03' }, gates: [{ metric: 'collection_rate', min: '0.8', effect: 'scale' }] }],
];
for (const [name, plan] of plans) {
  const s = calculateCommission(plan, november);
  console.log(`${name}: payable ${s.payable.toFixed(2)}${s.deferred.isZero() ? '' : `, deferred ${s.deferred.toFixed(2)}`}`);
  for (const line of s.lines) console.log(`  ${line.kind.padEnd(8)} ${line.amount.toFixed(2).padStart(10)}  ${line.explanationZh}`);
}

// A team plan split 70/30 between Li Na and her assistant.
const team: CommissionPlan = { ...plans[0]![1], id: 'TEAM', splits: [{ salesRepId: 'Li Na', share: 70 }, { salesRepId: 'Zhou Min', share: 30 }] };
const statements = ['Li Na', 'Zhou Min'].map((rep) => calculateCommission(team, { ...november, salesRepId: rep }));
const summary = summariseCommissions(statements);
console.log(`\nTeam split: ${summary.byRep.map((r) => `${r.salesRepId} ${r.payable.toFixed(2)}`).join(', ')}; team ${summary.team.CNY!.payable.toFixed(2)}`);

// December: Hengda's remaining 120,000 is written off; what was paid on INV-2950 comes back.
const clawbackPlan: CommissionPlan = { ...plans[0]![1], id: 'CLAWBACK', clawback: { on: ['write_off'] } };
const paidInNovember = calculateCommission(clawbackPlan, november);
const december = calculateCommission(clawbackPlan, {
  ...november,
  period: { from: '2026-12-01', to: '2026-12-31' },
  allocations: [],
  writeOffs: [{ receivableId: 'INV-2950', date: '2026-12-20', amount: '120000' }],
  priorStatements: [paidInNovember],
});
console.log(`\nDecember clawback: ${december.lines.map((l) => `${l.amount.toFixed(2)} (${l.explanation})`).join('; ')}`);
