import { readdirSync } from 'node:fs';
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

  it('quickstart shows the rolled National Day due date and the collection rate', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '));
    });
    vi.resetModules();
    await import('../examples/quickstart.js');
    const out = lines.join('\n');
    expect(out).toContain('rolled to 2026-10-08');
    expect(out).toContain('collection rate 78.33%');
    expect(out).toMatch(/Order SO-2026-1187 for Hengda Machinery, 400000\.00: BLOCK\n\s+- an invoice is 46 days past due/);
    expect(out).toContain('Xibei Mining       score  23.0  grade C');
    expect(out).toMatch(/sales_manager\s+Hengda Machinery\s+stop_supply\s+240740\.73/);
  });
});
