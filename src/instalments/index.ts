/**
 * huikuan/instalments: payment terms to collection plans (回款计划), amortisation,
 * restructuring of overdue balances, receipts applied to instalments, and plan
 * versus actual.
 * @module huikuan/instalments
 */
export { HuikuanError, type HuikuanErrorCode, type HuikuanIssue } from '../core/errors.js';
export { scheduleInstalments } from './scheduleInstalments.js';
export {
  amortize,
  annuityPayment,
  AmortizeInputSchema,
  type AmortizeInput,
  type AmortizationRow,
  type AmortizationSchedule,
} from './amortize.js';
export {
  restructureBalance,
  RestructureInputSchema,
  type RestructureInput,
  type RestructurePlan,
} from './restructureBalance.js';
export { applyReceipts } from './applyReceipts.js';
export { comparePlanToActual, type PlanLineActual, type PlanVersusActual } from './comparePlanToActual.js';
export {
  DiscountRuleSchema,
  DueRuleSchema,
  DueStepSchema,
  MilestoneDatesSchema,
  MilestoneNameSchema,
  PaymentTermsSchema,
  PercentSchema,
  ScheduleOptionsSchema,
  TermAmountSchema,
  TermLineSchema,
  type DueStep,
  type Instalment,
  type InstalmentPlan,
  type PaymentTerms,
  type PlannedStatus,
  type ScheduleOptions,
  type TermLine,
} from './schemas.js';
export {
  ApplicationStrategySchema,
  ApplyReceiptsOptionsSchema,
  InstalmentKindSchema,
  InstalmentRefSchema,
  ReceiptSchema,
  type Allocation,
  type ApplicationStrategy,
  type ApplyReceiptsOptions,
  type InstalmentKind,
  type InstalmentPosition,
  type InstalmentRef,
  type InstalmentStatus,
  type Receipt,
  type ReceiptApplication,
  type Unapplied,
} from './receiptSchemas.js';
