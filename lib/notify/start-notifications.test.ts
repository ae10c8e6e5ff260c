import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { NotifyOptions, NotifyPassResult } from "./run-notify-pass";

const runNotifyPass = vi.fn<(options: NotifyOptions) => Promise<NotifyPassResult>>();
const settings = { NOTIFY_INTERVAL_SECONDS: 30 };
vi.mock("./run-notify-pass", () => ({ runNotifyPass }));
vi.mock("@/lib/env", () => ({ env: () => settings }));
const { startNotifications } = await import("./start-notifications");

const options = {} as NotifyOptions;
const prisma = {} as PrismaClient;
const idle: NotifyPassResult = { created: 0, sent: 0, failed: 0, skipped: 0 };

describe("startNotifications", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    runNotifyPass.mockReset();
    settings.NOTIFY_INTERVAL_SECONDS = 30;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs a pass at once and then every interval, never two at a time", async () => {
    let finish!: () => void;
    runNotifyPass.mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve(idle))));
    runNotifyPass.mockResolvedValue(idle);
    const stop = startNotifications(prisma, options);
    await vi.advanceTimersByTimeAsync(0);
    expect(runNotifyPass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000); // the first pass is still running
    expect(runNotifyPass).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(runNotifyPass).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(300_000);
    expect(runNotifyPass).toHaveBeenCalledTimes(2);
  });

  it("logs a failed pass in one line and tries again at the next tick", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    runNotifyPass.mockRejectedValueOnce(new Error("Can't reach database server\n  at stack"));
    runNotifyPass.mockResolvedValue(idle);
    const stop = startNotifications(prisma, options);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(errors.mock.calls).toEqual([["Notification pass failed (retrying in 30 s): Can't reach database server"]]);
    expect(runNotifyPass).toHaveBeenCalledTimes(2);
    stop();
  });

  it("does nothing with NOTIFY_INTERVAL_SECONDS=0", async () => {
    settings.NOTIFY_INTERVAL_SECONDS = 0;
    startNotifications(prisma, options);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(runNotifyPass).not.toHaveBeenCalled();
  });
});
