import { describe, expect, it, vi } from "vitest";
import { markDataChanged } from "./data-generation";
import { memoPerGeneration } from "./memo-per-generation";

describe("memoPerGeneration", () => {
  it("computes once per owner until the data changes", () => {
    const compute = vi.fn((owner: { id: number }) => owner.id * 10);
    const memo = memoPerGeneration("test-once", compute);
    const a = { id: 1 };
    const b = { id: 2 };
    expect([memo(a), memo(a), memo(b), memo(b)]).toEqual([10, 10, 20, 20]);
    expect(compute).toHaveBeenCalledTimes(2);

    markDataChanged();
    expect(memo(a)).toBe(10);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it("computes again once the memo is older than its age limit, for other processes' writes", () => {
    let clock = 0;
    const compute = vi.fn(() => clock);
    const memo = memoPerGeneration("test-age", compute, { maxAgeMs: 1_000, now: () => clock });
    const owner = {};
    expect(memo(owner)).toBe(0);
    clock = 999;
    expect(memo(owner)).toBe(0);
    clock = 1_000;
    expect(memo(owner)).toBe(1_000);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("shares the memo between copies of the module, as Next's bundle and the script are", async () => {
    const compute = vi.fn(() => ({}));
    const owner = {};
    const first = memoPerGeneration("test-shared", compute)(owner);
    const copy = (await import("./memo-per-generation?copy" as string)) as {
      memoPerGeneration: typeof memoPerGeneration;
    };
    expect(copy.memoPerGeneration("test-shared", compute)(owner)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("forgets a failed computation so the next call retries", async () => {
    let calls = 0;
    const memo = memoPerGeneration("test-retry", async () => {
      calls += 1;
      if (calls === 1) throw new Error("database unreachable");
      return "loaded";
    });
    const owner = {};
    await expect(memo(owner)).rejects.toThrow("database unreachable");
    await expect(memo(owner)).resolves.toBe("loaded");
    await expect(memo(owner)).resolves.toBe("loaded");
    expect(calls).toBe(2);
  });
});
