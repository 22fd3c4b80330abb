// Confidence intervals for the lift report (`heed lift`): Wilson's score interval for one
// proportion, and Newcombe's hybrid score interval (his method 10) for the difference of two
// independent proportions, built from the two Wilson intervals. Both stay inside [0, 1] / [-1, 1]
// and behave at 0 % and 100 %, where the textbook Wald interval collapses to a point.
//   E. B. Wilson (1927), Probable inference, the law of succession, and statistical inference.
//     J. Am. Stat. Assoc. 22:209–212.
//   R. G. Newcombe (1998), Two-sided confidence intervals for the single proportion: comparison of
//     seven methods. Statistics in Medicine 17:857–872 (method 3, the score interval).
//   R. G. Newcombe (1998), Interval estimation for the difference between independent proportions:
//     comparison of eleven methods. Statistics in Medicine 17:873–890 (method 10).

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson's score interval for `successes` out of `n`: `{ p, low, high }`. With n = 0 there is no
 * estimate: p is NaN and the interval is all of [0, 1].
 * @param {number} successes @param {number} n @param {number} [z] @returns {{ p: number, low: number, high: number }}
 */
export function wilson(successes, n, z = Z95) {
  if (!n) return { p: NaN, low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  // At 0 and n the bound is exactly 0 (or 1); the formula gives it up to rounding.
  return { p, low: successes === 0 ? 0 : (centre - spread) / scale, high: successes === n ? 1 : (centre + spread) / scale };
}

/**
 * Newcombe's hybrid score interval for p1 − p2 (method 10): `{ difference, low, high }`, where each
 * bound combines the distances from each proportion to its own Wilson bound.
 * @param {number} x1 @param {number} n1 @param {number} x2 @param {number} n2 @param {number} [z]
 * @returns {{ difference: number, low: number, high: number }}
 */
export function newcombe(x1, n1, x2, n2, z = Z95) {
  const a = wilson(x1, n1, z);
  const b = wilson(x2, n2, z);
  const difference = a.p - b.p;
  return {
    difference,
    low: difference - Math.sqrt((a.p - a.low) ** 2 + (b.high - b.p) ** 2),
    high: difference + Math.sqrt((a.high - a.p) ** 2 + (b.p - b.low) ** 2),
  };
}
