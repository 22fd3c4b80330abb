import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@heed\/core$/, replacement: here('packages/core/src/index.ts') },
      { find: /^@heed\/core\/internal$/, replacement: here('packages/core/src/internal.ts') },
      { find: /^@heed\/widget$/, replacement: here('packages/widget/src/index.ts') },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    environment: 'node',
  },
});
