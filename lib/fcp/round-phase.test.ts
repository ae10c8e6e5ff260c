import { describe, expect, it } from "vitest";
import { isOpenPhase, roundEndedAt, roundPhase } from "./round-phase";

const t = (iso: string) => new Date(iso);
const times = (extra: Partial<Parameters<typeof roundPhase>[0]> = {}) => ({
  startedAt: null,
  completedAt: null,
  cancelledAt: null,
  ...extra,
});

describe("roundPhase", () => {
  it("derives each phase from the stored times", () => {
    expect(roundPhase(times())).toBe("proposed");
    expect(roundPhase(times({ startedAt: t("2026-01-02") }))).toBe("active");
    expect(roundPhase(times({ startedAt: t("2026-01-02"), completedAt: t("2026-01-07") }))).toBe("finished");
    expect(roundPhase(times({ cancelledAt: t("2026-01-03") }))).toBe("cancelled");
  });

  it("lets a cancellation win over a start or a completion", () => {
    expect(roundPhase(times({ startedAt: t("2026-01-02"), cancelledAt: t("2026-01-03") }))).toBe("cancelled");
    expect(roundPhase(times({ completedAt: t("2026-01-07"), cancelledAt: t("2026-01-08") }))).toBe("cancelled");
  });

  it("counts a completion without a recorded start as finished", () => {
    expect(roundPhase(times({ completedAt: t("2026-01-07") }))).toBe("finished");
  });

  it("says which phases are open and when a closed round ended", () => {
    expect(["proposed", "active", "finished", "cancelled"].map((p) => isOpenPhase(p as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(roundEndedAt(times())).toBeNull();
    expect(roundEndedAt(times({ completedAt: t("2026-01-07") }))).toEqual(t("2026-01-07"));
    expect(roundEndedAt(times({ cancelledAt: t("2026-01-03") }))).toEqual(t("2026-01-03"));
  });
});
