import { describe, expect, it } from "vitest";
import type { VoteFact } from "@/lib/fcp/latest-positions";
import type { ConcernFact } from "@/lib/fcp/round-concerns";
import { toFcpRoundDto, type FcpRoundFacts } from "@/lib/fcp/to-fcp-round-dto";
import { parseMscbotComment, type MscbotStatusComment } from "@/lib/github/mscbot/parse-mscbot-comment";
import { readMscbotFixture } from "@/test/fixtures/mscbot/read-mscbot-fixture";
import { hasCommentMarker } from "./comment-marker";
import { renderStatusComment } from "./render-status-comment";

// Rendered, then read back with the importer's own parser: what write-back posts is
// provably what the sync would read from mscbot.

const t = (iso: string) => new Date(iso);
const RULES = { thresholdPercent: 75, durationDays: 5 };
const TEAM = [
  "clokep",
  "dbkr",
  "uhoreg",
  "turt2live",
  "ara4n",
  "anoadragon453",
  "richvdh",
  "tulir",
  "erikjohnston",
  "KitsuneRal",
];
const team = TEAM.map((githubLogin) => ({ githubLogin, servedFrom: t("2020-01-01"), servedUntil: null }));
const approve = (memberLogin: string): VoteFact => ({
  memberLogin,
  position: "approve",
  rationale: null,
  at: t("2026-01-02"),
});
let nextConcernId = 1;
const concern = (text: string, resolved = false): ConcernFact => ({
  id: nextConcernId++,
  fcpRoundId: 7,
  text,
  raisedBy: "richvdh",
  raisedAt: t("2026-01-03"),
  resolvedBy: resolved ? "richvdh" : null,
  resolvedAt: resolved ? t("2026-01-04") : null,
});
const facts = (extra: Partial<FcpRoundFacts> = {}): FcpRoundFacts => ({
  id: 7,
  disposition: "merge",
  proposedBy: "turt2live",
  proposedAt: t("2026-01-01"),
  startedAt: null,
  endsAt: null,
  completedAt: null,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  roster: TEAM,
  votes: [approve("turt2live")],
  proposalConcerns: [],
  ...extra,
});
const render = (extra: Partial<FcpRoundFacts> = {}) =>
  renderStatusComment(toFcpRoundDto(facts(extra), team, RULES), { thresholdPercent: 75 });
const parse = (body: string) => parseMscbotComment("mscbot", body) as MscbotStatusComment;

describe("renderStatusComment", () => {
  it("says what mscbot's status comment says, line for line", () => {
    const body = render();
    const real = readMscbotFixture("14-fcp-proposed-merge-10-reviewers-2024.txt");
    const lines = (text: string) => text.split("\n").slice(0, 13);
    // The same header and checkboxes; only the order of the members differs (ours is by login).
    expect(lines(body)[0]).toBe(lines(real)[0]);
    expect(lines(body).slice(1).sort()).toEqual(lines(real).slice(1).sort());
    expect(body).toContain(real.split("\n")[14]);
  });

  it("reads back as the proposal, the ticked boxes and the concerns", () => {
    const body = render({
      votes: [approve("turt2live"), approve("dbkr"), { ...approve("tulir"), position: "abstain" }],
      proposalConcerns: [concern("needs  an\nimplementation"), concern("wrong room version", true)],
    });
    expect(parse(body)).toEqual({
      kind: "fcp-proposed",
      proposer: "turt2live",
      disposition: "merge",
      reviewers: TEAM.map((login) => ({ login, approved: login === "turt2live" || login === "dbkr" })).sort((a, b) =>
        a.login.toLowerCase().localeCompare(b.login.toLowerCase()),
      ),
      concerns: [
        { text: "needs an implementation", resolved: false },
        { text: "wrong room version", resolved: true },
      ],
      cancelled: false,
      cancelledByUrl: null,
    });
    expect(body).not.toContain("@mscbot");
    expect(hasCommentMarker(body, 7, "status")).toBe(true);
    expect(hasCommentMarker(body, 8, "status")).toBe(false);
    expect(hasCommentMarker(body, 7, "start")).toBe(false);
  });

  it("leaves out recused members, whom the threshold does not count", () => {
    const body = render({ votes: [approve("turt2live"), { ...approve("ara4n"), position: "recuse" }] });
    expect(parse(body).reviewers.map((r) => r.login)).not.toContain("ara4n");
    expect(parse(body).reviewers).toHaveLength(9);
  });

  it("marks a cancelled round as mscbot does, keeping its ballot", () => {
    const body = render({ cancelledAt: t("2026-01-05"), cancelledBy: "richvdh", cancelReason: "superseded" });
    expect(body.startsWith("**This FCP proposal has been cancelled by @richvdh.**\n\nTeam member @turt2live")).toBe(
      true,
    );
    expect(parse(body)).toMatchObject({ cancelled: true, disposition: "merge", proposer: "turt2live" });
    expect(parse(body).reviewers.filter((r) => r.approved)).toEqual([{ login: "turt2live", approved: true }]);
  });

  it("links the tracker when it knows its address, and says the configured threshold", () => {
    const dto = toFcpRoundDto(facts({ disposition: "postpone" }), team, { ...RULES, thresholdPercent: 60 });
    const body = renderStatusComment(dto, { thresholdPercent: 60, trackerUrl: "https://tracker.example/proposals/1" });
    expect(body).toContain("proposed to **postpone** this.");
    expect(body).toContain("Once at least 60% of reviewers approve");
    expect(body).toContain("[MSC Tracker](https://tracker.example/proposals/1)");
    expect(parse(body).disposition).toBe("postpone");
  });
});
