import { backNav } from './backNav.js';
import { deadClick } from './deadClick.js';
import type { Detector } from './defineDetector.js';
import { dwell } from './dwell.js';
import { errorClick } from './errorClick.js';
import { formError } from './formError.js';
import { helpSeek } from './helpSeek.js';
import { pogoStick } from './pogoStick.js';
import { rageClick } from './rageClick.js';
import { searchFailure } from './searchFailure.js';
import { searchRefine } from './searchRefine.js';

/** Every built-in detector (README, "Signals and the need model"). `custom:<name>` signals come from `heed.signal()`. */
export const builtInDetectors: Detector[] = [dwell, searchFailure, searchRefine, backNav, pogoStick, rageClick, deadClick, errorClick, formError, helpSeek];
