import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { englishSay } from './english.js';
import type { Say } from './say.js';

/** The panel provides the visitor's locale; a view rendered alone (a unit test) speaks English. */
export const SayContext = createContext<Say | undefined>(undefined);

/** The words of the panel's locale, in any view (the expert and chat chunks share this module). */
export const useSay = (): Say => useContext(SayContext) || englishSay();
