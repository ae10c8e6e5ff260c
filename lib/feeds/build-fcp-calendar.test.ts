import { describe, expect, it } from "vitest";
import { buildFcpCalendar } from "./build-fcp-calendar";
import type { FcpCalendarRound } from "./feed-event";

const site = { origin: "https://tracker.example", hostname: "tracker.example" };
const round: FcpCalendarRound = {
  id: 7,
  proposalNumber: 4250,
  proposalTitle: "MSC4250: Authenticated media v2",
  disposition: "merge",
  proposedBy: "turt2live",
  proposedAt: new Date("2026-09-01T09:00:00Z"),
  startedAt: new Date("2026-09-03T12:00:00Z"),
  endsAt: new Date("2026-09-08T12:00:10Z"),
  completedAt: null,
  cancelledAt: null,
};

/** The content lines, unfolded (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

/** The VEVENT blocks, each as its property lines. */
function events(ics: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | null = null;
  for (const line of unfold(ics)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      blocks.push(current);
      current = null;
    } else current?.push(line);
  }
  return blocks;
}

describe("buildFcpCalendar", () => {
  it("has one VEVENT per round at its end time, with a stable UID, DTSTAMP and the MSC's page", () => {
    const ics = buildFcpCalendar([round, { ...round, id: 8, proposalNumber: 1, cancelledAt: round.endsAt }], site);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("PRODID:-//MSC Tracker//FCP end dates//EN\r\n");
    // A published calendar, not a scheduling message.
    expect(ics).not.toContain("METHOD:");

    const [first, second] = events(ics);
    expect(first).toEqual(
      expect.arrayContaining([
        "UID:fcp-round-7@tracker.example",
        "SUMMARY:FCP ends: MSC4250 Authenticated media v2 (merge)",
        "DTSTART:20260908T120010Z",
        // The round's last revision (its start), not the time of the request.
        "DTSTAMP:20260903T120000Z",
        "URL:https://tracker.example/proposals/4250",
        "STATUS:CONFIRMED",
      ]),
    );
    expect(first!.some((line) => line.startsWith("DTEND") || line.startsWith("DURATION"))).toBe(false);
    expect(second).toEqual(
      expect.arrayContaining(["UID:fcp-round-8@tracker.example", "STATUS:CANCELLED", "DTSTAMP:20260908T120010Z"]),
    );
  });

  it("escapes hostile titles as iCalendar text and folds long lines", () => {
    const ics = buildFcpCalendar([{ ...round, proposalTitle: "a; b, c\\d\nBEGIN:VEVENT " + "x".repeat(100) }], site);
    expect(unfold(ics).filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
    const [event] = events(ics);
    expect(event).toContain(`SUMMARY:FCP ends: MSC4250 a\\; b\\, c\\\\d\\nBEGIN:VEVENT ${"x".repeat(100)} (merge)`);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("writes an empty calendar when no round has an end time", () => {
    const ics = buildFcpCalendar([], site);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(ics).not.toContain("VEVENT");
  });
});
