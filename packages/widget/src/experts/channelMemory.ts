import type { Store, TeamChannel } from '@heed/core/internal';

/** Heed's store (IndexedDB, session or memory, as `privacy.storage` says), like the preference. */
const KEY = 'experts:channel';
const CHANNELS: readonly TeamChannel[] = ['chat', 'callback', 'email', 'booking'];

/** The channel the visitor chose last time, if it is one (a stored value is never trusted blindly). */
export async function lastChannel(store: Store): Promise<TeamChannel | undefined> {
  try {
    const value = await store.get<unknown>(KEY);
    return CHANNELS.find((channel) => channel === value);
  } catch {
    return undefined;
  }
}

export const rememberChannel = (store: Store, channel: TeamChannel): void => void store.set(KEY, channel).catch(() => {});

/** The channels with the remembered one first; the rest keep the team's order. */
export const withFirst = (channels: TeamChannel[], first: TeamChannel | undefined): TeamChannel[] =>
  first && channels.includes(first) ? [first, ...channels.filter((channel) => channel !== first)] : channels;
