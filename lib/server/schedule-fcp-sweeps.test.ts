import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";

const startReadyFcps = vi.fn<(prisma: PrismaClient, now: Date) => Promise<number[]>>();
const completeDueFcps = vi.fn<(prisma: PrismaClient, now: Date) => Promise<number[]>>();
vi.mock("@/lib/fcp/operations/start-ready-fcps", () => ({ startReadyFcps }));
vi.mock("@/lib/fcp/operations/complete-due-fcps", () => ({ completeDueFcps }));
const { scheduleFcpSweeps } = await import("./schedule-fcp-sweeps");

const prisma = {} as PrismaClient;

describe("scheduleFcpSweeps", () => {
  let calls: string[];
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-07-01T00:00:00Z") });
    calls = [];
    startReadyFcps.mockReset().mockImplementation(async (_p, now) => (calls.push(`start ${now.toISOString()}`), []));
    completeDueFcps
      .mockReset()
      .mockImplementation(async (_p, now) => (calls.push(`complete ${now.toISOString()}`), []));
    vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterEach(() => vi.useRealTimers());

  it("sweeps at once on start-up (starting before completing, at the current time), then every interval", async () => {
    const stop = scheduleFcpSweeps(prisma, 60);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(["start 2026-07-01T00:00:00.000Z", "complete 2026-07-01T00:00:00.000Z"]);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.slice(2)).toEqual(["start 2026-07-01T00:01:00.000Z", "complete 2026-07-01T00:01:00.000Z"]);
    stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toHaveLength(4);
  });

  it("says what a sweep changed, and nothing when it changed nothing", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    completeDueFcps.mockResolvedValueOnce([7, 9]);
    const stop = scheduleFcpSweeps(prisma, 1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log.mock.calls).toEqual([["FCP sweep: started rounds [], finished rounds [7, 9]"]]);
    stop();
  });

  it("never starts a sweep while the previous one still runs", async () => {
    let finish: (ids: number[]) => void = () => {};
    completeDueFcps.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const stop = scheduleFcpSweeps(prisma, 1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(startReadyFcps).toHaveBeenCalledTimes(1);
    finish([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(startReadyFcps).toHaveBeenCalledTimes(2);
    stop();
  });

  it("logs a failure on one line and tries again at the next tick", async () => {
    startReadyFcps.mockRejectedValueOnce(new Error("Can't reach database server\n  at some/stack.ts:1"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const stop = scheduleFcpSweeps(prisma, 30);
    await vi.advanceTimersByTimeAsync(0);
    expect(errors.mock.calls).toEqual([["FCP sweep failed (retrying in 30 s): Can't reach database server"]]);
    expect(completeDueFcps).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(startReadyFcps).toHaveBeenCalledTimes(2);
    expect(completeDueFcps).toHaveBeenCalledTimes(1);
    stop();
  });

  it("is off at 0 seconds", async () => {
    scheduleFcpSweeps(prisma, 0);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(startReadyFcps).not.toHaveBeenCalled();
    expect(completeDueFcps).not.toHaveBeenCalled();
  });
});
