import { describe, expect, it } from "vitest";
import { DeliveryError } from "../channels/delivery-error";
import { afterFailure } from "./retry-schedule";

const NOW = new Date("2026-03-01T12:00:00Z");

describe("afterFailure", () => {
  it("doubles the wait from 30 s to an hour, in one line saying when", () => {
    expect(afterFailure(new Error("connect ECONNREFUSED\nstack"), 1, NOW)).toEqual({
      status: "failed",
      lastError: "connect ECONNREFUSED; retrying at 2026-03-01T12:00:30.000Z",
      nextAttemptAt: new Date("2026-03-01T12:00:30Z"),
    });
    expect(afterFailure(new Error("x"), 3, NOW)).toMatchObject({ nextAttemptAt: new Date("2026-03-01T12:02:00Z") });
    expect(afterFailure(new Error("x"), 7, NOW, 20)).toMatchObject({ nextAttemptAt: new Date("2026-03-01T12:32:00Z") });
    expect(afterFailure(new Error("x"), 12, NOW, 20)).toMatchObject({
      nextAttemptAt: new Date("2026-03-01T13:00:00Z"),
    });
  });

  it("waits at least as long as a rate limit asks", () => {
    const limited = new DeliveryError("Matrix rate limit (429 M_LIMIT_EXCEEDED)", { retryAfterMs: 90_000 });
    expect(afterFailure(limited, 1, NOW)).toMatchObject({ nextAttemptAt: new Date("2026-03-01T12:01:30Z") });
  });

  it("gives up after the last attempt, or at once when retrying cannot help", () => {
    expect(afterFailure(new Error("down"), 8, NOW)).toEqual({
      status: "gave_up",
      lastError: "down; gave up after 8 attempts",
    });
    expect(afterFailure(new Error("down"), 7, NOW).status).toBe("failed");
    expect(afterFailure(new DeliveryError("no such user", { permanent: true }), 1, NOW)).toEqual({
      status: "gave_up",
      lastError: "no such user; not retried",
    });
  });
});
