import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseCommissions } from '../../src/commission/index.js';
import { dotted, run, thrown } from './fixtures.js';

const row = (salesRepId: string, currency: string, payable: string, extra: Partial<Record<'accrued' | 'adjustments' | 'deferred', string>> = {}) => ({
  salesRepId,
  currency,
  accrued: payable,
  adjustments: '0',
  payable,
  deferred: '0',
  ...extra,
});
const line = (r: { salesRepId: string; currency: string; statements: number; accrued: unknown; adjustments: unknown; payable: unknown; deferred: unknown }) =>
  `${r.salesRepId} ${r.currency} ×${r.statements}: ${String(r.accrued)} ${String(r.adjustments)} ${String(r.payable)} ${String(r.deferred)}`;

describe('summariseCommissions', () => {
  it('adds statements up per rep and currency, sorted by rep then currency, and per currency for the team', () => {
    const summary = summariseCommissions([
      row('wang', 'CNY', '1920'),
      row('li', 'USD', '100'),
      row('li', 'CNY', '1800', { accrued: '2700', adjustments: '-900', deferred: '200' }),
      row('li', 'CNY', '-1500', { accrued: '0', adjustments: '-1500' }),
      row('an', 'CNY', '0.01'),
    ]);
    expect(summary.byRep.map(line)).toEqual([
      'an CNY ×1: 0.01 0 0.01 0',
      'li CNY ×2: 2700 -2400 300 200',
      'li USD ×1: 100 0 100 0',
      'wang CNY ×1: 1920 0 1920 0',
    ]);
    expect(Object.keys(summary.team)).toEqual(['CNY', 'USD']);
    expect(line({ salesRepId: 'team', ...summary.team.CNY! })).toBe('team CNY ×4: 4620.01 -2400 2220.01 200');
    expect(line({ salesRepId: 'team', ...summary.team.USD! })).toBe('team USD ×1: 100 0 100 0');
  });

  it('sorts by rep, then currency, whatever the order of the statements', () => {
    const rows = [row('wang', 'CNY', '1'), row('li', 'USD', '1'), row('li', 'CNY', '1'), row('an', 'EUR', '1'), row('li', 'EUR', '1'), row('wang', 'AUD', '1')];
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        expect(summariseCommissions(shuffled).byRep.map((r) => `${r.salesRepId} ${r.currency}`)).toEqual(['an EUR', 'li CNY', 'li EUR', 'li USD', 'wang AUD', 'wang CNY']);
      }),
      { numRuns: 50 },
    );
  });

  it('reads statements as returned or as their JSON, from any iterable', () => {
    const plan = { splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 40 }] };
    const statements = new Set([run(plan), JSON.parse(JSON.stringify(run(plan, { salesRepId: 'wang' })))]);
    const summary = summariseCommissions(statements);
    expect(summary.byRep.map((r) => `${r.salesRepId} ${r.payable}`)).toEqual(['li 2880', 'wang 1920']);
    expect(summary.team.CNY!.payable.toString()).toBe('4800');
  });

  it('is empty for no statements', () => {
    expect(summariseCommissions([])).toEqual({ byRep: [], team: {} });
  });

  it.each<[string, unknown, (string | number)[], string]>([
    ['statements that are not iterable', 5, ['statements'], 'must be an iterable collection such as an array'],
    ['a statement without a rep', [row('li', 'CNY', '1'), { ...row('li', 'CNY', '1'), salesRepId: '' }], ['statements', 1, 'salesRepId'], 'Too small: expected string to have >=1 characters'],
  ])('refuses %s, naming it', (_, statements, path, message) => {
    const error = thrown(() => summariseCommissions(statements as never));
    expect([error.code, error.issues]).toEqual(['invalid_input', [{ path, message }]]);
    expect(error.message).toBe(`Invalid input to summariseCommissions: ${dotted(path)}: ${message}`);
  });
});
