import type { Heed, PanelView, ProactivePreference } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ArticlesView } from './ArticlesView.js';
import { ChatView } from './ChatView.js';
import { ExpertView } from './ExpertView.js';
import { HomeView } from './HomeView.js';
import { useSay } from '../i18n/context.js';
import type { StringKey } from '../i18n/en.js';

export interface PanelProps {
  heed: Heed;
  internals: HeedInternals;
  view: PanelView;
  /** The topic of the offer the panel was opened from. */
  topic?: string;
  /** True when the visitor opened it (the tab or an offer's button): focus moves to the heading. */
  takeFocus: boolean;
  /** The page side the tab is on (tabSide.ts): the panel opens there. */
  side: 'left' | 'right';
  onNavigate(view: PanelView): void;
  onClose(): void;
}

const TITLES: Record<PanelView, StringKey> = { home: 'title', articles: 'articlesTitle', chat: 'chatTitle', expert: 'expertTitle' };

/** The panel: a non-modal dialog with a heading, a close button and the current view. */
export function Panel({ heed, internals, view, topic, takeFocus, side, onNavigate, onClose }: PanelProps) {
  const { ui } = internals.config();
  const say = useSay();
  const heading = useRef<HTMLHeadingElement>(null);
  const [proactive, setProactive] = useState<ProactivePreference>(heed.state().preferences.proactive);
  // A chat product's messenger is open: the panel steps aside until it closes.
  const [away, setAway] = useState(false);

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus, view]);

  const choose = (value: ProactivePreference) => {
    setProactive(value);
    void heed.preferences.set({ proactive: value });
  };

  return (
    <div
      // Its own class names, not the tab's (`.right`…, styles.ts): those are logical and would resolve against the panel's language.
      class={`panel at-${side}${ui.position === 'bottom' ? ' low' : ''}`}
      hidden={away}
      role="dialog"
      aria-labelledby="heed-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="head">
        <h2 id="heed-panel-title" tabIndex={-1} ref={heading}>
          {say(TITLES[view])}
        </h2>
        <button type="button" class="close" aria-label={say('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="body">
        {view === 'home' && <HomeView internals={internals} onNavigate={onNavigate} />}
        {view === 'articles' && <ArticlesView internals={internals} need={() => heed.state().need} />}
        {view === 'expert' && <ExpertView internals={internals} heed={heed} topic={topic} onNavigate={onNavigate} />}
        {view === 'chat' && <ChatView internals={internals} heed={heed} onAway={setAway} onClose={onClose} onNavigate={onNavigate} />}
        {view !== 'home' && (
          <button type="button" class="action secondary" onClick={() => onNavigate('home')}>
            {say('back')}
          </button>
        )}
        <fieldset>
          <legend>{say('prefLegend')}</legend>
          <label>
            <input type="radio" name="heed-proactive" value="on" checked={proactive === 'on'} onChange={() => choose('on')} />
            {say('prefOn')}
          </label>
          <label>
            <input
              type="radio"
              name="heed-proactive"
              value="ask-only"
              checked={proactive === 'ask-only'}
              onChange={() => choose('ask-only')}
            />
            {say('prefAsk')}
          </label>
        </fieldset>
      </div>
    </div>
  );
}
