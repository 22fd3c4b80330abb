/** The visitor's group in a lift experiment (SPEC §5.9): `holdout` gets no proactive offer. */
export type Group = 'heed' | 'holdout';

/** Where the device keeps its draw: localStorage, no cookie (README, "Measuring lift"). */
export const DRAW_KEY = 'heed-draw';

/**
 * The group of a device whose stored id is `id`, for a holdout share `fraction` (0 to 1). The id is
 * itself a uniform random draw in [0, 1) (`String(Math.random())`), so it needs no hashing: the
 * same id always gives the same group, a share `fraction` of ids falls below `fraction`, and raising
 * the share later keeps every earlier holdout device in the holdout. An id that is not a number
 * (another script wrote the key) gives `heed`. The debug overlay forces a group by writing `-1`
 * (holdout at any share) or `1` (heed at any share).
 */
export const groupOf = (id: unknown, fraction: number): Group => ((id as unknown as number) < fraction ? 'holdout' : 'heed');
