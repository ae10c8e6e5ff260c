import { describe, expect, it } from "vitest";
import { buildBallot } from "@/lib/fcp/ballot";
import type { PositionName } from "@/lib/fcp/fcp-dto";
import { latestPositions } from "@/lib/fcp/latest-positions";
import {
  authorsOf,
  planReminders,
  REMINDER_WINDOW_DAYS,
  reminderDedupeKey,
  type ReminderRound,
  type ReminderSettings,
} from "./plan-reminders";

const DAY = 86_400_000;
const T0 = new Date("2026-10-01T12:00:00Z");
const days = (n: number) => new Date(T0.getTime() + n * DAY);
const TEAM = ["alice", "Bob", "carol", "dave"];
const SETTINGS: ReminderSettings = { positionDays: 3, mergeDays: 7 };

/** A round proposed at T0 by alice (who approved), with the team's positions as given. */
function proposed(positions: Record<string, PositionName> = {}, overrides: Partial<ReminderRound> = {}): ReminderRound {
  const votes = Object.entries({ alice: "approve" as PositionName, ...positions }).map(([memberLogin, position]) => ({
    memberLogin,
    position,
    rationale: null,
    at: T0,
  }));
  return {
    id: 7,
    proposalNumber: 4321,
    disposition: "merge",
    proposedAt: T0,
    startedAt: null,
    completedAt: null,
    cancelledAt: null,
    ballot: buildBallot(TEAM, TEAM, latestPositions(votes)),
    proposal: { merged: false, githubState: "open", authorLogin: "author", authors: [] },
    ...overrides,
  };
}

/** A round to merge that finished at T0 on an open, unmerged PR. */
function finished(overrides: Partial<ReminderRound> = {}, proposal: Partial<ReminderRound["proposal"]> = {}) {
  const round = proposed({}, { proposedAt: days(-10), startedAt: days(-5), completedAt: T0, ...overrides });
  return { ...round, proposal: { ...round.proposal, authors: ["author"], ...proposal } };
}

const plan = (rounds: ReminderRound[], now: Date, settings = SETTINGS, team = TEAM) =>
  planReminders(rounds, team, settings, now).map((r) => `${r.kind} ${r.login} #${r.number} ${r.days}d`);

describe("position reminders", () => {
  it("fall due exactly N days after the proposal, not a millisecond before", () => {
    expect(plan([proposed()], new Date(days(3).getTime() - 1))).toEqual([]);
    expect(plan([proposed()], days(3))).toEqual([
      "reminder.position Bob #1 3d",
      "reminder.position carol #1 3d",
      "reminder.position dave #1 3d",
    ]);
  });

  it("repeat every N days while the position is awaited: the k-th is floor(age / N)", () => {
    expect(plan([proposed()], days(5.9))).toContain("reminder.position dave #1 3d");
    expect(plan([proposed()], days(6))).toContain("reminder.position dave #2 6d");
    expect(plan([proposed()], days(31))).toContain("reminder.position dave #10 30d");
  });

  it("count approve, abstain and recuse as positions; a withdrawn one ('none') is awaited again", () => {
    const round = proposed({ Bob: "abstain", carol: "recuse", dave: "approve" });
    expect(plan([round], days(3))).toEqual([]);
    expect(plan([proposed({ carol: "none" })], days(3))).toContain("reminder.position carol #1 3d");
  });

  it("never remind the proposer, who approved by proposing", () => {
    expect(plan([proposed()], days(3)).some((line) => line.includes("alice"))).toBe(false);
  });

  it("skip a member who left the team and remind one who joined", () => {
    const team = ["alice", "Bob", "carol", "erin"];
    const round = proposed();
    const ballot = buildBallot(TEAM, team, latestPositions([]));
    expect(plan([{ ...round, ballot }], days(3), SETTINGS, team)).toEqual([
      "reminder.position alice #1 3d",
      "reminder.position Bob #1 3d",
      "reminder.position carol #1 3d",
      "reminder.position erin #1 3d",
    ]);
    // A ballot that still counts dave (say, the roster fallback) reminds him only while he serves.
    expect(plan([round], days(3), SETTINGS, ["alice", "Bob"])).toEqual(["reminder.position Bob #1 3d"]);
  });

  it("stop once the round started, finished or was cancelled", () => {
    expect(plan([proposed({}, { startedAt: days(1) })], days(3))).toEqual([]);
    expect(plan([proposed({}, { startedAt: days(1), completedAt: days(2), disposition: "close" })], days(3))).toEqual(
      [],
    );
    expect(plan([proposed({}, { cancelledAt: days(1) })], days(3))).toEqual([]);
  });

  it("ignore rounds proposed more than the window ago, and are off at 0 days", () => {
    const window = REMINDER_WINDOW_DAYS;
    expect(plan([proposed()], days(window))).toContain(`reminder.position dave #20 60d`);
    expect(plan([proposed()], new Date(days(window).getTime() + 1))).toEqual([]);
    expect(plan([proposed()], days(3), { positionDays: 0, mergeDays: 7 })).toEqual([]);
  });

  it("take fractional days, as the e2e server does", () => {
    const lines = plan([proposed()], new Date(T0.getTime() + 2 * 0.001 * DAY), { positionDays: 0.001, mergeDays: 0 });
    expect(lines).toContain("reminder.position dave #2 0.002d");
  });
});

