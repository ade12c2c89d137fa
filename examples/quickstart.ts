/**
 * huikuan quick start: split a contract into instalments, exactly, and put each due
 * date on a Chinese business day. Run with `npm run demo`.
 */
import {
  CHINA_MAINLAND,
  addMonths,
  allocate,
  calendarCovers,
  rollToBusinessDay,
  sumMoney,
} from '../src/index.js';

const contract = { id: 'HT-2026-0917', currency: 'CNY', total: '1234567.89', signed: '2026-09-01' };

// 30% on signing, 60% one month later, 10% retention after a warranty year.
const terms = [
  { label: 'Down payment (预付款)', ratio: 30, months: 0 },
  { label: 'Delivery payment (到货款)', ratio: 60, months: 1 },
  { label: 'Retention (质保金)', ratio: 10, months: 12 },
];

// Largest-remainder allocation: the parts always add up to the total, to the fen.
const amounts = allocate(contract.total, terms.map((t) => t.ratio), { currency: contract.currency });

/** Pads to a display width, counting CJK characters as two columns. */
const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)));

const plan = terms.map((term, i) => {
  const nominal = addMonths(contract.signed, term.months);
  // A due date on a public holiday or weekend moves to the next working day.
  const due = rollToBusinessDay(CHINA_MAINLAND, nominal, 'following');
  return { ...term, amount: amounts[i]!, nominal, due, covered: calendarCovers(CHINA_MAINLAND, nominal) };
});

console.log(`Contract ${contract.id}: ${contract.total} ${contract.currency}, signed ${contract.signed}\n`);
console.log('  #  instalment                     share       amount  nominal date  due date');
plan.forEach((line, i) => {
  const moved = line.due === line.nominal ? '' : '  (rolled over a holiday or weekend)';
  const note = line.covered ? '' : '  (no holiday data for that year: weekends only)';
  console.log(
    `  ${i + 1}  ${pad(line.label, 28)} ${String(line.ratio).padStart(4)}%  ${line.amount.toFixed(2).padStart(11)}  ${line.nominal}    ${line.due}${moved}${note}`,
  );
});

const total = sumMoney(plan.map((line) => ({ currency: contract.currency, amount: line.amount })));
console.log(`\n  Sum of instalments: ${total.amount.toFixed(2)} ${total.currency} (equals the contract total: ${total.amount.equals(contract.total)})`);
