import { describe, expect, it } from "vitest";
import {
  chargeFailure,
  delayAfterFailures,
  isLapsed,
  remainingBlockMs,
  THROTTLE,
  type ThrottleState,
} from "../../lib/auth/throttle.ts";

const t0 = new Date("2026-11-24T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("delayAfterFailures", () => {
  it("is free for four failures, then doubles from 1 s", () => {
    expect([1, 2, 3, 4].map((n) => delayAfterFailures(n, "ip"))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => delayAfterFailures(n, "ip"))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it("caps IPs at 15 minutes and accounts and devices lower, at 5 minutes", () => {
    expect(delayAfterFailures(14, "ip")).toBe(512_000);
    expect(delayAfterFailures(15, "ip")).toBe(15 * 60_000);
    expect(delayAfterFailures(1000, "ip")).toBe(15 * 60_000);
    expect(delayAfterFailures(13, "account")).toBe(256_000);
    expect(delayAfterFailures(14, "account")).toBe(5 * 60_000);
    expect(delayAfterFailures(1000, "device")).toBe(5 * 60_000);
    expect(THROTTLE.maxDelayMs.account).toBeLessThan(THROTTLE.maxDelayMs.ip);
  });
});

describe("chargeFailure", () => {
  it("blocks after the 5th failure in a row and grows the block", () => {
    let state: ThrottleState | null = null;
    for (let i = 1; i <= 4; i++) {
      state = chargeFailure(state, "account", at(i * 1000));
      expect(state.blockedUntil).toBeNull();
      expect(state.failures).toBe(i);
    }
    state = chargeFailure(state, "account", at(5000));
    expect(state.failures).toBe(5);
    expect(state.blockedUntil).toEqual(at(6000));
    expect(remainingBlockMs(state, at(5500))).toBe(500);
    expect(remainingBlockMs(state, at(6000))).toBe(0);
    state = chargeFailure(state, "account", at(6000));
    expect(state.blockedUntil).toEqual(at(8000));
    expect(state.windowStart).toEqual(at(1000));
  });

  it("starts over after 15 quiet minutes, counted from the end of a block", () => {
    const blocked: ThrottleState = { failures: 15, windowStart: t0, blockedUntil: at(15 * 60_000), updatedAt: t0 };
    // 15 minutes after the last failure, but the block only just ended: still counting.
    expect(isLapsed(blocked, at(15 * 60_000 + 1))).toBe(false);
    expect(chargeFailure(blocked, "ip", at(15 * 60_000 + 1)).failures).toBe(16);
    // 15 minutes after the block ended: a fresh count.
    expect(isLapsed(blocked, at(30 * 60_000 + 1))).toBe(true);
    expect(remainingBlockMs(blocked, at(30 * 60_000 + 1))).toBe(0);
    const fresh = chargeFailure(blocked, "ip", at(30 * 60_000 + 1));
    expect(fresh).toMatchObject({ failures: 1, blockedUntil: null, windowStart: at(30 * 60_000 + 1) });
  });

  it("keeps a key blocked at the cap as long as an attacker keeps trying", () => {
    let state: ThrottleState | null = null;
    let now = 0;
    for (let i = 0; i < 40; i++) {
      state = chargeFailure(state, "ip", at(now));
      now += remainingBlockMs(state, at(now)); // the attacker waits exactly as long as needed
    }
    expect(state?.failures).toBe(40);
    expect(delayAfterFailures(state?.failures ?? 0, "ip")).toBe(15 * 60_000);
  });
});
