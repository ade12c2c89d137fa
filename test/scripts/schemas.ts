/**
 * Writes docs/schemas/: the JSON Schema (draft 2020-12) of every policy document, the
 * JSON a CRM stores and edits, generated from huikuan's zod schemas with zod 4's own
 * `z.toJSONSchema`, and a README listing them.
 *
 *     npm run schemas              write docs/schemas/
 *     npm run schemas -- --check   exit 1 when a committed file is not what this writes
 *
 * The schemas describe the input side (what `parse` accepts): a decimal is a decimal
 * string or a JSON number (a Decimal instance is not JSON), a date an ISO string. They
 * are structural: refinements that zod runs as code (percents adding up to 100,
 * buckets without gaps, unique ids) have no JSON Schema equivalent, and each file's
 * README line names them. Parse through huikuan for the full check.
 *
 * The output depends on nothing but the zod schemas: no clock, no time zone, and
 * keywords in a fixed order whatever order zod builds them in.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { AgeingBucketsSchema } from '../../src/ageing/schemas.js';
import { BusinessCalendarSchema } from '../../src/calendar/schemas.js';
import { CommissionPlanSchema } from '../../src/commission/schemas.js';
import {
  AnnualRateSchema,
  CurrencyCodeSchema,
  DecimalValueSchema,
  IsoDateSchema,
  NonNegativeAmountSchema,
  PercentSchema,
  PositiveAmountSchema,
  RateSchema,
} from '../../src/core/schemas.js';
import { OrderCheckPolicySchema } from '../../src/credit/checkOrder.js';
import { CreditPolicySchema } from '../../src/credit/creditLimit.js';
import { ReratePolicySchema, ReviewCadenceSchema } from '../../src/credit/rerate.js';
import { ScoreFactorSchema, ScorecardSchema } from '../../src/credit/scorecardSchemas.js';
import { EscalationPolicySchema } from '../../src/escalation/schemas.js';
import { DueStepSchema, PaymentTermsSchema } from '../../src/instalments/schemas.js';

/** Where the files go. */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../docs/schemas/', import.meta.url));

/** Each file's `$id` is this followed by its file name: a URN, since huikuan publishes no schema host. */
export const SCHEMA_BASE_URI = 'urn:huikuan:schemas:';

/** A policy document and what its JSON Schema file says about it. */
export interface PolicyDocument {
  /** File name under docs/schemas/. */
  readonly file: string;
  /** The zod schema, and how it is imported. */
  readonly schema: z.ZodType;
  readonly exportName: string;
  readonly module: string;
  readonly title: string;
  /** One sentence: what the document is. */
  readonly description: string;
  /** What only the zod schema checks (refinements JSON Schema cannot express). */
  readonly zodOnly: string;
}

