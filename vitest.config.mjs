import { defineConfig } from 'vitest/config';

// Workspace packages resolve through node_modules like anywhere else; the "heed-source" export
// condition (see tsconfig.base.json) makes them resolve to their TypeScript sources, so unit tests
// need no build. Vitest's node environment resolves as the server does, hence both settings.
const conditions = ['heed-source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    environment: 'node',
  },
});
