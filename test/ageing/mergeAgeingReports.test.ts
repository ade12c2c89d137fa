import { describe, expect, it } from 'vitest';
import { ageReceivables, mergeAgeingReports, type AgeingReport, type OpenItem } from '../../src/ageing/index.js';

const asOf = '2026-03-31';
const item = (id: string, customerId: string, currency: string, amount: string, dueDate: string): OpenItem => ({ id, customerId, currency, amount, issueDate: '2025-06-01', dueDate });
const json = (report: AgeingReport) => JSON.parse(JSON.stringify(report)) as unknown;

describe('mergeAgeingReports', () => {
  it('sorts the merged totals by currency and the groups by key then currency, whatever the order of the reports', () => {
    const a = ageReceivables([item('1', 'C2', 'USD', '10', '2026-03-01'), item('2', 'C1', 'USD', '5', '2025-12-01')], { asOf });
    const b = ageReceivables([item('3', 'C2', 'CNY', '20', '2026-03-20'), item('4', 'C1', 'EUR', '1', '2026-04-30')], { asOf });
    const merged = mergeAgeingReports(a, b);
    expect(Object.keys(merged.totals)).toEqual(['CNY', 'EUR', 'USD']);
    expect(merged.groups.map((g) => `${g.key} ${g.currency}`)).toEqual(['C1 EUR', 'C1 USD', 'C2 CNY', 'C2 USD']);
    expect(json(merged)).toEqual(json(ageReceivables([item('1', 'C2', 'USD', '10', '2026-03-01'), item('2', 'C1', 'USD', '5', '2025-12-01'), item('3', 'C2', 'CNY', '20', '2026-03-20'), item('4', 'C1', 'EUR', '1', '2026-04-30')], { asOf })));
  });

  it('merges many groups in both currencies into the report of the whole', () => {
    const list = Array.from({ length: 160 }, (_, k) => item(`I${k}`, `C${k % 80}`, k % 3 === 0 ? 'USD' : 'CNY', String(k + 1), k % 2 === 0 ? '2026-03-01' : '2025-10-01'));
    const usdFirst = [...list.filter((x) => x.currency === 'USD'), ...list.filter((x) => x.currency === 'CNY')];
    const merged = mergeAgeingReports(ageReceivables(usdFirst.slice(0, 80), { asOf }), ageReceivables(usdFirst.slice(80), { asOf }));
    expect(json(merged)).toEqual(json(ageReceivables(list, { asOf })));
  });

  it('recomputes the weighted average from the summed amount-days and debits (the guide’s example)', () => {
    const a = ageReceivables([item('a', 'C1', 'CNY', '1000', '2026-03-21')], { asOf });
    const b = ageReceivables([item('b', 'C1', 'CNY', '100', '2025-12-21')], { asOf });
    const m = mergeAgeingReports(a, b).groups[0]!;
    expect([m.amountDays, m.debitTotal, m.weightedAverageDaysPastDue, m.count, m.maxDaysPastDue].map(String)).toEqual(['20000', '1100', '18.18', '2', '100']);
  });

  it('names the report and field that do not match, or are malformed', () => {
    const a = ageReceivables([item('a', 'C1', 'CNY', '1', '2026-03-01')], { asOf });
    const mismatch = (b: unknown) => () => mergeAgeingReports(a, b as AgeingReport);
    expect(mismatch(ageReceivables([], { asOf: '2026-03-30' }))).toThrowError(
      expect.objectContaining({ message: 'Invalid input to mergeAgeingReports: b.asOf: is 2026-03-30 but the first report is as of 2026-03-31', issues: [{ path: ['b', 'asOf'], message: 'is 2026-03-30 but the first report is as of 2026-03-31' }] }),
    );
    expect(mismatch(ageReceivables([], { asOf, groupBy: 'productId' }))).toThrowError(
      expect.objectContaining({ issues: [{ path: ['b', 'groupBy'], message: 'is "productId" but the first report is grouped by "customerId"' }] }),
    );
    expect(mismatch(ageReceivables([], { asOf, buckets: { basis: 'due_date', buckets: [{ key: 'all' }] } }))).toThrowError(
      expect.objectContaining({ issues: [{ path: ['b', 'buckets'], message: 'differ from the first report’s buckets' }] }),
    );
    expect(mismatch({ ...json(a) as object, asOf: '2026-02-30' })).toThrowError(expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path: ['b', 'asOf'] })] }));
    expect(() => mergeAgeingReports({ ...(json(a) as AgeingReport), groups: 'none' as never }, a)).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ path: ['a', 'groups'] })] }));
  });
});
