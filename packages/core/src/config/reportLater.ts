import type { Report } from '../safely.js';
import { loadExplain } from './loadExplain.js';
import type { RawProblem } from './validate.js';

/**
 * Reports heed.js's config problems, worded by a chunk of their own fetched only when there are
 * some: the wording is 0.2 KB that a page whose config is valid never needs (issue #18). A per-site
 * build (siteBuild.mjs) replaces this module with nothing: `heed build` refuses a config with a problem.
 */
export const reportLater = (problems: RawProblem[], report: Report, max: number): Promise<void> | undefined =>
  problems[0] ? loadExplain().then(({ reportAll }) => reportAll(problems, report, max), (error) => report('chunk-load', error)) : undefined;
