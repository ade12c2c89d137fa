/**
 * Renders report/index.html in headless Chromium and saves a PNG, to check the page by
 * eye: `npx tsx examples/report/screenshot.ts [--height 2000] [--out report/report.png]`.
 * Run `npm run report` first (or let this script write the report when it is missing).
 *
 * Looks for `chromium`, `chromium-headless-shell`, `google-chrome` or
 * `chrome-headless-shell` on the PATH (or the CHROME environment variable); without
 * one it prints how to get one and exits 0, so it never fails a machine without a browser.
 * Not part of `npm test`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BROWSERS = ['chromium', 'chromium-headless-shell', 'google-chrome', 'google-chrome-stable', 'chrome-headless-shell'];

/**
 * The first browser found: CHROME if set, else the first of BROWSERS on the PATH.
 *
 * @param env - The environment to read CHROME and PATH from.
 * @returns Its path, or null.
 */
function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const explicit = env['CHROME'];
  if (explicit !== undefined && explicit !== '') return explicit;
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of BROWSERS) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const root = fileURLToPath(new URL('../..', import.meta.url));
const html = resolve(root, 'report/index.html');
const png = resolve(arg('--out') ?? resolve(root, 'report/report.png'));
const height = Number(arg('--height') ?? '2000');
if (!Number.isInteger(height) || height < 100) throw new Error(`--height must be a whole number of pixels, got ${arg('--height')}`);

const browser = findChromium();
if (browser === null) {
  console.log(`No Chromium found on the PATH (looked for ${BROWSERS.join(', ')}; or set CHROME=/path/to/chrome).`);
  console.log('Skipping the screenshot. On Debian or Ubuntu: apt-get install chromium-headless-shell');
} else {
  if (!existsSync(html)) {
    console.log('report/index.html is missing: writing it first (npm run report)');
    execFileSync(process.execPath, ['--import', 'tsx', resolve(root, 'examples/report.ts')], { cwd: root, stdio: 'inherit' });
  }
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${png}`, `--window-size=1280,${height}`, pathToFileURL(html).href];
  const result = spawnSync(browser, args, { encoding: 'utf8', timeout: 60_000 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0 || !existsSync(png)) {
    console.error(result.stderr);
    throw new Error(`${browser} exited with ${result.status ?? result.signal} and wrote no screenshot`);
  }
  console.log(`Screenshot of ${relative(root, html)} by ${browser}: ${relative(process.cwd(), png) || png} (1280 × ${height}, ${(statSync(png).size / 1024).toFixed(1)} KiB)`);
}
