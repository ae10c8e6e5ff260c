import { describe, expect, it } from "vitest";
import { countingTeam, currentTeam, teamAt, type TeamPeriod } from "./team-membership";

const t = (iso: string) => new Date(iso);
const period = (githubLogin: string, from: string, until: string | null = null): TeamPeriod => ({
  githubLogin,
  servedFrom: t(from),
  servedUntil: until ? t(until) : null,
});

const periods = [
  period("alice", "1970-01-01"),
  period("bob", "1970-01-01", "2026-03-01"),
  period("carol", "2026-02-01"),
  // dave left and rejoined: two periods.
  period("dave", "1970-01-01", "2026-01-15"),
  period("dave", "2026-02-15"),
];

describe("team membership", () => {
  it("takes the current team from open periods, once per login", () => {
    expect(currentTeam(periods).sort()).toEqual(["alice", "carol", "dave"]);
  });

  it("takes the team at a moment from the periods covering it", () => {
    expect(teamAt(periods, t("2026-01-10")).sort()).toEqual(["alice", "bob", "dave"]);
    expect(teamAt(periods, t("2026-02-01")).sort()).toEqual(["alice", "bob", "carol"]);
    // A period ends at servedUntil: at that instant the member has left.
    expect(teamAt(periods, t("2026-03-01")).sort()).toEqual(["alice", "carol", "dave"]);
  });

  it("counts open rounds against the current team, or the roster when no team is recorded", () => {
    const open = { proposedAt: t("2026-01-10"), endedAt: null };
    expect(countingTeam(periods, ["alice", "bob"], open).sort()).toEqual(["alice", "carol", "dave"]);
    expect(countingTeam([], ["alice", "bob", "alice"], open)).toEqual(["alice", "bob"]);
  });

  it("counts a closed round against its roster, corrected by changes recorded while it ran", () => {
    // dave left on 01-15 (and rejoined after the end), carol joined on 02-01.
    const span = { proposedAt: t("2026-01-10"), endedAt: t("2026-02-05") };
    expect(countingTeam(periods, ["alice", "bob", "dave"], span).sort()).toEqual(["alice", "bob", "carol"]);
  });

  it("trusts an old round's roster over periods the first sync opened at the epoch", () => {
    // "old" left before the records began; "newbie" was on the team at the first sync.
    const firstSync = [period("alice", "1970-01-01"), period("newbie", "1970-01-01")];
    const span = { proposedAt: t("2020-01-01"), endedAt: t("2020-01-08") };
    expect(countingTeam(firstSync, ["old", "alice"], span)).toEqual(["old", "alice"]);
  });

  it("takes a closed round without a roster from the periods at its end", () => {
    const span = { proposedAt: t("2026-01-01"), endedAt: t("2026-01-10") };
    expect(countingTeam(periods, [], span).sort()).toEqual(["alice", "bob", "dave"]);
  });

  it("treats logins that differ only in case as one member", () => {
    expect(currentTeam([period("KitsuneRal", "1970-01-01"), period("kitsuneral", "2026-01-01")])).toEqual([
      "KitsuneRal",
    ]);
  });
});
