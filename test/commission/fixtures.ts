import { calculateCommission, type CommissionInput, type CommissionLine, type CommissionPlan, type CommissionStatement } from '../../src/commission/index.js';

/**
 * Li's November, as in docs/commission.md: INV-1 and INV-2 are Li's, INV-9 Wang's.
 *
 * | receipt | pays  | amount | date       | days late |
 * | R1      | INV-1 | 50,000 | 2026-11-10 | 10        |
 * | R2      | INV-2 | 40,000 | 2026-11-05 | −10       |
 * | R9      | INV-9 | 70,000 | 2026-11-02 | 2         |
 */
export const nov = { from: '2026-11-01', to: '2026-11-30' };
export const dec = { from: '2026-12-01', to: '2026-12-31' };

export const INV1 = { id: 'INV-1', customerId: 'C1', salesRepId: 'li', productId: 'P1', category: 'machines', currency: 'CNY', amount: '100000', margin: '30000', issueDate: '2026-09-01', dueDate: '2026-10-31' };
export const INV2 = { id: 'INV-2', customerId: 'C2', salesRepId: 'li', productId: 'P2', category: 'parts', currency: 'CNY', amount: '40000', margin: '8000', issueDate: '2026-10-15', dueDate: '2026-11-15' };
export const INV9 = { id: 'INV-9', customerId: 'C9', salesRepId: 'wang', currency: 'CNY', amount: '70000', issueDate: '2026-10-01', dueDate: '2026-10-31' };
export const receivables = [INV1, INV2, INV9];

export const R1 = { receiptId: 'R1', receivableId: 'INV-1', amount: '50000', date: '2026-11-10' };
export const R2 = { receiptId: 'R2', receivableId: 'INV-2', amount: '40000', date: '2026-11-05' };
export const R9 = { receiptId: 'R9', receivableId: 'INV-9', amount: '70000', date: '2026-11-02' };
export const allocations = [R1, R2, R9];

/** 3% of the cash collected, accrued on collection. */
export const cash3: CommissionPlan = { id: 'CASH-3', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.03' } };
export const input: CommissionInput = { period: nov, salesRepId: 'li', receivables, allocations };

/** The plan `cash3` with `plan` laid over it, on Li's November with `extra` laid over it. */
export const run = (plan: Partial<CommissionPlan> = {}, extra: Partial<CommissionInput> = {}): CommissionStatement =>
  calculateCommission({ ...cash3, ...plan } as CommissionPlan, { ...input, ...extra });

/** A line as `kind receipt-or-receivable amount`. */
export const brief = (l: CommissionLine) => [l.kind, l.receiptId ?? l.receivableId, l.amount.toString()].filter((x) => x !== undefined).join(' ');
export const view = (s: CommissionStatement) => s.lines.map(brief);
export const totals = (s: CommissionStatement) => [s.accrued, s.adjustments, s.payable, s.deferred].map(String);
export const texts = (s: CommissionStatement) => s.lines.map((l) => l.explanation);
export const textsZh = (s: CommissionStatement) => s.lines.map((l) => l.explanationZh);

/** A path as error messages show it: `input.receivables[1].margin`. */
export const dotted = (path: readonly (string | number)[]) => path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out === '' ? p : `${out}.${p}`), '');

/** What a call threw (a HuikuanError), for asserting its code, message and issues exactly. */
export function thrown(f: () => unknown): { code: string; message: string; issues: readonly { path: readonly (string | number)[]; message: string }[] } {
  try {
    f();
  } catch (error) {
    return error as never;
  }
  throw new Error('expected a throw');
}
