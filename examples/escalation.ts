/**
 * huikuan/escalation tour: one instalment through the default collection timetable,
 * a promise to pay, a worklist for the team, and late-payment interest under each
 * preset. Run with `npx tsx examples/escalation.ts`.
 */
import {
  CHINA_MAINLAND,
  DEFAULT_ESCALATION_POLICY,
  LATE_INTEREST_PRESETS,
  accrueLateInterest,
  buildWorklist,
  escalationStatus,
  planEscalation,
  type EscalationItem,
} from '../src/index.js';

// 1. One instalment's timetable, in business days on the Chinese calendar.
const instalment: EscalationItem = { id: 'HT-7-2', customerId: 'Hengda Machinery', currency: 'CNY', amount: '740740.73', dueDate: '2026-09-30' };
const business = { ...DEFAULT_ESCALATION_POLICY, dayBasis: 'business' as const };
console.log('Timetable of HT-7-2 (business days, National Day taken into account):');
for (const step of planEscalation(instalment, business, { calendar: CHINA_MAINLAND })) {
  console.log(`  ${step.date}  ${step.labelZh?.padEnd(8, '　')} ${step.action.padEnd(17)} ${step.owner}${step.sanction ? '  (sanction)' : ''}`);
}

// 2. The customer promises to pay by 11-20: escalation pauses, then resumes if the promise breaks.
const promised = { ...instalment, promises: [{ madeOn: '2026-11-05', promisedDate: '2026-11-20' }] };
for (const asOf of ['2026-11-10', '2026-11-24']) {
  const s = escalationStatus(promised, { asOf, policy: DEFAULT_ESCALATION_POLICY });
  console.log(`\n${asOf}: ${s.state}, ${s.daysPastDue} days past due, at ${s.currentStep?.id}; next ${s.nextStep?.id} on ${s.nextStep?.date}; sanctions: ${s.sanctions.join(', ') || 'none'}`);
}

// 3. Today's worklist for the team.
const book: EscalationItem[] = [
  promised,
  { id: 'INV-3101', customerId: 'Jinlong Foods', currency: 'CNY', amount: '86000', dueDate: '2026-11-14' },
  { id: 'INV-2977', customerId: 'Dongfang Tools', currency: 'CNY', amount: '215000', dueDate: '2026-07-31', payments: [{ date: '2026-09-15', amount: '100000' }] },
  { id: 'INV-3050', customerId: 'Dongfang Tools', currency: 'CNY', amount: '64800', dueDate: '2026-10-20' },
  { id: 'INV-3188', customerId: 'Nanhai Retail', currency: 'CNY', amount: '39999.99', dueDate: '2026-11-26' },
  { id: 'INV-2990', customerId: 'Nanhai Retail', currency: 'CNY', amount: '12000', dueDate: '2026-09-01', disputes: [{ openedOn: '2026-09-10' }] },
];
const list = buildWorklist(book, { asOf: '2026-11-23', policy: DEFAULT_ESCALATION_POLICY });
console.log('\nWorklist, 2026-11-23:');
for (const action of list.actions) {
  console.log(`  ${action.owner.padEnd(15)} ${action.customerId.padEnd(17)} ${action.step.id.padEnd(16)} overdue ${action.overdue.CNY?.toFixed(2) ?? '0.00'}  priority ${action.priority.toFixed(0)}`);
}
for (const s of list.sanctioned) console.log(`  under sanction: ${s.customerId} (${s.sanctions.join(', ')})`);

// 4. Late interest on 215,000 due 2026-07-31, 100,000 paid on 09-15, as of 11-23.
console.log('\nLate interest on INV-2977:');
for (const preset of [LATE_INTEREST_PRESETS.CN_SME_PAYMENT, LATE_INTEREST_PRESETS.MONTHLY_1_5]) {
  const late = accrueLateInterest({ currency: 'CNY', amount: '215000', dueDate: '2026-07-31' }, [{ date: '2026-09-15', amount: '100000' }], {
    asOf: '2026-11-23',
    rate: preset.options.rate!,
    dayCount: preset.options.dayCount,
  });
  console.log(`  ${preset.name}: ${late.total.toFixed(2)} (${late.segments.map((s) => `${s.balance.toFixed(0)} × ${s.days} d = ${s.interest.toFixed(2)}`).join(' + ')})`);
}
