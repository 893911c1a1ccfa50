/**
 * Hostile values for the fuzz tests, from a seeded generator so a failure can be replayed (the seed
 * is printed). fast-check is not a dependency of the tests package, so this small generator stands in.
 */
export const HOSTILE_STRINGS = [
  "'; DROP TABLE app_user; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  '\u202Egnp.exe',
  'a\u0000b',
  '😀'.repeat(2_560), // 10 kB of emoji
  'x'.repeat(100_000),
  '',
  '   ',
  '../../etc/passwd',
  '%00%27',
  '\uD800',
  'null',
  '__proto__',
];

export const HOSTILE_NUMBERS = [0, -1, 2_147_483_647, -2_147_483_648, 1e9, 1.5, Number.MAX_SAFE_INTEGER, 1e308];

/** Values of the wrong type, sent through variables: the server must refuse them as input. */
export const WRONG_TYPES: unknown[] = [{ nested: { object: true } }, [1, 2, 3], true, 'not a number', null, 12.75];

/** mulberry32: a tiny seeded PRNG. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

/** A random string: a hostile one, or random code points (including controls and astral characters). */
export function hostileString(random: () => number): string {
  if (random() < 0.7) return pick(random, HOSTILE_STRINGS);
  const length = Math.floor(random() * 300);
  return Array.from({ length }, () => String.fromCodePoint(Math.floor(random() * 0x1_0000) || 1)).join('');
}
