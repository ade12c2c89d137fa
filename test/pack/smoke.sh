#!/usr/bin/env bash
# Packs huikuan, installs the tarball into an empty project next to decimal.js and zod,
# and checks that `import` and `require` of every subpath work, with types, under
# TypeScript's node16 (ESM and CJS) and node10 resolution. Run: npm run test:pack
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$root"
npm run -s build >/dev/null
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball: $(tar -tzf "$work/$tarball" | sed 's#^package/##' | sort | tr '\n' ' ')"
if tar -tzf "$work/$tarball" | grep -Eq '^package/(src|test|examples|node_modules)/'; then
  echo "the tarball holds files users do not need" >&2
  exit 1
fi

decimal=$(node -p "require('$root/node_modules/decimal.js/package.json').version")
zod=$(node -p "require('$root/node_modules/zod/package.json').version")
ts=$(node -p "require('$root/node_modules/typescript/package.json').version")
cd "$work"
npm init -y >/dev/null
npm install --prefer-offline --no-audit --no-fund --silent \
  "./$tarball" "decimal.js@$decimal" "zod@$zod" "typescript@$ts" "@types/node@20"

cat > esm.mjs <<'JS'
import { allocate, HuikuanError } from 'huikuan';
import { roundMoney } from 'huikuan/money';
import { CHINA_MAINLAND, rollToBusinessDay } from 'huikuan/calendar';
import { HuikuanError as MoneyError } from 'huikuan/money';
import { scheduleInstalments } from 'huikuan/instalments';
import pkg from 'huikuan/package.json' with { type: 'json' };
const check = (ok, what) => { if (!ok) { console.error('FAILED: ' + what); process.exit(1); } };
check(allocate('100', [1, 1, 1], { currency: 'CNY' }).join() === '33.34,33.33,33.33', 'esm allocate');
check(roundMoney('2.345', 'CNY').toString() === '2.35', 'esm roundMoney');
check(rollToBusinessDay(CHINA_MAINLAND, '2026-10-01') === '2026-10-08', 'esm rollToBusinessDay');
check(HuikuanError === MoneyError, 'esm: one HuikuanError class across subpaths');
const planned = scheduleInstalments({ id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [{ days: 30 }] } }] }, { total: '10', currency: 'CNY', dates: { invoice: '2026-01-01' } });
check(planned.instalments[0].dueDate === '2026-01-31', 'esm scheduleInstalments');
check(pkg.name === 'huikuan', 'esm package.json');
const { ageReceivables } = await import('huikuan/ageing');
check(ageReceivables([{ id: '1', customerId: 'C', currency: 'CNY', amount: '2.50', issueDate: '2026-01-01', dueDate: '2026-01-31' }], { asOf: '2026-03-01' }).groups[0].byBucket['1_30'].toString() === '2.5', 'esm ageReceivables');
const { FIVE_C_SCORECARD, scoreCredit } = await import('huikuan/credit');
check(scoreCredit(FIVE_C_SCORECARD, { character: 'good', capacity: 1.8, capital: 0.45, collateral: 'guarantee', conditions: 'stable' }).grade === 'A', 'esm scoreCredit');
const { DEFAULT_ESCALATION_POLICY, planEscalation } = await import('huikuan/escalation');
check(planEscalation({ dueDate: '2026-09-30' }, DEFAULT_ESCALATION_POLICY)[1].date === '2026-10-01', 'esm planEscalation');
const { summariseCommissions } = await import('huikuan/commission');
check(summariseCommissions([{ salesRepId: 'li', currency: 'CNY', accrued: '10', adjustments: '0', payable: '10', deferred: '0' }]).team.CNY.payable.toString() === '10', 'esm summariseCommissions');
for (const subpath of Object.keys(pkg.exports).filter((k) => k !== './package.json')) {
  const mod = await import(subpath === '.' ? 'huikuan' : `huikuan/${subpath.slice(2)}`);
  check(mod.HuikuanError === HuikuanError, `esm ${subpath}: shares HuikuanError`);
}
console.log('esm ok');
JS
cat > cjs.cjs <<'JS'
const { allocate, HuikuanError } = require('huikuan');
const { roundMoney, HuikuanError: MoneyError } = require('huikuan/money');
const { CHINA_MAINLAND, rollToBusinessDay } = require('huikuan/calendar');
const check = (ok, what) => { if (!ok) { console.error('FAILED: ' + what); process.exit(1); } };
check(allocate('100', [1, 1, 1], { currency: 'CNY' }).join() === '33.34,33.33,33.33', 'cjs allocate');
check(roundMoney('2.345', 'CNY').toString() === '2.35', 'cjs roundMoney');
check(rollToBusinessDay(CHINA_MAINLAND, '2026-10-01') === '2026-10-08', 'cjs rollToBusinessDay');
check(HuikuanError === MoneyError, 'cjs: one HuikuanError class across subpaths');
const { amortize, HuikuanError: InstalmentsError } = require('huikuan/instalments');
check(InstalmentsError === HuikuanError, 'cjs: instalments shares HuikuanError');
check(amortize({ principal: '10000', annualRate: '0.08', periods: 10, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-31', currency: 'USD' }).payment.toString() === '1037.03', 'cjs amortize');
try { roundMoney('1,000', 'CNY'); check(false, 'cjs throws'); } catch (e) { check(e instanceof HuikuanError && e.code === 'invalid_input', 'cjs error'); }
check(require('huikuan/package.json').version === '0.1.0', 'cjs package.json');
for (const subpath of Object.keys(require('huikuan/package.json').exports).filter((k) => k !== './package.json')) {
  const mod = require(subpath === '.' ? 'huikuan' : `huikuan/${subpath.slice(2)}`);
  check(mod.HuikuanError === HuikuanError, `cjs ${subpath}: shares HuikuanError`);
}
const { scoreCredit, FIVE_C_SCORECARD } = require('huikuan/credit');
check(scoreCredit(FIVE_C_SCORECARD, { character: 'good', capacity: 1.8, capital: 0.45, collateral: 'guarantee', conditions: 'stable' }).grade === 'A', 'cjs scoreCredit');
const { ageReceivables } = require('huikuan/ageing');
check(ageReceivables([{ id: '1', customerId: 'C', currency: 'CNY', amount: '1.50', issueDate: '2026-01-01', dueDate: '2026-01-31' }], { asOf: '2026-03-01' }).totals.CNY.total.toString() === '1.5', 'cjs ageReceivables');
const { DEFAULT_ESCALATION_POLICY, planEscalation } = require('huikuan/escalation');
check(planEscalation({ dueDate: '2026-09-30' }, DEFAULT_ESCALATION_POLICY)[1].date === '2026-10-01', 'cjs planEscalation');
const { summariseCommissions } = require('huikuan/commission');
check(summariseCommissions([{ salesRepId: 'li', currency: 'CNY', accrued: '10', adjustments: '0', payable: '10', deferred: '0' }]).team.CNY.payable.toString() === '10', 'cjs summariseCommissions');
console.log('cjs ok');
JS
node esm.mjs
node cjs.cjs

cat > types.ts <<'TS'
import { Decimal, HuikuanError, allocate, type HuikuanErrorCode } from 'huikuan';
import { roundMoney, type RoundingMode } from 'huikuan/money';
import { CHINA_MAINLAND, addBusinessDays, type BusinessCalendar } from 'huikuan/calendar';
import { applyReceipts, type PaymentTerms, type ReceiptApplication } from 'huikuan/instalments';
import { ageReceivables, type AgeingReport } from 'huikuan/ageing';
import { checkOrder, type OrderCheck } from 'huikuan/credit';
const aged: AgeingReport = ageReceivables([], { asOf: '2026-01-01', groupBy: (item) => item.customerId });
const check: OrderCheck = checkOrder({ order: { amount: 1 }, limit: null, exposure: 0, grade: 'A', overdue: { amount: 0, maxDaysPastDue: 0 }, policy: {} });
const terms: PaymentTerms = { id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [{ days: 30 }] } }] } as const;
const applied: ReceiptApplication = applyReceipts([], [], { asOf: '2026-01-01' });
const parts: Decimal[] = allocate('100', [1, 2], { currency: 'CNY' });
const mode: RoundingMode = 'half_even';
const rounded: Decimal = roundMoney('1', 'CNY', { mode });
const cal: BusinessCalendar = CHINA_MAINLAND;
const due: string = addBusinessDays(cal, '2026-10-01', 1);
const code: HuikuanErrorCode = 'invalid_input';
// @ts-expect-error the options need a currency
allocate('100', [1], {});
export { parts, rounded, due, code, HuikuanError, terms, applied, aged, check };
TS
for mode in "--module nodenext --moduleResolution nodenext" "--module commonjs --moduleResolution node10 --esModuleInterop"; do
  npx tsc --noEmit --strict --skipLibCheck false --types node $mode types.ts
  echo "types ok ($mode)"
done
echo "pack smoke test passed"
