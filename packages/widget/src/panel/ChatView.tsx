import type { Heed, PanelView } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useSay } from '../i18n/context.js';

export interface ChatViewProps {
  internals: HeedInternals;
  /** Supplies the need reasons for the summary. */
  heed: Heed;
  /** For a chat product: its messenger is shown, or gone again (see ProductChatView). */
  onAway(away: boolean): void;
  onClose(): void;
  onNavigate(view: PanelView): void;
}

/**
 * Live chat: Heed's own over the relay, or the site's chat product (`chat.provider` names it).
 * Either is its own chunk, loaded when the visitor opens this view: the relay chat (client,
 * outbox, thread) or the hand-off to the product (ProductChatView).
 */
export function ChatView(props: ChatViewProps) {
  const { internals } = props;
  const { chat } = internals.config();
  const say = useSay();
  const product = chat.provider !== 'relay' && chat.provider !== 'none';
  const enabled = product || (chat.provider === 'relay' && !!chat.url);
  const [chunk, setChunk] = useState<{ View: ComponentType<ChatViewProps> } | 'failed'>();
  useEffect(() => {
    let mounted = true;
    if (enabled)
      (product ? import('./ProductChatView.js').then((m) => ({ View: m.ProductChatView })) : import('../chat/chat.js').then((m) => ({ View: m.ChatPanel }))).then(
        (loaded) => mounted && setChunk(loaded),
        (error) => {
          internals.report('chunk-load', error);
          if (mounted) setChunk('failed');
        },
      );
    return () => void (mounted = false);
  }, [enabled]);
  if (!enabled) return <p class="muted">{say('chatOff')}</p>;
  if (chunk === 'failed') return <p class="muted">{say('chatFailed')}</p>;
  return chunk ? <chunk.View {...props} /> : <p class="muted">{say('chatConnecting')}</p>;
}
