import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDocChecks } from './docs/generateDocChecks.mjs';

/**
 * Every `//=>` result in the guides of docs/ is run against src/ and must hold, so the
 * documentation cannot drift from the code.
 */
const docs = readdirSync(new URL('../docs', import.meta.url)).filter((name) => name.endsWith('.md'));
const out = new URL('./.generated/', import.meta.url);
/** The guides of the modules (and the index), each with more than ten checked results. */
const GUIDES = ['index.md', 'money.md', 'calendar.md', 'instalments.md', 'ageing.md', 'credit.md', 'escalation.md', 'commission.md'];

describe('docs', () => {
  it('has a guide per module', () => {
    expect(docs).toEqual(expect.arrayContaining(GUIDES));
  });

  it.each(docs)('every example in %s holds', async (name) => {
    mkdirSync(out, { recursive: true });
    const file = new URL(`${name.replace(/\.md$/, '')}.gen.ts`, out);
    writeFileSync(file, generateDocChecks(readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8')));
    const { results } = (await import(file.href)) as { results: { ok: number; bad: number; failures: string[] } };
    expect(results.failures).toEqual([]);
    expect(results.bad).toBe(0);
    // The module guides teach by example; the other pages (performance, quality) report figures.
    if (GUIDES.includes(name)) expect(results.ok).toBeGreaterThan(10);
  }, 60_000);
});
