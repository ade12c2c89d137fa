import { defineConfig } from 'vitest/config';

/**
 * The test run Stryker uses for each mutant (`npm run mutation`): the unit and
 * property tests of src/, without the slow end-to-end checks (examples, docs, schema
 * files, the package layout) that exercise the same code through the public API, and
 * without the time-zone test, which changes process.env.TZ and so needs a process of
 * its own (Stryker's runners do not apply it).
 *
 * HUIKUAN_MUTATION_TESTS narrows the run to some test globs (comma-separated), for a
 * quick run on one module:
 *   HUIKUAN_MUTATION_TESTS='test/money/**' npx stryker run --mutate 'src/money/**' --incrementalFile reports/stryker-money.json
 */
const only = process.env['HUIKUAN_MUTATION_TESTS']?.split(',').map((glob) => glob.trim()).filter(Boolean);

export default defineConfig({
  test: {
    include: only !== undefined && only.length > 0 ? only : ['test/**/*.test.ts'],
    exclude: [
      'test/examples.test.ts',
      'test/docs.test.ts',
      'test/docs/**',
      'test/jsdoc.test.ts',
      'test/schemas.test.ts',
      'test/data.test.ts',
      'test/report.test.ts',
      'test/package.test.ts',
      'test/timezone.test.ts',
    ],
  },
});
