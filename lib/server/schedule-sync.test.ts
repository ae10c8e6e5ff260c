import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { SyncSummary } from "@/lib/github/sync/run-sync";

const syncFromEnv = vi.fn<() => Promise<SyncSummary>>();
vi.mock("@/lib/github/sync/sync-from-env", () => ({ syncFromEnv, NO_TOKEN_WARNING: "no token" }));
vi.mock("@/lib/env", () => ({ env: () => ({ GITHUB_TOKEN: "t" }) }));
const { scheduleSync } = await import("./schedule-sync");

const prisma = {} as PrismaClient;
const summary: SyncSummary = {
  outcome: "succeeded",
  error: null,
  added: 0,
  changed: 0,
  labelEvents: 0,
  fcpRecords: 0,
  team: "unchanged",
  requests: 5,
  notModified: 5,
  rateLimitRemaining: 4999,
  rateLimitResetAt: null,
};

describe("scheduleSync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    syncFromEnv.mockReset();
    vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterEach(() => vi.useRealTimers());

  it("syncs shortly after start, then every interval", async () => {
    syncFromEnv.mockResolvedValue(summary);
    const stop = scheduleSync(prisma, 10);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(syncFromEnv).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(syncFromEnv).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(syncFromEnv).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(syncFromEnv).toHaveBeenCalledTimes(2);
  });

  it("never starts a sync while the previous one still runs", async () => {
    let finish: (value: SyncSummary) => void = () => {};
    syncFromEnv.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const stop = scheduleSync(prisma, 1);
    await vi.advanceTimersByTimeAsync(10_000 + 5 * 60_000);
    expect(syncFromEnv).toHaveBeenCalledTimes(1);
    finish(summary);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(syncFromEnv).toHaveBeenCalledTimes(2);
    stop();
  });

  it("keeps going after a sync throws", async () => {
    syncFromEnv.mockRejectedValueOnce(new Error("database is down")).mockResolvedValue(summary);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const stop = scheduleSync(prisma, 1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(errors).toHaveBeenCalledWith("Scheduled sync failed: database is down");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(syncFromEnv).toHaveBeenCalledTimes(2);
    stop();
  });

  it("is off at 0 minutes", async () => {
    scheduleSync(prisma, 0);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(syncFromEnv).not.toHaveBeenCalled();
  });
});
