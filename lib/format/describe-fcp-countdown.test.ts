import { describe, expect, it } from "vitest";
import { describeFcpCountdown } from "./describe-fcp-countdown";

describe("describeFcpCountdown", () => {
  const endsAt = "2026-11-27T14:00:10Z";
  it("counts down to the end while the period runs", () => {
    expect(describeFcpCountdown(endsAt, new Date("2026-11-25T10:00:00Z"), 1)).toEqual({
      before: "Ends in 2 days 4 hours, on",
      at: endsAt,
      after: ".",
    });
  });
  it("says an elapsed period still waits for open concerns", () => {
    const after = new Date("2026-11-28T00:00:00Z");
    expect(describeFcpCountdown(endsAt, after, 1)).toEqual({
      before: "Period over on",
      at: endsAt,
      after: "; waiting for 1 concern to be resolved.",
    });
    expect(describeFcpCountdown(endsAt, after, 2).after).toContain("2 concerns");
  });
  it("says an elapsed period without concerns waits only for the bot", () => {
    expect(describeFcpCountdown(endsAt, new Date(Date.parse(endsAt)), 0).after).toBe(
      "; waiting for mscbot to mark it finished.",
    );
  });
  it("says a round run here is finished by the tracker itself", () => {
    expect(describeFcpCountdown(endsAt, new Date(Date.parse(endsAt)), 0, true).after).toBe(
      "; the tracker marks it finished at its next check.",
    );
  });
});
