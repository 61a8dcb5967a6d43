/**
 * A small, fast, seedable pseudo-random generator (mulberry32, public domain)
 * for everything that must be random-looking yet repeatable: generated demo
 * pictures, bulk articles and benchmark corpora. Never for secrets.
 */
export type SeededRandom = () => number;

export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
