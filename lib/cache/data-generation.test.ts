import { describe, expect, it } from "vitest";
import { afterCommit, dataGeneration, markDataChanged } from "./data-generation";

describe("data generation", () => {
  it("moves on every change and is shared through globalThis", async () => {
    const before = dataGeneration();
    markDataChanged();
    markDataChanged();
    expect(dataGeneration()).toBe(before + 2);
    // A second copy of the module (as Next's bundle has) sees the same counter.
    const copy = await import("./data-generation?copy" as string);
    expect((copy as { dataGeneration: () => number }).dataGeneration()).toBe(before + 2);
  });

  it("marks a change after a write commits, and none after one that fails", async () => {
    const before = dataGeneration();
    expect(await afterCommit(async () => "stored")).toBe("stored");
    expect(dataGeneration()).toBe(before + 1);
    await expect(afterCommit(() => Promise.reject(new Error("rolled back")))).rejects.toThrow("rolled back");
    expect(dataGeneration()).toBe(before + 1);
  });
});
