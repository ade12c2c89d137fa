import { defineConfig } from 'tsup';

// One entry per public subpath; keep in step with package.json "exports".
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'money/index': 'src/money/index.ts',
    'calendar/index': 'src/calendar/index.ts',
    'instalments/index': 'src/instalments/index.ts',
    'ageing/index': 'src/ageing/index.ts',
    'credit/index': 'src/credit/index.ts',
    'escalation/index': 'src/escalation/index.ts',
    'commission/index': 'src/commission/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
});
