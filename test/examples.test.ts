import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Every script in examples/ runs to the end and prints something, so the examples cannot rot. */
const scripts = readdirSync(new URL('../examples', import.meta.url)).filter((name) => name.endsWith('.ts'));

describe('examples', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has the quick start', () => {
    expect(scripts).toContain('quickstart.ts');
  });

  it.each(scripts)('%s runs', async (name) => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '));
    });
    await import(`../examples/${name}`);
    expect(lines.join('\n')).not.toContain('NaN');
    expect(lines.length).toBeGreaterThan(3);
  });

  it('quick start runs the whole cycle on the sample portfolio', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '));
    });
    vi.resetModules();
    await import('../examples/quickstart.js');
    const out = lines.join('\n');
    expect(out).toContain('as of 2026-11-30: 40 customers');
    // Grades: Hengda 20 + 20 + 16 + 12 + 10.5 = 78.5 (A), 273403.74 a month × 6 months × 1.2, rounded down.
    expect(out).toMatch(/HENGDA 恒达机械\s+78\.5 {2}A\s+70 {2}A\s+1968506\.92 {2}60d/);
    expect(out).toMatch(/XIBEI 西北矿业\s+11\.5 {2}C .+ grade C trades on prepayment: no credit/);
    expect(out).toMatch(/Taihang Cement 太行水泥\s+BB → BBB: payment index 84 reaches 82: up one notch/);
    // Orders: Hengda is within its limit, but 53 days past due (10-08 to 11-30).
    expect(out).toMatch(/SO-2026-1187 {2}Hengda Machinery 恒达机械\s+400000\.00 .+ → BLOCK\n\s+- an invoice is 53 days past due, over the 30 days allowed/);
    expect(out).toMatch(/SO-2026-1188 .+ → APPROVE/);
    expect(out).toMatch(/SO-2026-1189 .+ → REVIEW\n\s+- exposure after the order, 235900\.58, is 19959\.55 over the limit of 215941\.03, within the 10% review band/);
    // The featured contract: 30/60/10, the acceptance payment rolled past National Day.
    expect(out).toMatch(/Acceptance 验收款\s+740740\.73\s+acceptance \+30d\s+2026-10-08\s+500000\.00\s+overdue\s+53d late, rolled from 2026-10-01/);
    expect(out).toContain('Collected 870370.37 of 1111111.10 due: collection rate 78.33%');
    // Ageing, worklist and pauses.
    expect(out).toMatch(/Li Na 李娜\s+2273500\.21\s+0\.00\s+240740\.73/);
    expect(out).toMatch(/sales_manager\n\s+Hengda Machinery 恒达机械\s+stop_supply 停止供货\s+overdue\s+240740\.73/);
    expect(out).toMatch(/Dongfang Tools 东方工具\s+HT-2026-0190-1 {2}open 78000\.00, 46d past due: promised on 2026-11-24 to pay by 2026-12-04/);
    expect(out).toMatch(/Nanhai Retail 南海零售\s+HT-2026-0144-1 {2}open 86500\.00, 62d past due: disputed/);
    // Commission: 1447726.20 collected on time × 3% = 43431.79 of Li Na's 61280.29; Chen Jie's written-off instalment clawed back.
    expect(out).toContain('receipt BANK-20261119-01 on HT-2026-0158-2: collected 1447726.2 × 3% × 1 for 0 days late = 43431.79');
    expect(out).toMatch(/Li Na 李娜\s+payable\s+61280\.29 {2}\(accrued 61280\.29, adjustments 0\.00; collection rate 89\.67%;/);
    expect(out).toMatch(/clawback\s+-754\.42 {2}HT-2025-0058-2 written off on 2026-11-20: 52\.6515% of the 1432\.85 paid on it taken back/);
  });

  it('quick start --json prints the same cycle as one JSON document, and nothing else', async () => {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'examples/quickstart.ts', '--json'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const json = JSON.parse(stdout);
    const { loadPortfolio, runCycle } = await import('../examples/data/cycle.js');
    expect(json).toEqual(JSON.parse(JSON.stringify(runCycle(loadPortfolio()))));
    // Decimals are exact strings.
    expect(json.orders[0].check.decision).toBe('block');
    expect(json.featured.comparison.collectionRate).toBe('0.7833');
    expect(json.commission.reps.find((r: { rep: { id: string } }) => r.rep.id === 'li.na').statement.payable).toBe('61280.29');
  }, 60_000);
});
