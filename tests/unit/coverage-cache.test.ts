import { describe, expect, it } from "vitest";
import { VersionedCache } from "../../lib/coverage/cache.ts";

// The figures cache (lib/coverage/cache.ts): a value is served only for the data version it
// was computed at, concurrent misses compute once, failures are not kept, size is bounded.

describe("VersionedCache", () => {
  it("computes once per version and key, and again when the version changes", async () => {
    const cache = new VersionedCache<{ n: number }>(4);
    let runs = 0;
    const compute = async () => ({ n: ++runs });
    const [a, b] = await Promise.all([cache.get("v1", "k", compute), cache.get("v1", "k", compute)]);
    expect(a).toBe(b);
    expect(runs).toBe(1);
    expect(await cache.get("v2", "k", compute)).toEqual({ n: 2 });
    expect(await cache.get("v1", "other", compute)).toEqual({ n: 3 });
  });

  it("freezes what it hands out, does not keep failures, and evicts the least recently used", async () => {
    const cache = new VersionedCache<{ list: number[] }>(2);
    const value = await cache.get("v", "a", async () => ({ list: [1] }));
    expect(() => value.list.push(2)).toThrow(TypeError);
    await expect(cache.get("v", "bad", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.get("v", "bad", async () => ({ list: [] }))).toEqual({ list: [] });
    await cache.get("v", "a", async () => ({ list: [9] })); // a is now the most recent
    await cache.get("v", "c", async () => ({ list: [3] }));
    expect(cache.size).toBe(2);
    expect(await cache.get("v", "a", async () => ({ list: [9] }))).toEqual({ list: [1] });
  });
});
