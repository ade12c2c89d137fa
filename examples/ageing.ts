/**
 * huikuan/ageing tour: an aged report split across two "workers" and merged, the
 * collection KPIs of a quarter, and bad-debt provisions by the ageing method and by a
 * provision matrix derived from history. Run with `npx tsx examples/ageing.ts`.
 */
import {
  PROVISION_PRESETS,
  ageReceivables,
  averageDaysDelinquent,
  buildProvisionMatrix,
  collectionEffectivenessIndex,
  countbackDso,
  daysSalesOutstanding,
  mergeAgeingReports,
  provisionByAgeing,
  type OpenItem,
} from '../src/index.js';

const asOf = '2026-09-30';

// A small ledger, generated deterministically: 2,000 invoices over 50 customers.
function* ledger(): Generator<OpenItem> {
  for (let i = 0; i < 2000; i++) {
    const issue = new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 1000) * 86_400_000).toISOString().slice(0, 10);
    const due = new Date(Date.parse(`${issue}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    yield { id: `INV-${i}`, customerId: `C${i % 50}`, currency: 'CNY', amount: `${1000 + ((i * 104729) % 90000)}.${String(i % 100).padStart(2, '0')}`, issueDate: issue, dueDate: due };
  }
}

// 1. Age the ledger in two halves (two workers, two partitions) and merge.
const items = [...ledger()];
const left = ageReceivables(items.slice(0, 1000), { asOf });
const right = ageReceivables(items.slice(1000), { asOf });
const merged = mergeAgeingReports(left, JSON.parse(JSON.stringify(right))); // a report survives JSON
const whole = ageReceivables(items, { asOf });
console.log(`Aged ${whole.totals.CNY!.count} open items: total ${whole.totals.CNY!.total.toFixed(2)}; merged halves equal the whole: ${JSON.stringify(merged) === JSON.stringify(whole)}`);
for (const key of whole.bucketKeys) console.log(`  ${key.padEnd(9)} ${whole.totals.CNY!.byBucket[key]!.toFixed(2).padStart(14)}`);

// 2. The quarter's KPIs.
const dso = daysSalesOutstanding({ receivables: '2400000', creditSales: '6300000', days: 92 });
const countback = countbackDso({ receivables: '2400000', periods: [{ sales: '2200000', days: 30 }, { sales: '2000000', days: 31 }, { sales: '2100000', days: 31 }] });
const cei = collectionEffectivenessIndex({ beginning: '2100000', sales: '6300000', ending: '2400000', endingCurrent: '1500000' });
const add = averageDaysDelinquent({ receivables: '2400000', currentReceivables: '1500000', creditSales: '6300000', days: 92 });
console.log(`\nKPIs, Q3 2026:\n  ${dso.explanation}\n  ${countback.explanation}\n  ${cei.explanation}\n  ${add.explanation}`);

// 3. Provisions: the Chinese annual-band table (company policy, by issue date).
const preset = PROVISION_PRESETS.CN_ANNUAL_BANDS;
const byYear = ageReceivables(items, { asOf, buckets: preset.buckets });
const provision = provisionByAgeing(byYear, preset.rates);
console.log(`\nProvision by ${preset.nameZh}: ${provision.totals.CNY!.provision.toFixed(2)} on ${provision.totals.CNY!.balance.toFixed(2)}`);

// 4. Provisions: a matrix from the last four month ends (IFRS 9 / CAS 22 simplified
// approach). Roll rates assume buckets as wide as the gap between period ends, so with
// month ends the buckets are a month wide, and the last catches everything older.
const monthly = {
  basis: 'due_date' as const,
  buckets: [
    { key: 'current', maxDays: 0 },
    { key: 'm1', minDays: 1, maxDays: 30 },
    { key: 'm2', minDays: 31, maxDays: 60 },
    { key: 'm3', minDays: 61, maxDays: 90 },
    { key: 'm3plus', minDays: 91 },
  ],
};
const matrix = buildProvisionMatrix(
  [
    // Over 90 days is written off within the month, so its balance is what rolled in.
    { period: '2026-06', balances: { current: '1400000', m1: '420000', m2: '160000', m3: '90000', m3plus: '40000' } },
    { period: '2026-07', balances: { current: '1500000', m1: '390000', m2: '150000', m3: '80000', m3plus: '35000' }, writeOffs: { m3plus: '12000' } },
    { period: '2026-08', balances: { current: '1450000', m1: '410000', m2: '140000', m3: '85000', m3plus: '30000' }, writeOffs: { m3plus: '9000' } },
    { period: '2026-09', balances: { current: '1500000', m1: '400000', m2: '150000', m3: '80000', m3plus: '33000' }, writeOffs: { m3plus: '7000' } },
  ],
  { buckets: monthly, forwardLooking: '0.05' },
);
console.log('\nProvision matrix (roll rates, +5% forward-looking):');
for (const line of matrix.explanation) console.log(`  ${line}`);
const byMonth = ageReceivables(items, { asOf, buckets: monthly });
console.log(`  Provision on the ledger: ${provisionByAgeing(byMonth, matrix.lossRates).totals.CNY!.provision.toFixed(2)}`);
