// A small in-process cache of computed figures, keyed by a version of the data that the
// database hands out (lib/dal/coverage.ts): a new version after any committed write means
// new keys, so an entry is never served for data it was not computed from, and the cache is
// correct when cold and across app instances (each has its own; the database decides).
// Entries are promises, so concurrent requests for the same figures compute them once.
// Values are frozen: callers share them and must not change them.

function deepFreeze<T>(value: T, depth = 3): T {
  if (depth < 0 || value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  for (const field of Object.values(value)) deepFreeze(field, depth - 1);
  return Object.freeze(value);
}

export class VersionedCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly maxEntries: number) {}

  /** The value for `key` at data version `version`, computed by `compute` on a miss. */
  get(version: string, key: string, compute: () => Promise<V>): Promise<V> {
    const slot = `${version}\u0000${key}`;
    const cached = this.entries.get(slot);
    if (cached) {
      // Least recently used goes first: re-inserting moves this entry to the end.
      this.entries.delete(slot);
      this.entries.set(slot, cached);
      return cached;
    }
    const computed = compute().then((value) => deepFreeze(value));
    this.entries.set(slot, computed);
    // A failure is not cached: the next request tries again.
    computed.catch(() => {
      if (this.entries.get(slot) === computed) this.entries.delete(slot);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return computed;
  }

  get size(): number {
    return this.entries.size;
  }
}
