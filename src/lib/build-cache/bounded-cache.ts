/**
 * A cache of strings that keeps the most recently used entries up to a total length, forgetting
 * the least recently used first. For build-time memoization whose entries are mostly distinct on
 * a large contract: an unbounded map would hold every page's output until the build ends.
 */
export class BoundedCache {
  readonly #entries = new Map<string, string>();
  readonly #limit: number;
  #length = 0;

  /** A cache that keeps at most `limit` characters of keys and values together. */
  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The value kept under `key` (now the most recently used), or undefined. */
  get(key: string): string | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  /** Keeps `value` under `key`, forgetting the least recently used entries beyond the limit. */
  set(key: string, value: string): void {
    this.delete(key);
    const length = key.length + value.length;
    if (length > this.#limit) return;
    this.#entries.set(key, value);
    this.#length += length;
    for (const [oldest, kept] of this.#entries) {
      if (this.#length <= this.#limit) break;
      this.#entries.delete(oldest);
      this.#length -= oldest.length + kept.length;
    }
  }

  /** Forgets `key`. */
  delete(key: string): void {
    const value = this.#entries.get(key);
    if (value === undefined) return;
    this.#entries.delete(key);
    this.#length -= key.length + value.length;
  }

  /** Total characters of the kept keys and values. */
  get length(): number {
    return this.#length;
  }
}
