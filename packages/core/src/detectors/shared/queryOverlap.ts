/** Lower-case word tokens of a query. */
export const tokenize = (query: string): string[] => query.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return false;
    previous = row;
  }
  return previous[b.length] <= max;
}

/**
 * True when `next` refines `previous` (README, "Signals and the need model"): at least half of the shorter query's tokens
 * match a token of the other, where tokens match within edit distance 1 (≤ 4 letters) or 2.
 */
export function overlaps(previous: string, next: string): boolean {
  const [short, long] = [tokenize(previous), tokenize(next)].sort((x, y) => x.length - y.length);
  const shared = short.filter((token) => long.some((other) => withinEdits(token, other, Math.min(token.length, other.length) <= 4 ? 1 : 2)));
  return short.length > 0 && shared.length * 2 >= short.length;
}
