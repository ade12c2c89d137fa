/**
 * Bundle size per public subpath: each subpath's ESM entry (from src/, as tsup builds
 * it) bundled and minified by esbuild, with the peer dependencies decimal.js and zod
 * left out (the user has them already) and date-fns bundled; printed as JSON with the
 * minified and gzipped bytes. Also what a bundler keeps when a user imports one
 * function (huikuan is `"sideEffects": false`, so the rest is shaken out).
 *
 *   npm run -s size
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXTERNAL = ['decimal.js', 'zod'];

/** Single functions a user might import alone, by subpath. */
const SINGLE_FUNCTIONS: readonly (readonly [subpath: string, name: string])[] = [
  ['money', 'roundMoney'],
  ['money', 'allocate'],
  ['calendar', 'addBusinessDays'],
  ['credit', 'scoreCredit'],
  ['instalments', 'scheduleInstalments'],
  ['instalments', 'applyReceipts'],
  ['ageing', 'ageReceivables'],
  ['ageing', 'mergeAgeingReports'],
  ['escalation', 'escalationStatus'],
  ['commission', 'calculateCommission'],
];

interface Size {
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Of the minified bytes, those from date-fns. */
  readonly dateFnsBytes: number;
}

/** Bundles `contents` (an ES module resolved from the repository root) and measures it. */
async function measure(contents: string): Promise<Size> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'node20',
    external: EXTERNAL,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  let dateFnsBytes = 0;
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) if (path.includes('node_modules/date-fns/')) dateFnsBytes += input.bytesInOutput;
  }
  return { minifiedBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength, dateFnsBytes };
}

/** The source entry of a package.json export: `.` is src/index.ts, `./x` is src/x/index.ts. */
function entryOf(subpath: string): string {
  return subpath === '.' ? './src/index.ts' : `./src/${subpath.slice(2)}/index.ts`;
}

async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${ROOT}`), 'utf8')) as { name: string; exports: Record<string, unknown> };
  const subpaths: Record<string, Size & { readonly entry: string }> = {};
  for (const subpath of Object.keys(pkg.exports)) {
    if (subpath.endsWith('.json')) continue;
    const entry = entryOf(subpath);
    const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    subpaths[name] = { entry, ...(await measure(`export * from ${JSON.stringify(entry)};`)) };
  }
  const singleFunctions: Record<string, Size> = {};
  for (const [subpath, fn] of SINGLE_FUNCTIONS) {
    singleFunctions[`import { ${fn} } from '${pkg.name}/${subpath}'`] = await measure(`export { ${fn} } from ${JSON.stringify(entryOf(`./${subpath}`))};`);
  }
  const report = {
    note: 'esbuild bundle of each subpath\'s ESM entry, minified (target node20); gzip level 9',
    esbuild: (await import('esbuild')).version,
    external: EXTERNAL,
    bundled: ['date-fns'],
    subpaths,
    singleFunctions,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

await main();