/** The policy documents, in the order of the README. */
export const POLICY_DOCUMENTS: readonly PolicyDocument[] = [
  {
    file: 'payment-terms.schema.json',
    schema: PaymentTermsSchema,
    exportName: 'PaymentTermsSchema',
    module: 'huikuan/instalments',
    title: 'Payment terms',
    description:
      'Payment terms as data: how a contract total is split into instalments (percent, fixed or balance lines) and when each falls due (steps from a milestone date), with discounts, owners, methods and a business-day roll.',
    zodOnly:
      'at most one balance line, and it is last; percents of the total add up to at most 100, and to exactly 100 when every line is a percent of the total; line ids unique; percent values at most 100 when written as strings; the calendar rules below.',
  },
  {
    file: 'ageing-buckets.schema.json',
    schema: AgeingBucketsSchema,
    exportName: 'AgeingBucketsSchema',
    module: 'huikuan/ageing',
    title: 'Ageing buckets',
    description:
      'Ageing buckets as data: the day ranges (by days past due, or days since issue) that an aged-receivables report sorts open items into.',
    zodOnly:
      'bucket keys unique; buckets in ascending order covering every day without gaps or overlaps (the first without `minDays`, the last without `maxDays`, each `minDays` the previous `maxDays + 1`, `minDays` ≤ `maxDays`).',
  },
  {
    file: 'scorecard.schema.json',
    schema: ScorecardSchema,
    exportName: 'ScorecardSchema',
    module: 'huikuan/credit',
    title: 'Credit scorecard',
    description:
      'A credit scorecard as data: numeric and categorical factors whose weighted points add up to a score, and grade bands, best first, that map the score to a grade.',
    zodOnly:
      'factor ids unique; numeric bins half-open and covering the line (the first without `min`, the last without `max`, `min` < `max`, each `min` the previous `max`); `weight` at most 1000; grades unique, `minScore` strictly falling, only the last band without one.',
  },
  {
    file: 'credit-policy.schema.json',
    schema: CreditPolicySchema,
    exportName: 'CreditPolicySchema',
    module: 'huikuan/credit',
    title: 'Credit-limit policy',
    description:
      'A credit-limit policy as data: credit terms by grade (limit factor, longest term, credit period, prepayment) and caps on the limit, with overrides for customer groups and single customers.',
    zodOnly: '`factor` at most 100 and `creditPeriodMonths` above zero (the JSON Schema says only "not negative" and "a decimal"); percent caps at most 100 when written as strings.',
  },
  {
    file: 'order-check-policy.schema.json',
    schema: OrderCheckPolicySchema,
    exportName: 'OrderCheckPolicySchema',
    module: 'huikuan/credit',
    title: 'Order-check policy',
    description:
      'The rules that approve, send for review or block a new order before it ships: over the credit limit (with a review band), overdue days or amount, prepayment grades, the largest order without a limit, and an escalation level that blocks credit.',
    zodOnly: 'nothing beyond the limits on decimals that every file shares (above).',
  },
  {
    file: 'rerate-policy.schema.json',
    schema: ReratePolicySchema,
    exportName: 'ReratePolicySchema',
    module: 'huikuan/credit',
    title: 'Re-rating policy',
    description:
      'Re-rating rules: the grade ladder, best first, and the payment-index and overdue thresholds that move a customer down or up one notch at a periodic review.',
    zodOnly: 'nothing: the JSON Schema is the whole check.',
  },
  {
    file: 'review-cadence.schema.json',
    schema: ReviewCadenceSchema,
    exportName: 'ReviewCadenceSchema',
    module: 'huikuan/credit',
    title: 'Credit review cadence',
    description: 'How often each credit grade is reviewed: monthly, quarterly, semiannual or yearly.',
    zodOnly: 'nothing: the JSON Schema is the whole check.',
  },
  {
    file: 'business-calendar.schema.json',
    schema: BusinessCalendarSchema,
    exportName: 'BusinessCalendarSchema',
    module: 'huikuan/calendar',
    title: 'Business-day calendar',
    description:
      'A business-day calendar as data: weekend days, public holidays and make-up working days (调休上班), with the years the data covers and its source.',
    zodOnly:
      'dates real calendar dates (the pattern checks the form `YYYY-MM-DD`, and `format: "date"` the calendar where formats are validated); each make-up working day on a weekend day and not also a holiday.',
  },
  {
    file: 'escalation-policy.schema.json',
    schema: EscalationPolicySchema,
    exportName: 'EscalationPolicySchema',
    module: 'huikuan/escalation',
    title: 'Escalation policy',
    description:
      'A collection timetable as data (催收时间表): steps dated from each item\'s due date, each with an action, an owner and optional conditions and fees, and the late-payment interest terms the policy carries.',
    zodOnly:
      'step ids unique; steps in order of `offsetDays`; dates of a late-interest rate table real and rising; a daily rate at most 0.1, and an annual rate at most 10 when written as a string.',
  },
  {
    file: 'commission-plan.schema.json',
    schema: CommissionPlanSchema,
    exportName: 'CommissionPlanSchema',
    module: 'huikuan/commission',
    title: 'Commission plan',
    description:
      'A commission plan as data (提成方案): what it is paid on, when it accrues, at what rate (flat or tiered), with overrides, gates, timing bonus and penalty, clawback, splits between reps, a cap and a holdback.',
    zodOnly:
      'splits add up to exactly 100% with no rep twice; tiers ascending, only the last without `upTo`, retroactive tier rates not falling; timing bands rising in `maxDaysLate`; commission rates at most 1 (the JSON Schema says only "not negative"); a `collected` basis only with an accrual on collection or on target.',
  },
];

// ---------------------------------------------------------------------------------
// Decimals and other primitives

/** The inner unions (string | number | Decimal) of the two decimal families. */
const AMOUNT_UNION = innerOf(DecimalValueSchema);
const RATE_UNION = innerOf(RateSchema);

