import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import {
  DEFAULT_AGEING_BUCKETS,
  ageReceivables,
  mergeAgeingReports,
  provisionByAgeing,
  type AgeingReport,
  type OpenItem,
} from '../../src/ageing/index.js';
import { amountAtScale, holidayEraIsoDate } from '../arbitraries/index.js';

const json = (report: AgeingReport) => JSON.parse(JSON.stringify(report)) as unknown;
const sum = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Open items in CNY, JPY and KWD with every way of stating the open amount. */
const items: fc.Arbitrary<OpenItem[]> = fc.array(
  fc
    .record({
      customerId: fc.constantFrom('C1', 'C2', 'C3', 'C4'),
      salesRepId: fc.option(fc.constantFrom('wang', 'li'), { nil: undefined }),
      currency: fc.constantFrom('CNY', 'CNY', 'JPY', 'KWD'),
      issueDate: holidayEraIsoDate,
      term: fc.integer({ min: 0, max: 120 }),
      units: fc.bigInt({ min: -(10n ** 9n), max: 10n ** 12n }),
      paid: fc.array(fc.tuple(holidayEraIsoDate, fc.bigInt({ min: 0n, max: 10n ** 8n })), { maxLength: 3 }),
      mode: fc.constantFrom('amount', 'open', 'allocations', 'number'),
      id: fc.nat(),
    })
    .map((r): OpenItem => {
      const scale = r.currency === 'JPY' ? 0 : r.currency === 'KWD' ? 3 : 2;
      const money = (units: bigint) => new Decimal(units.toString()).div(10 ** scale).toFixed(scale);
      const dueDate = new Date((day(r.issueDate) + r.term) * 86_400_000).toISOString().slice(0, 10);
      const base = { id: `I${r.id}`, customerId: r.customerId, currency: r.currency, amount: money(r.units), issueDate: r.issueDate, dueDate };
      const withRep = r.salesRepId === undefined ? base : { ...base, salesRepId: r.salesRepId };
      if (r.mode === 'open') return { ...withRep, openAmount: money(r.units / 2n) };
      if (r.mode === 'allocations') return { ...withRep, allocations: r.paid.map(([date, units]) => ({ date, amount: money(units) })) };
      if (r.mode === 'number' && r.units < 2n ** 40n) return { ...withRep, amount: Number(money(r.units)) };
      return withRep;
    }),
  { maxLength: 40 },
);

/** The plain Decimal computation a user would write: the oracle. */
function naive(list: readonly OpenItem[], asOf: string) {
  const totals = new Map<string, { total: Decimal; byBucket: Map<string, Decimal> }>();
  for (const it of list) {
    if (it.issueDate > asOf) continue;
    let open = new Decimal(it.amount);
    if (it.allocations !== undefined) for (const a of it.allocations) if (a.date <= asOf) open = open.minus(a.amount);
    if (it.allocations === undefined && it.openAmount !== undefined) open = new Decimal(it.openAmount);
    if (open.isZero()) continue;
    const days = day(asOf) - day(it.dueDate);
    const bucket = DEFAULT_AGEING_BUCKETS.buckets.find((b) => days <= (b.maxDays ?? Number.POSITIVE_INFINITY))!.key;
    const key = `${it.customerId}|${it.currency}`;
    const t = totals.get(key) ?? { total: new Decimal(0), byBucket: new Map() };
    t.total = t.total.plus(open);
    t.byBucket.set(bucket, (t.byBucket.get(bucket) ?? new Decimal(0)).plus(open));
    totals.set(key, t);
  }
  return totals;
}

