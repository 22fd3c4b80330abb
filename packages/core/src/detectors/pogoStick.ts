import { globMatch } from '../route/pageKey.js';
import { defineDetector } from './defineDetector.js';

/**
 * pogo-stick: from a list or search results, open an item and come back within `returnSeconds`,
 * `count` times (default twice) within `windowSeconds` (default 5 minutes). Lists are results
 * pages (the search parameter in the URL) and pages matching `pogoStick.listPages`. The signal
 * stands for all those returns.
 */
export const pogoStick = defineDetector({
  name: 'pogo-stick',
  start({ config, tab, on, page, emit }) {
    const { returnSeconds, count, windowSeconds, listPages } = config.signals.pogoStick;
    const arrive = () => {
      const { url, page: key, at, navigation } = page();
      const left = tab.get<{ list: string; item?: string; at: number }>('trip');
      if (new URL(url).searchParams.has(config.signals.search.param) || listPages.some((glob) => globMatch(glob, key))) {
        // Back on the list the item was opened from, soon enough: a quick return.
        if (left?.item && left.list === url && at - left.at < returnSeconds * 1000) {
          const returns = [...tab.get<number[]>('returns', [])!, at].filter((t) => at - t < windowSeconds * 1000);
          tab.set('returns', returns.length >= count ? [] : returns);
          if (returns.length >= count) emit('pogo-stick', { list: key, returns: returns.length, item: left.item }, { evidence: returns.length });
        }
        tab.set('trip', { list: url, at });
      } else if (left && !left.item && navigation !== 'traverse') {
        // Opened from the list: an SPA route, or a new page load in a multi-page site (no `from` there).
        tab.set('trip', { ...left, item: key, at });
      } else tab.set('trip', null);
    };
    on('page', arrive);
    arrive();
  },
});