function innerOf(schema: z.core.$ZodType): unknown {
  const def = schema._zod.def as { type: string; in?: unknown };
  if (def.type !== 'pipe') throw new Error('expected the decimal schemas to be pipes (union → transform)');
  return def.in;
}

/** A decimal string as DecimalValueSchema accepts it (its regex). */
const DECIMAL_PATTERN = '^[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$';
/** …without a sign: a rate, which must not be negative (not even "-0"). */
const UNSIGNED_DECIMAL_PATTERN = '^\\+?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$';
/** …not negative: a minus sign only on a zero ("-0.00" is read as 0). */
const NON_NEGATIVE_DECIMAL_PATTERN = '^(\\+?\\d+(\\.\\d+)?|-0+(\\.0+)?)([eE][+-]?\\d+)?$';

const AMOUNT_LIMITS = 'below 1e30 in absolute value, at most 20 decimal places';
const RATE_LIMITS = 'at most 64 significant digits, 0 or at least 1e-20';

interface DecimalShape {
  readonly description: string;
  readonly pattern: string;
  readonly number: Readonly<Record<string, number>>;
}

/** Bounds of the named decimal schemas of core, which the JSON Schema can partly say. */
const NAMED_DECIMALS = new Map<unknown, DecimalShape>([
  [DecimalValueSchema, { description: `A decimal: a string such as "1234.56" or a number; ${AMOUNT_LIMITS}.`, pattern: DECIMAL_PATTERN, number: {} }],
  [
    NonNegativeAmountSchema,
    { description: `An amount not negative: a decimal string such as "1234.56" or a number; ${AMOUNT_LIMITS}.`, pattern: NON_NEGATIVE_DECIMAL_PATTERN, number: { minimum: 0 } },
  ],
  [
    PositiveAmountSchema,
    { description: `An amount above zero: a decimal string such as "1234.56" or a number; ${AMOUNT_LIMITS}.`, pattern: UNSIGNED_DECIMAL_PATTERN, number: { exclusiveMinimum: 0 } },
  ],
  [RateSchema, { description: `A rate as a decimal (0.05 is 5%), not negative: a string such as "0.05" or a number; ${RATE_LIMITS}.`, pattern: UNSIGNED_DECIMAL_PATTERN, number: { minimum: 0 } }],
  [
    PercentSchema,
    { description: `A percent from 0 to 100 (30 is 30%): a decimal string such as "30" or a number; ${RATE_LIMITS}.`, pattern: UNSIGNED_DECIMAL_PATTERN, number: { minimum: 0, maximum: 100 } },
  ],
  [
    AnnualRateSchema,
    { description: `An annual rate as a decimal from 0 to 10 (0.18 is 18% a year): a string such as "0.18" or a number; ${RATE_LIMITS}.`, pattern: UNSIGNED_DECIMAL_PATTERN, number: { minimum: 0, maximum: 10 } },
  ],
]);

/** The schema, or the nearest schema it was cloned from (`.refine()`, `.describe()`), that `table` knows. */
function known<T>(schema: z.core.$ZodType, table: ReadonlyMap<unknown, T>): { value: T; from: z.core.$ZodType } | undefined {
  for (let s: z.core.$ZodType | undefined = schema; s !== undefined; s = s._zod.parent) {
    const value = table.get(s);
    if (value !== undefined) return { value, from: s };
  }
  return undefined;
}

const checkCount = (schema: z.core.$ZodType): number => (schema._zod.def as { checks?: readonly unknown[] }).checks?.length ?? 0;

/** A description declared on the zod schema (`.meta()`, `.describe()`), before the generator's own words. */
function described(schema: z.core.$ZodType, words: string): string {
  const declared = z.globalRegistry.get(schema)?.description;
  return declared === undefined ? words : `${declared} ${words}`;
}

/**
 * The JSON Schema of a decimal schema (a decimal string or a JSON number; the Decimal
 * instances huikuan also accepts are not JSON), or undefined for any other schema.
 * A schema refined further in its module gets the bounds of the named schema it
 * refines, and a note.
 */