describe('ageReceivables (properties)', () => {
  it('agrees with a plain Decimal computation, and every open item lands in exactly one bucket', () => {
    fc.assert(
      fc.property(items, holidayEraIsoDate, (list, asOf) => {
        const report = ageReceivables(list, { asOf });
        const expected = naive(list, asOf);
        expect(report.groups).toHaveLength(expected.size);
        for (const group of report.groups) {
          const e = expected.get(`${group.key}|${group.currency}`)!;
          expect(group.total.equals(e.total)).toBe(true);
          for (const [bucket, amount] of Object.entries(group.byBucket)) expect(amount.equals(e.byBucket.get(bucket) ?? 0)).toBe(true);
          expect(sum(Object.values(group.byBucket)).equals(group.total)).toBe(true);
        }
        for (const [currency, totals] of Object.entries(report.totals)) {
          const groups = report.groups.filter((g) => g.currency === currency);
          expect(sum(groups.map((g) => g.total)).equals(totals.total)).toBe(true);
          expect(sum(Object.values(totals.byBucket)).equals(totals.total)).toBe(true);
          expect(groups.reduce((n, g) => n + g.count, 0)).toBe(totals.count);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('merging the reports of two halves equals ageing the whole; merge is commutative and associative', () => {
    fc.assert(
      fc.property(items, fc.array(fc.nat(2)), holidayEraIsoDate, fc.constantFrom('customerId', 'salesRepId' as const), (list, cuts, asOf, groupBy) => {
        const parts: OpenItem[][] = [[], [], []];
        list.forEach((it, i) => parts[cuts[i] ?? 0]!.push(it));
        const [a, b, c] = parts.map((p) => ageReceivables(p, { asOf, groupBy })) as [AgeingReport, AgeingReport, AgeingReport];
        const whole = json(ageReceivables(list, { asOf, groupBy }));
        expect(json(mergeAgeingReports(mergeAgeingReports(a, b), c))).toEqual(whole);
        expect(json(mergeAgeingReports(a, mergeAgeingReports(b, c)))).toEqual(whole);
        expect(json(mergeAgeingReports(mergeAgeingReports(c, b), a))).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(items, holidayEraIsoDate, fc.infiniteStream(fc.double({ noNaN: true })), (list, asOf, keys) => {
        const it = keys[Symbol.iterator]();
        const shuffled = list.map((x) => [x, it.next().value as number] as const).sort((p, q) => p[1] - q[1]).map(([x]) => x);
        expect(json(ageReceivables(shuffled, { asOf }))).toEqual(json(ageReceivables(list, { asOf })));
      }),
      { numRuns: 100 },
    );
  });

  it('moving asOf later never moves an item to a younger bucket', () => {
    fc.assert(
      fc.property(items, holidayEraIsoDate, fc.integer({ min: 1, max: 400 }), (list, asOf, later) => {
        const plain = list.map(({ allocations: _a, openAmount: _o, ...rest }) => rest).filter((x) => x.issueDate <= asOf);
        const next = new Date((day(asOf) + later) * 86_400_000).toISOString().slice(0, 10);
        const keys = DEFAULT_AGEING_BUCKETS.buckets.map((b) => b.key);
        for (const x of plain) {
          const [now, then] = [asOf, next].map((d) => ageReceivables([x], { asOf: d }).groups[0]);
          if (now === undefined) continue; // nothing open
          expect(then).toBeDefined(); // still open: without allocations nothing is paid later
          const index = (g: NonNullable<typeof now>) => keys.findIndex((k) => !g.byBucket[k]!.isZero());
          expect(index(then!)).toBeGreaterThanOrEqual(index(now));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('provisions lie between zero and the balance on every line, and totals add up', () => {
    const rate = fc.integer({ min: 0, max: 100 }).map((p) => new Decimal(p).div(100).toString());
    fc.assert(
      fc.property(items, holidayEraIsoDate, fc.array(rate, { minLength: 7, maxLength: 7 }), (list, asOf, rs) => {
        const report = ageReceivables(list, { asOf });
        const rates = Object.fromEntries(report.bucketKeys.map((k, i) => [k, rs[i]!]));
        const provision = provisionByAgeing(report, rates);
        for (const group of provision.groups) {
          for (const line of group.lines) {
            expect(line.provision.gte(0)).toBe(true);
            expect(line.provision.lte(Decimal.max(line.balance, 0))).toBe(true);
          }
          expect(sum(group.lines.map((l) => l.provision)).equals(group.provision)).toBe(true);
        }
        for (const [currency, totals] of Object.entries(provision.totals)) {
          expect(sum(provision.groups.filter((g) => g.currency === currency).map((g) => g.provision)).equals(totals.provision)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** The same items with every amount a Decimal: each item then takes the full (schema, Decimal and bigint) path. */
const asDecimals = (list: readonly OpenItem[]): OpenItem[] =>
  list.map((x) => ({
    ...x,
    amount: new Decimal(x.amount),
    ...(x.openAmount === undefined ? {} : { openAmount: new Decimal(x.openAmount) }),
    ...(x.allocations === undefined ? {} : { allocations: x.allocations.map((a) => ({ date: a.date, amount: new Decimal(a.amount) })) }),
  }));

describe('ageReceivables: the fast path and the full path agree (properties)', () => {
  const issueBuckets = {
    basis: 'issue_date' as const,
    buckets: [{ key: 'young', maxDays: 45 }, { key: 'mid', minDays: 46, maxDays: 400 }, { key: 'old', minDays: 401 }],
  };

  it('gives the same report whether amounts are strings and numbers or Decimals, by any grouping and basis', () => {
    fc.assert(
      fc.property(items, holidayEraIsoDate, fc.constantFrom('customerId', 'salesRepId' as const), fc.boolean(), (list, asOf, groupBy, byIssue) => {
        const options = { asOf, groupBy, ...(byIssue ? { buckets: issueBuckets } : {}) };
        expect(json(ageReceivables(asDecimals(list), options))).toEqual(json(ageReceivables(list, options)));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same report when only some items take the full path', () => {
    fc.assert(
      fc.property(items, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), holidayEraIsoDate, (list, slow, asOf) => {
        const mixed = list.map((x, i) => (slow[i] ? asDecimals([x])[0]! : x));
        expect(json(ageReceivables(mixed, { asOf }))).toEqual(json(ageReceivables(list, { asOf })));
      }),
      { numRuns: 100 },
    );
  });
});
