import { en } from './en.js';
import { makeSay, type Say } from './say.js';

let english: Say | undefined;
/** Heed's words in English: what a view rendered outside the panel (a unit test) says. */
export const englishSay = (): Say => (english ||= makeSay(en, 'en', 'en'));