function decimalJsonSchema(schema: z.core.$ZodType): Record<string, unknown> | undefined {
  const def = schema._zod.def as { type: string; in?: unknown };
  if (def.type !== 'pipe' || (def.in !== AMOUNT_UNION && def.in !== RATE_UNION)) return undefined;
  const base = known(schema, NAMED_DECIMALS);
  if (base === undefined) throw new Error('a decimal schema that is not refined from DecimalValueSchema or RateSchema');
  const further = checkCount(schema) > checkCount(base.from) ? ' huikuan checks a further bound (see docs/schemas/README.md).' : '';
  return {
    description: described(schema, `${base.value.description}${further}`),
    anyOf: [
      { type: 'string', pattern: base.value.pattern },
      { type: 'number', ...base.value.number },
    ],
  };
}

/** JSON Schema of other shared primitives (and of schemas refined from them). */
const NAMED_PRIMITIVES = new Map<unknown, Record<string, unknown>>([
  [
    IsoDateSchema,
    {
      type: 'string',
      format: 'date',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'An ISO 8601 calendar date written YYYY-MM-DD, a real date from 0001-01-01 to 9999-12-31.',
    },
  ],
  [CurrencyCodeSchema, { type: 'string', pattern: '^[A-Z]{3}$', description: 'An ISO 4217 currency code of three capital letters, such as "CNY".' }],
]);

function primitiveJsonSchema(schema: z.core.$ZodType): Record<string, unknown> | undefined {
  const base = known(schema, NAMED_PRIMITIVES);
  if (base === undefined) return undefined;
  return { ...base.value, description: described(schema, String(base.value.description)) };
}

/**
 * Refinements of policy fields that JSON Schema can say exactly. Each is pinned by a
 * test (a document breaking it is refused by both), so a change in src/ shows here.
 */
const EXACT_REFINEMENTS = new Map<unknown, Record<string, unknown>>([
  [BusinessCalendarSchema.shape.weekend, { uniqueItems: true }],
  [ReratePolicySchema.shape.grades, { uniqueItems: true }],
  [categoricalPoints(), { minProperties: 1 }],
]);

function categoricalPoints(): unknown {
  const categorical = ScoreFactorSchema.options.find((option) => option.shape.type.value === 'categorical');
  if (categorical === undefined || !('points' in categorical.shape)) throw new Error('expected a categorical scorecard factor with points');
  return categorical.shape.points;
}

/** Replaces a JSON object's content in place (zod's override hands over its own object). */
function replaceContent(target: Record<string, unknown>, content: Record<string, unknown>): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, content);
}

/** The Decimal branch of a decimal union: the only schema huikuan cannot represent. */
function isDecimalInstanceBranch(schema: z.core.$ZodType): boolean {
  return [AMOUNT_UNION, RATE_UNION].some((union) => {
    const options = (union as { _zod: { def: { options: readonly unknown[] } } })._zod.def.options;
    return options.includes(schema) && schema._zod.def.type === 'custom';
  });
}

/**
 * The metadata zod writes into the JSON Schema: the schemas' own (`.meta()` and
 * `.describe()`, in zod's global registry), plus the `$defs` ids below, kept in a
 * private registry so that the zod schemas themselves are not touched.
 */
class DefinitionsRegistry extends z.core.$ZodRegistry<{ id?: string | undefined }> {
  override get<S extends z.core.$ZodType>(schema: S): ReturnType<z.core.$ZodRegistry<{ id?: string | undefined }>['get']> {
    const own = super.get(schema);
    const global = z.globalRegistry.get(schema);
    return global === undefined ? own : { ...global, ...own };
  }
}

/** Shared schemas written once under `$defs` and referenced. */
const DEFINITIONS = new DefinitionsRegistry();
for (const [schema, id] of [
  [DecimalValueSchema, 'decimal'],
  [NonNegativeAmountSchema, 'nonNegativeDecimal'],
  [PositiveAmountSchema, 'positiveDecimal'],
  [RateSchema, 'rate'],
  [PercentSchema, 'percent'],
  [AnnualRateSchema, 'annualRate'],
  [IsoDateSchema, 'isoDate'],
  [CurrencyCodeSchema, 'currencyCode'],
  [DueStepSchema, 'dueStep'],
] as const) {
  DEFINITIONS.add(schema, { id });
}

/** Drops `$defs` entries nothing refers to (zod also lists the parents of refined schemas). */
function pruneDefinitions(json: Record<string, unknown>): void {
  const defs = json.$defs;
  if (!isRecord(defs)) return;
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
          const name = decodeURIComponent(value.slice('#/$defs/'.length));
          if (!used.has(name)) {
            used.add(name);
            visit(defs[name]);
          }
        } else if (node !== defs) visit(value);
      }
    }
  };
  visit(json);
  for (const name of Object.keys(defs)) if (!used.has(name)) delete defs[name];
  if (Object.keys(defs).length === 0) delete json.$defs;
}

