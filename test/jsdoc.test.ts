import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as ageing from '../src/ageing/index.js';
import * as calendar from '../src/calendar/index.js';
import * as commission from '../src/commission/index.js';
import * as credit from '../src/credit/index.js';
import * as escalation from '../src/escalation/index.js';
import * as root from '../src/index.js';
import * as instalments from '../src/instalments/index.js';
import * as money from '../src/money/index.js';
import { generateJsdocChecks, specifierOf } from './docs/generateJsdocChecks.mjs';

/**
 * Every `@example` in the JSDoc of src/ is run against src/, importing only the public
 * names of its module (else of the root), and each of its `//=> value` results must
 * hold, so the examples that the API reference (npm run docs) and editors show cannot
 * drift from the code.
 */
const repo = fileURLToPath(new URL('..', import.meta.url));
const out = new URL('./.generated/', import.meta.url);
const exports = Object.fromEntries(
  Object.entries({ huikuan: root, 'huikuan/money': money, 'huikuan/calendar': calendar, 'huikuan/instalments': instalments, 'huikuan/ageing': ageing, 'huikuan/credit': credit, 'huikuan/escalation': escalation, 'huikuan/commission': commission }).map(
    ([specifier, module]) => [specifier, Object.keys(module)],
  ),
);

const sources = readdirSync(new URL('../src', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `src/${name.replace(/\\/g, '/')}`)
  .sort();
const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const withExamples = sources.filter((file) => read(file).includes('@example'));

describe('JSDoc examples', () => {
  it('are found', () => {
    expect(withExamples.length).toBeGreaterThan(30);
  });

  it.each(withExamples)('every @example in %s holds', async (file) => {
    const generated = generateJsdocChecks(read(file), { specifier: specifierOf(file), exports });
    expect(generated.examples.length).toBeGreaterThan(0);
    for (const example of generated.examples) {
      expect(example.checks, `${file}:${example.line}: an @example with no //=> result`).toBeGreaterThan(0);
    }
    mkdirSync(out, { recursive: true });
    const module = new URL(`jsdoc.${file.replace(/^src\//, '').replace(/\.ts$/, '').replace(/\//g, '.')}.gen.ts`, out);
    writeFileSync(module, generated.module);
    let results: { ok: number; bad: number; failures: string[] };
    try {
      ({ results } = (await import(module.href)) as { results: typeof results });
    } catch (error) {
      throw new Error(`an @example of ${file} does not run (${relative(repo, fileURLToPath(module))}): ${String(error)}`, { cause: error });
    }
    const failures = results.failures.map((failure) =>
      failure.replace(/^(FAIL|MISSING.*) line (\d+)/, (_all, what: string, line: string) => `${what} ${file}:${generated.sourceLine(Number(line)) ?? `?(${line})`}`),
    );
    expect(failures).toEqual([]);
    expect(results.bad).toBe(0);
    // Every result ran: none was skipped (say, inside a catch that was never reached).
    expect(results.ok).toBe(generated.checks);
  }, 60_000);

  it('cover every public function and class', () => {
    const lacking: string[] = [];
    const texts = sources.map(read);
    for (const [name, value] of Object.entries(root)) {
      if (typeof value !== 'function') continue;
      const declaration = new RegExp(`(?:/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*)?export (?:declare )?(?:async )?(?:function|class|const) ${name}\\b`);
      const doc = texts.map((text) => declaration.exec(text)).find((m) => m !== null);
      if (!doc?.[1]?.includes('@example')) lacking.push(name);
    }
    expect(lacking).toEqual([]);
  });
});
