/** The virtual module of a per-site build (build/siteBuild.mjs): the detectors the site's config leaves enabled. */
declare module 'heed:site' {
  import type { Detector } from '@heed/core';
  export const detectors: Detector[];
}