/**
 * The JSON Schema (draft 2020-12, input side) of a huikuan zod schema, without the
 * document's own `$id`, `title` and `description`; keywords in canonical order.
 */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: DEFINITIONS,
    // A Decimal instance is not JSON: the decimal's own JSON Schema (below) leaves it out.
    // Anything else zod cannot represent is a mistake here, and stops the generator.
    unrepresentable: ({ zodSchema, path }) => {
      if (isDecimalInstanceBranch(zodSchema)) return { not: {} };
      throw new Error(`no JSON Schema for the ${zodSchema._zod.def.type} schema at ${path.join('.') || '(root)'}`);
    },
    override: ({ zodSchema, jsonSchema }) => {
      const replacement = decimalJsonSchema(zodSchema) ?? primitiveJsonSchema(zodSchema);
      if (replacement !== undefined) replaceContent(jsonSchema as Record<string, unknown>, replacement);
      const exact = EXACT_REFINEMENTS.get(zodSchema);
      if (exact !== undefined) Object.assign(jsonSchema, exact);
    },
  }) as Record<string, unknown>;
  pruneDefinitions(json);
  return canonical(json) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------
// Canonical form

/** Keywords in the order they are written; others follow, sorted. */
const KEYWORD_ORDER = [
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'prefixItems',
  'items',
  'minProperties',
  'maxProperties',
  'properties',
  'required',
  'propertyNames',
  'patternProperties',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'default',
  'examples',
  '$defs',
];
const RANK = new Map(KEYWORD_ORDER.map((key, i) => [key, i]));
/** Keywords whose value is a schema, an array of schemas, or a map of names to schemas. */
const SCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'contains', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties']);
const SCHEMA_ARRAY_KEYWORDS = new Set(['prefixItems', 'anyOf', 'oneOf', 'allOf']);
/** `properties` keep the zod shape's order (the order a reader expects); `$defs` are sorted. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON Schema with its keywords in canonical order, all the way down. */
function canonical(schema: unknown): unknown {
  if (!isRecord(schema)) return schema; // a boolean schema
  const keys = Object.keys(schema).sort((a, b) => {
    const ra = RANK.get(a) ?? KEYWORD_ORDER.length;
    const rb = RANK.get(b) ?? KEYWORD_ORDER.length;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = schema[key];
    if (SCHEMA_KEYWORDS.has(key)) out[key] = canonical(value);
    else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(value)) out[key] = value.map(canonical);
    else if (SCHEMA_MAP_KEYWORDS.has(key) && isRecord(value)) {
      const names = key === 'properties' ? Object.keys(value) : Object.keys(value).sort();
      out[key] = Object.fromEntries(names.map((name) => [name, canonical(value[name])]));
    } else out[key] = value;
  }
  return out;
}

// ---------------------------------------------------------------------------------
// The files

/** The JSON Schema document of a policy: `$schema`, `$id`, `title`, `description`, then the schema. */
export function policyJsonSchema(policy: PolicyDocument): Record<string, unknown> {
  const { $schema, ...body } = toJsonSchema(policy.schema);
  return canonical({
    $schema,
    $id: `${SCHEMA_BASE_URI}${policy.file}`,
    $comment: `Generated from ${policy.exportName} (${policy.module}) by \`npm run schemas\`: do not edit. The zod schema is the full check (see README.md).`,
    title: policy.title,
    description: policy.description,
    ...body,
  }) as Record<string, unknown>;
}

