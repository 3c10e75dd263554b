/**
 * A deterministic generator of numbers in [0, 1) (a linear congruential one), for the tests that
 * compare code with the pattern it replaced on random texts: a failure names a seed that
 * reproduces it.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
