import type { Heed } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { useEffect, useState } from 'preact/hooks';
import type * as ChatChunk from '../chat/chat.js';

export interface ChatViewProps {
  internals: HeedInternals;
  /** Supplies the need reasons for the summary. */
  heed: Heed;
}

/**
 * Live chat. The chat itself (relay client, outbox, thread) is its own chunk, loaded when the
 * visitor opens this view.
 */
export function ChatView({ internals, heed }: ChatViewProps) {
  const { chat } = internals.config();
  const enabled = chat.provider === 'relay' && !!chat.url;
  const [chunk, setChunk] = useState<typeof ChatChunk | 'failed'>();
  useEffect(() => {
    let mounted = true;
    if (enabled)
      import('../chat/chat.js').then(
        (loaded) => mounted && setChunk(loaded),
        (error) => {
          internals.report('chunk-load', error);
          if (mounted) setChunk('failed');
        },
      );
    return () => void (mounted = false);
  }, [enabled]);
  if (!enabled) return <p class="muted">Live chat is not set up on this site.</p>;
  if (chunk === 'failed') return <p class="muted">Chat could not load. Please try again later.</p>;
  return chunk ? <chunk.ChatPanel internals={internals} heed={heed} /> : <p class="muted">Connecting to chat…</p>;
}
