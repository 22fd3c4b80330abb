// Types of fresh-app.mjs, for the e2e spec that uses it.
export interface Bundle {
  outDir: string;
  warnings: string[];
}
export function packPackages(dest: string): Promise<string[]>;
export function createFreshApp(dir: string, packages: string[]): Promise<void>;
export function bundleWithEsbuild(dir: string): Promise<Bundle>;
export function bundleWithVite(dir: string): Promise<Bundle>;
export function readmeNpmSnippet(readme?: string): string;
