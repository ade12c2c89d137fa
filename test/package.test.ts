import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tsupConfig from '../tsup.config.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  sideEffects: boolean;
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const modules = readdirSync(new URL('../src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'core')
  .map((entry) => entry.name)
  .sort();

describe('package.json', () => {
  it('publishes every module as a subpath, built by tsup, typed for node10 resolution too', () => {
    const entry = (tsupConfig as { entry: Record<string, string> }).entry;
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './package.json', ...modules.map((m) => `./${m}`)].sort());
    for (const m of modules) {
      expect(entry[`${m}/index`]).toBe(`src/${m}/index.ts`);
      expect(pkg.typesVersions['*']?.[m]).toEqual([`./dist/${m}/index.d.cts`]);
      expect(pkg.exports[`./${m}`]).toEqual({
        import: { types: `./dist/${m}/index.d.ts`, default: `./dist/${m}/index.js` },
        require: { types: `./dist/${m}/index.d.cts`, default: `./dist/${m}/index.cjs` },
      });
    }
  });

  it('has no side effects and only date-fns as a runtime dependency', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.dependencies)).toEqual(['date-fns']);
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['decimal.js', 'zod']);
  });

  it('re-exports every module from the root', () => {
    const root = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
    for (const m of modules) expect(root).toContain(`export * from './${m}/index.js';`);
  });
});
