import type { Heed, PanelView } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { useEffect, useState } from 'preact/hooks';
import type * as ExpertsChunk from '../experts/ExpertTeams.js';
import { useSay } from '../i18n/context.js';

export interface ExpertViewProps {
  internals: HeedInternals;
  heed: Heed;
  /** The topic of the offer the panel was opened from, if any; else the page rule's. */
  topic?: string;
  onNavigate(view: PanelView): void;
}

/**
 * Talk to an expert. The teams, their hours and the request forms are their own chunk, loaded when
 * the visitor opens this view, so the panel stays small.
 */
export function ExpertView(props: ExpertViewProps) {
  const say = useSay();
  const [chunk, setChunk] = useState<typeof ExpertsChunk | 'failed'>();
  useEffect(() => {
    let mounted = true;
    import('../experts/ExpertTeams.js').then(
      (loaded) => mounted && setChunk(loaded),
      (error) => {
        props.internals.report('chunk-load', error);
        if (mounted) setChunk('failed');
      },
    );
    return () => void (mounted = false);
  }, []);
  if (chunk === 'failed') return <p class="muted">{say('expertsFailed')}</p>;
  return chunk ? <chunk.ExpertTeams {...props} /> : <p class="muted">{say('expertsLoading')}</p>;
}
