import { describe, expect, it } from "vitest";
import { digestKey, digestSlotOf, nextDigestSlot } from "./digest-slot";

describe("digest slots", () => {
  it("is the first chosen hour strictly after now, in UTC, and round-trips through its key", () => {
    expect(nextDigestSlot(new Date("2026-12-31T23:10:00Z"), 0).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(nextDigestSlot(new Date("2026-03-01T06:00:00Z"), 7).toISOString()).toBe("2026-03-01T07:00:00.000Z");
    expect(nextDigestSlot(new Date("2026-03-01T07:00:00Z"), 7).toISOString()).toBe("2026-03-02T07:00:00.000Z");
    const slot = nextDigestSlot(new Date("2026-03-01T06:00:00Z"), 23);
    expect(digestKey(slot)).toBe("digest:2026-03-01T23");
    expect(digestSlotOf(digestKey(slot))).toEqual(slot);
    expect(digestSlotOf("event:12")).toBeNull();
  });
});
