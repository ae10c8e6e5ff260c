import { describe, expect, it } from "vitest";
import { advanceCursor, type CursorState } from "./advance-cursor";

const T0 = new Date("2026-03-01T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const ids = (...n: number[]) => n.map(BigInt);
const start: CursorState = { eventId: 10n, gapSince: null, gapHorizon: null };

describe("advanceCursor", () => {
  it("moves over ids without holes", () => {
    expect(advanceCursor(start, ids(11, 12, 13), T0)).toEqual({ eventId: 13n, gapSince: null, gapHorizon: null });
    expect(advanceCursor(start, [], T0)).toEqual(start);
  });

  it("stops before a hole that may be an uncommitted transaction, and remembers when it saw it", () => {
    const held = advanceCursor(start, ids(11, 13, 14), T0);
    expect(held).toEqual({ eventId: 11n, gapSince: T0, gapHorizon: 14n });
    // The hole fills (the transaction committed): the cursor moves on.
    expect(advanceCursor(held, ids(12, 13, 14, 15), at(5))).toEqual({ eventId: 15n, gapSince: null, gapHorizon: null });
  });

  it("takes a hole still open after the grace as rolled back, up to what was read when it was seen", () => {
    const held = advanceCursor(start, ids(12, 13), T0);
    expect(held).toEqual({ eventId: 10n, gapSince: T0, gapHorizon: 13n });
    // Still inside the grace: the first-seen time is kept, not renewed.
    expect(advanceCursor(held, ids(12, 13, 14), at(59))).toEqual(held);
    // After it: past the horizon, then on over 14; a new hole after 14 starts a new wait.
    expect(advanceCursor(held, ids(12, 13, 14, 16), at(60))).toEqual({
      eventId: 14n,
      gapSince: at(60),
      gapHorizon: 16n,
    });
    expect(advanceCursor(held, ids(12, 13, 14), at(60))).toEqual({ eventId: 14n, gapSince: null, gapHorizon: null });
  });
});