/** Two-space JSON with a trailing newline. */
function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function readme(): string {
  const lines = [
    '# JSON Schemas of the policy documents',
    '',
    'Policies are data: a CRM stores, versions and edits them as JSON. These files are',
    'their [JSON Schemas](https://json-schema.org/) (draft 2020-12), generated from',
    "huikuan's zod schemas by `npm run schemas` (test/scripts/schemas.ts): do not edit",
    'them by hand. A test fails when they are not what the generator writes.',
    '',
    '| file | zod schema | what it holds |',
    '| --- | --- | --- |',
    ...POLICY_DOCUMENTS.map((p) => `| [${p.file}](${p.file}) | \`${p.exportName}\` (\`${p.module}\`) | ${p.description} |`),
    '',
    "Each file's `$id` is its name under `" + SCHEMA_BASE_URI + "`.",
    '',
    '## What they describe',
    '',
    '- **The JSON side of the input.** A decimal (amount, rate, percent) is a decimal',
    '  string such as `"1234.56"` or a JSON number; prefer strings for amounts, which',
    '  every JSON parser keeps exact. huikuan also accepts `Decimal` instances, which are',
    '  not JSON and so are not in the schemas. A date is an ISO `YYYY-MM-DD` string',
    '  (`format: "date"` and a pattern). Unknown keys are rejected wherever huikuan',
    '  rejects them.',
    '- **Structure, not every rule.** The JSON Schema checks types, required and unknown',
    '  keys, enums, patterns and numeric ranges. The zod schema (what every huikuan',
    '  function parses, and `XxxSchema.safeParse(doc)`) is the full check: it also runs',
    '  refinements that JSON Schema cannot express. A document the zod schema accepts is',
    '  always valid against its JSON Schema; the reverse holds only for the structure.',
    '- **Decimal bounds.** A decimal string is checked against its pattern, and a sign',
    '  where the value must not be negative; numeric bounds (`minimum`, `maximum`) apply',
    '  to JSON numbers only, since a pattern cannot compare `"1e2"` with 100. The limits',
    '  on every amount (below 1e30 in absolute value, at most 20 decimal places) and rate',
    '  (at most 64 significant digits, 0 or at least 1e-20) are in the descriptions only.',
    '- **Lengths** are counted in code points by JSON Schema and in UTF-16 code units by',
    '  zod: a string of astral characters (emoji) can pass a `maxLength` that huikuan then',
    '  refuses.',
    '',
    '## Checked only by the zod schema',
    '',
    ...POLICY_DOCUMENTS.map((p) => `- **${p.title}** (\`${p.file}\`): ${p.zodOnly}`),
    '',
    '## Use',
    '',
    '```ts',
    "import Ajv2020 from 'ajv/dist/2020.js';",
    "import { PaymentTermsSchema } from 'huikuan/instalments';",
    "import schema from './payment-terms.schema.json' with { type: 'json' }; // a copy of this file",
    '',
    "// `format: 'date'` needs a validator: ajv-formats' addFormats(ajv), or a pattern as here.",
    "// allowUnionTypes: some fields are `type: ['string', 'number']`.",
    "const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, formats: { date: /^\\d{4}-\\d{2}-\\d{2}$/ } });",
    'const validate = ajv.compile(schema);',
    'validate(doc); // a form editor: quick, structural, with JSON pointers',
    'PaymentTermsSchema.safeParse(doc).success; // before saving: the full check',
    '```',
    '',
  ];
  return lines.join('\n');
}

/** Every file of docs/schemas/, by file name, as the generator writes it. */
export function buildSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const policy of POLICY_DOCUMENTS) files[policy.file] = jsonText(policyJsonSchema(policy));
  files['README.md'] = readme();
  return files;
}

/** Files in docs/schemas/ that differ from what the generator writes, are missing, or are stale. */
export function outdatedFiles(dir: string = SCHEMAS_DIR): string[] {
  const expected = buildSchemas();
  const present = safeReaddir(dir);
  const problems: string[] = [];
  for (const [name, text] of Object.entries(expected)) {
    if (!present.includes(name)) problems.push(`${name} is missing`);
    else if (readFileSync(join(dir, name), 'utf8') !== text) problems.push(`${name} is out of date`);
  }
  for (const name of present) if (!(name in expected)) problems.push(`${name} is not generated (stale?)`);
  return problems;
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Writes docs/schemas/, removing files the generator no longer writes. */
export function writeSchemas(dir: string = SCHEMAS_DIR): string[] {
  const files = buildSchemas();
  mkdirSync(dir, { recursive: true });
  for (const name of safeReaddir(dir)) if (!(name in files)) rmSync(join(dir, name));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files);
}

function main(args: readonly string[]): void {
  if (args.includes('--check')) {
    const problems = outdatedFiles();
    if (problems.length > 0) {
      console.error(`docs/schemas/ is not current (run \`npm run schemas\`):\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log('docs/schemas/ is current.');
    return;
  }
  const written = writeSchemas();
  console.log(`Wrote ${written.length} files to docs/schemas/: ${written.join(', ')}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
