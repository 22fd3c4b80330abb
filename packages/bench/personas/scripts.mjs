// The scripted visitors. Each `act(v)` drives a Visitor (./visitor.mjs) on the demo shop with the
// fake clock; those who need help mark their onset with `v.onset()`: the moment a person watching
// over their shoulder would say "they are stuck" — as a rule, when the trouble happens a second
// time (second failed search, a burst of clicks after a first click did nothing, second rejection
// of the same field, second quick return, third Back in a loop), or, for a stall, when it has lasted as long as the site owner said means trouble.
// Everyone first spends some time on the site, as real visitors do.
//
// The personas, in the order the benchmark reports them: first those who do not need help
// (./needNoHelp.mjs), then those who do (./needHelp.mjs); shared steps are in ./steps.mjs.
import { NEED_HELP } from './needHelp.mjs';
import { NEED_NO_HELP } from './needNoHelp.mjs';

export const PERSONAS = [...NEED_NO_HELP, ...NEED_HELP];
