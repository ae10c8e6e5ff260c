import { describe, expect, it } from "vitest";
import { formatDays, reminderHeadline } from "./reminder-text";

const reminder = (kind: string, days: unknown, disposition: string | null = "merge") => ({
  kind,
  proposalNumber: 1234,
  disposition,
  data: { login: "bob", number: 1, days },
});

describe("reminderHeadline", () => {
  it("says how long a position has been awaited, and on which FCP", () => {
    expect(reminderHeadline(reminder("reminder.position", 4))).toBe(
      "Reminder: MSC1234 has waited 4 days for your position on FCP to merge",
    );
    expect(reminderHeadline(reminder("reminder.position", 1, "postpone"))).toBe(
      "Reminder: MSC1234 has waited 1 day for your position on FCP to postpone",
    );
  });

  it("says how long ago an FCP to merge finished with its pull request unmerged", () => {
    expect(reminderHeadline(reminder("reminder.merge", 7))).toBe(
      "Reminder: MSC1234 finished FCP to merge 7 days ago; its pull request is not merged yet",
    );
  });

  it("reads malformed data plainly, and is null for other events", () => {
    expect(reminderHeadline(reminder("reminder.position", "x", null))).toBe(
      "Reminder: MSC1234 has waited some time for your position on FCP",
    );
    expect(reminderHeadline(reminder("fcp.proposed", 4))).toBeNull();
  });
});

describe("formatDays", () => {
  it("rounds to a tenth of a day, and counts hours below one day", () => {
    expect([formatDays(3), formatDays(1.5), formatDays(2.04), formatDays(1)]).toEqual([
      "3 days",
      "1.5 days",
      "2 days",
      "1 day",
    ]);
    expect([formatDays(0.5), formatDays(1 / 24), formatDays(0.001)]).toEqual([
      "12 hours",
      "1 hour",
      "less than an hour",
    ]);
  });
});
