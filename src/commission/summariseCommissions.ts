import { z } from 'zod';
import { Decimal, type DecimalLike } from '../core/decimal.js';
import { parseItems } from '../core/parseItems.js';
import { CurrencyCodeSchema, DecimalValueSchema } from '../core/schemas.js';

const StatementSchema = z.object({
  salesRepId: z.string().min(1),
  currency: CurrencyCodeSchema,
  accrued: DecimalValueSchema,
  adjustments: DecimalValueSchema,
  payable: DecimalValueSchema,
  deferred: DecimalValueSchema,
});

/** Commission totals. */
export interface CommissionTotals {
  readonly currency: string;
  readonly statements: number;
  readonly accrued: Decimal;
  readonly adjustments: Decimal;
  readonly payable: Decimal;
  readonly deferred: Decimal;
}

/** Per-rep and team totals of commission statements. */
export interface CommissionSummary {
  /** One row per rep and currency, sorted by rep. */
  readonly byRep: readonly (CommissionTotals & { readonly salesRepId: string })[];
  /** The team's totals per currency. */
  readonly team: Readonly<Record<string, CommissionTotals>>;
}

/**
 * Adds up commission statements per rep (and currency) and for the team, exactly.
 *
 * @param statements - Iterable of CommissionStatements (or their JSON).
 * @returns `{ byRep, team }`.
 * @throws HuikuanError `invalid_input` for a malformed statement (naming its index).
 * @example
 * const summary = summariseCommissions([
 *   { salesRepId: 'li', currency: 'CNY', accrued: '1500', adjustments: '-150', payable: '1350', deferred: '150' },
 *   { salesRepId: 'wang', currency: 'CNY', accrued: '900', adjustments: '0', payable: '900', deferred: '0' },
 * ]);
 * summary.team.CNY.payable.toString(); //=> '2250'
 */
export function summariseCommissions(
  statements: Iterable<{ readonly salesRepId: string; readonly currency: string; readonly accrued: DecimalLike; readonly adjustments: DecimalLike; readonly payable: DecimalLike; readonly deferred: DecimalLike }>,
): CommissionSummary {
  const rows = parseItems(StatementSchema, statements, 'summariseCommissions', 'statements');
  const zero = (currency: string) => ({ currency, statements: 0, accrued: new Decimal(0), adjustments: new Decimal(0), payable: new Decimal(0), deferred: new Decimal(0) });
  const add = (t: CommissionTotals, s: (typeof rows)[number]): CommissionTotals => ({
    currency: t.currency,
    statements: t.statements + 1,
    accrued: t.accrued.plus(s.accrued),
    adjustments: t.adjustments.plus(s.adjustments),
    payable: t.payable.plus(s.payable),
    deferred: t.deferred.plus(s.deferred),
  });
  const reps = new Map<string, CommissionTotals & { salesRepId: string }>();
  const team: Record<string, CommissionTotals> = {};
  for (const s of rows) {
    const key = JSON.stringify([s.salesRepId, s.currency]);
    reps.set(key, { salesRepId: s.salesRepId, ...add(reps.get(key) ?? zero(s.currency), s) });
    team[s.currency] = add(team[s.currency] ?? zero(s.currency), s);
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byRep = [...reps.values()].sort((a, b) => compare(a.salesRepId, b.salesRepId) || compare(a.currency, b.currency));
  return { byRep, team };
}
