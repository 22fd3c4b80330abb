import type { ResolvedConfig } from '../config/configTypes.js';
import { createTabState } from '../storage/tabState.js';

/** What the policy keeps about this tab, in session storage so that its reloads and next pages keep it. */
export interface ThisTab {
  /** The tab's id, for one voice across tabs: this tab's own earlier page is not another tab. */
  id: string;
  /** Proactive offers on `page` (a page key) in this tab during the session that started at `session`. */
  offersOn(page: string, session: number): number;
  /** Counts an offer on `page`. */
  count(page: string, session: number): void;
}

/**
 * Opens this tab's policy state. The page cap counts here, per page key (path, plus hash for hash
 * routers), not in the page: a reload or a new `?q=` on the same path is the same page. It is per
 * tab, as another tab is another place to be helped, and starts again with each session.
 */
export function thisTab(config: ResolvedConfig): ThisTab {
  const tab = createTabState(config.privacy.storage !== 'memory', 'policy:');
  let id = tab.get<string>('tab', '');
  if (!id) tab.set('tab', (id = Math.random().toString(36).slice(2)));
  const counts = (session: number): Record<string, number> => {
    const [start, pages] = tab.get<[number?, Record<string, number>?]>('pages', [])!;
    return start === session ? pages! : {};
  };
  return {
    id,
    offersOn: (page, session) => counts(session)[page] || 0,
    count(page, session) {
      const pages = counts(session);
      pages[page] = (pages[page] || 0) + 1;
      tab.set('pages', [session, pages]);
    },
  };
}
