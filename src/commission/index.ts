/**
 * huikuan/commission: commission plans tied to collected cash (回款提成), with gates,
 * timing bonus and penalty, tiers, splits, clawback, cap and holdback, and statements
 * that explain every line.
 * @module huikuan/commission
 */
export { HuikuanError, type HuikuanErrorCode, type HuikuanIssue } from '../core/errors.js';
export {
  CommissionAllocationSchema,
  CommissionInputSchema,
  CommissionPlanSchema,
  CommissionRateSchema,
  CommissionReceivableSchema,
  type CommissionInput,
  type CommissionLine,
  type CommissionPlan,
  type CommissionStatement,
} from './schemas.js';
export { calculateCommission } from './calculateCommission.js';
export { summariseCommissions, type CommissionSummary, type CommissionTotals } from './summariseCommissions.js';
