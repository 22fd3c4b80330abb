import type { ConfigProblem } from './validate.js';

export type Report = (code: string, message: string, path?: string) => void;

/** How a config problem reaches the site owner, at load and from a lazy chunk alike: one console warning and one `config-invalid` error. */
export const reportProblem =
  (report: Report) =>
  ({ path, message }: ConfigProblem): void => {
    console.warn(`Heed: config ${path} ${message}`);
    report('config-invalid', `config ${path} ${message}`, path);
  };
