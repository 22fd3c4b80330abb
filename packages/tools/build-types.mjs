// Emits .d.ts files for the npm packages (rollup builds the JavaScript).
import { execFileSync } from 'node:child_process';
for (const pkg of ['core', 'widget']) {
  execFileSync('pnpm', ['exec', 'tsc', '-p', `packages/${pkg}/tsconfig.build.json`], { stdio: 'inherit' });
}
