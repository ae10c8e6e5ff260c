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

  it("counts open rounds against the current team, closed rounds against the team at their end", () => {
    expect(countingTeam(periods, ["alice", "bob"], null).sort()).toEqual(["alice", "carol", "dave"]);
    expect(countingTeam(periods, ["alice", "bob"], t("2026-01-10")).sort()).toEqual(["alice", "bob", "dave"]);
  });

  it("falls back to the roster when no membership covers the moment", () => {
    expect(countingTeam([], ["alice", "bob", "alice"], null)).toEqual(["alice", "bob"]);
    expect(countingTeam([period("zed", "2026-06-01")], ["alice"], t("2020-01-01"))).toEqual(["alice"]);
  });

  it("treats logins that differ only in case as one member", () => {
    expect(currentTeam([period("KitsuneRal", "1970-01-01"), period("kitsuneral", "2026-01-01")])).toEqual([
      "KitsuneRal",
    ]);
  });
});