describe("merge reminders", () => {
  it("fall due N days after an FCP to merge finished, then every N days", () => {
    expect(plan([finished()], new Date(days(7).getTime() - 1))).toEqual([]);
    expect(plan([finished()], days(7))).toEqual(["reminder.merge author #1 7d"]);
    expect(plan([finished()], days(20.9))).toEqual(["reminder.merge author #2 14d"]);
  });

  it("go to every author once, whatever the spelling or a leading @", () => {
    const round = finished({}, { authorLogin: "Author", authors: ["author", "@co-Author", "CO-author", "third"] });
    expect(plan([round], days(7))).toEqual([
      "reminder.merge Author #1 7d",
      "reminder.merge co-Author #1 7d",
      "reminder.merge third #1 7d",
    ]);
    expect(authorsOf({ merged: false, githubState: "open", authorLogin: null, authors: [] })).toEqual([]);
  });

  it("stop once the PR is merged or closed, and never for another disposition", () => {
    expect(plan([finished({}, { merged: true, githubState: "closed" })], days(7))).toEqual([]);
    expect(plan([finished({}, { githubState: "closed" })], days(7))).toEqual([]);
    expect(plan([finished({ disposition: "postpone" })], days(7))).toEqual([]);
    expect(plan([finished({ disposition: "close" })], days(7))).toEqual([]);
  });

  it("need the round finished: running, cancelled or still proposed rounds get none", () => {
    expect(plan([finished({ completedAt: null })], days(7))).toEqual([]);
    expect(plan([finished({ cancelledAt: days(1) })], days(7))).toEqual([]);
  });

  it("ignore rounds finished more than the window ago, and are off at 0 days", () => {
    expect(plan([finished()], new Date(days(REMINDER_WINDOW_DAYS).getTime() + 1))).toEqual([]);
    expect(plan([finished()], days(7), { positionDays: 3, mergeDays: 0 })).toEqual([]);
  });
});

describe("reminderDedupeKey", () => {
  it("names the kind, round, lower-cased login and number, so a second pass records nothing", () => {
    const [first] = planReminders([proposed()], TEAM, SETTINGS, days(3));
    expect(reminderDedupeKey(first!)).toBe("reminder:reminder.position:7:bob:1");
    const again = planReminders([proposed()], ["BOB"], SETTINGS, days(4));
    expect(again.map(reminderDedupeKey)).toEqual(["reminder:reminder.position:7:bob:1"]);
  });
});
