import { globMatch } from '../route/pageKey.js';
import { defineDetector } from './defineDetector.js';

/**
 * help-seek: a help or FAQ page (`helpSeek.patterns`) seen twice, or `distinctPages` (default 3)
 * different help pages in one session. Reloads do not count as another visit.
 */
export const helpSeek = defineDetector({
  name: 'help-seek',
  start({ config, tab, on, page, emit }) {
    const { patterns, distinctPages } = config.signals.helpSeek;
    const arrive = () => {
      const { page: key, navigation } = page();
      if (navigation === 'reload' || !patterns.some((glob) => globMatch(glob, key))) return;
      const seen = tab.get<Record<string, number>>('seen', {})!;
      const times = (seen[key] = (seen[key] || 0) + 1);
      tab.set('seen', seen);
      const distinct = Object.keys(seen).length;
      if (times === 2 || (times === 1 && distinct === distinctPages)) emit('help-seek', { page: key, visits: times, helpPages: distinct });
    };
    on('page', arrive);
    arrive();
  },
});
