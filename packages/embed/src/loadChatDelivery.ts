import type * as DeliveryModule from '../../widget/src/chat/deliverPending.js';
import { importChunk } from './chunkUrl.js';

/** Script-tag build: delivering a pending chat message loads this chunk alone (see rollup.config.mjs). */
export const loadChatDelivery = () => importChunk<typeof DeliveryModule>('deliver');
