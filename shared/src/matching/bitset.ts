/** A growable set of small whole numbers, 32 to a word, for fast AND and OR over many volunteers. */
export class Bitset {
  words: Int32Array;

  constructor(bits = 0) {
    this.words = new Int32Array(Math.max(1, Math.ceil(bits / 32)));
  }

  set(i: number, on: boolean): void {
    this.ensure(i + 1);
    if (on) this.words[i >> 5]! |= 1 << (i & 31);
    else this.words[i >> 5]! &= ~(1 << (i & 31));
  }

  has(i: number): boolean {
    return (this.words[i >> 5]! & (1 << (i & 31))) !== 0;
  }

  ensure(bits: number): void {
    const needed = Math.ceil(bits / 32);
    if (needed <= this.words.length) return;
    const words = new Int32Array(Math.max(needed, this.words.length * 2));
    words.set(this.words);
    this.words = words;
  }
}

/** Word-wise operations on scratch arrays of `length` words, so a search allocates nothing. */
export const words = {
  fill(target: Int32Array, length: number, value: number): void {
    target.fill(value, 0, length);
  },
  copy(target: Int32Array, source: Bitset, length: number): void {
    for (let w = 0; w < length; w++) target[w] = source.words[w] ?? 0;
  },
  and(target: Int32Array, source: Bitset, length: number): void {
    for (let w = 0; w < length; w++) target[w]! &= source.words[w] ?? 0;
  },
  or(target: Int32Array, source: Bitset, length: number): void {
    for (let w = 0; w < length; w++) target[w]! |= source.words[w] ?? 0;
  },
  andWords(target: Int32Array, source: Int32Array, length: number): void {
    for (let w = 0; w < length; w++) target[w]! &= source[w]!;
  },
  orWords(target: Int32Array, source: Int32Array, length: number): void {
    for (let w = 0; w < length; w++) target[w]! |= source[w]!;
  },
  /** Calls visit(i) for every set bit below `bits`, in order. */
  each(source: Int32Array, bits: number, visit: (i: number) => void): void {
    const length = Math.ceil(bits / 32);
    for (let w = 0; w < length; w++) {
      for (let b = source[w]! >>> 0; b; b &= b - 1) {
        const i = w * 32 + (31 - Math.clz32(b & -b));
        if (i < bits) visit(i);
      }
    }
  },
};
