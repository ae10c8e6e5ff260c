import { describe, expect, it } from "vitest";
import { buildTimeline, type RoundFact, type TimelineFacts } from "./build-timeline";
import { timelineDetail } from "./timeline-detail";

const t = (iso: string) => new Date(iso);
const round = (extra: Partial<RoundFact> = {}): RoundFact => ({
  id: 7,
  disposition: "merge",
  proposedBy: "richvdh",
  proposedAt: t("2026-01-01T00:00:00Z"),
  startedAt: null,
  endsAt: null,
  completedAt: null,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  source: "mscbot",
  votes: [],
  ...extra,
});
const facts = (extra: Partial<TimelineFacts>): TimelineFacts => ({
  labelChanges: [],
  events: [],
  rounds: [],
  concerns: [],
  ...extra,
});
const event = (kind: string, at: string, extra: Partial<TimelineFacts["events"][number]> = {}) => ({
  kind,
  at: t(at),
  actorLogin: null,
  source: "mscbot",
  data: {},
  fcpRoundId: 7,
  ...extra,
});

describe("buildTimeline", () => {
  it("merges labels, FCP events, votes and concerns, oldest first, each with a sentence", () => {
    const timeline = buildTimeline(
      facts({
        labelChanges: [
          {
            labelName: "proposed-final-comment-period",
            action: "added",
            actorLogin: "mscbot",
            at: t("2026-01-01T00:00:05Z"),
            source: "sync",
          },
        ],
        events: [
          event("fcp.proposed", "2026-01-01T00:00:00Z", { actorLogin: "richvdh", data: { disposition: "merge" } }),
        ],
        rounds: [
          round({
            votes: [
              {
                memberLogin: "tulir",
                position: "approve",
                rationale: null,
                at: t("2026-01-02T00:00:00Z"),
                source: "mscbot",
              },
              {
                memberLogin: "tulir",
                position: "none",
                rationale: null,
                at: t("2026-01-04T00:00:00Z"),
                source: "mscbot",
              },
            ],
          }),
        ],
        concerns: [
          {
            fcpRoundId: 7,
            text: "spec text unclear",
            raisedBy: "clokep",
            raisedAt: t("2026-01-03T00:00:00Z"),
            resolvedBy: "unknown",
            resolvedAt: t("2026-01-05T00:00:00Z"),
            source: "mscbot",
          },
        ],
      }),
    );
    expect(timeline.map((e) => [e.kind, e.text])).toEqual([
      ["fcp.proposed", "richvdh proposed FCP to merge"],
      ["label.added", "mscbot added the label “proposed-final-comment-period”"],
      ["vote.cast", "tulir approved the FCP to merge"],
      ["concern.raised", "clokep raised a concern: “spec text unclear”"],
      ["vote.cast", "tulir withdrew their approval of the FCP to merge"],
      ["concern.resolved", "The concern “spec text unclear” was resolved"],
    ]);
    expect(timeline[2]).toMatchObject({
      at: "2026-01-02T00:00:00.000Z",
      actor: "tulir",
      source: "mscbot",
      data: { round_id: 7, position: "approve", previous_position: null },
    });
    expect(timeline[5]).toMatchObject({ actor: null, data: { text: "spec text unclear", round_id: 7 } });
  });

  it("records a milestone once when mscbot reported it twice, keeping the named actor", () => {
    // The status comment's cancellation notice and the bot's cancel comment both log fcp.cancelled.
    const cancelled = round({ cancelledAt: t("2026-01-03T00:00:00Z"), cancelReason: "Cancelled on GitHub" });
    const timeline = buildTimeline(
      facts({
        rounds: [cancelled],
        events: [
          event("fcp.proposed", "2026-01-01T00:00:00Z", { actorLogin: "richvdh" }),
          event("fcp.cancelled", "2026-01-03T00:00:00Z"),
          event("fcp.cancelled", "2026-01-03T00:01:00Z", { actorLogin: "uhoreg" }),
        ],
      }),
    );
    expect(timeline.map((e) => e.text)).toEqual(["richvdh proposed FCP to merge", "uhoreg cancelled the FCP to merge"]);
    expect(timeline[1]?.data).toEqual({ round_id: 7, disposition: "merge", reason: "Cancelled on GitHub" });
  });

  it("fills in milestones no event recorded from the round's stored times", () => {
    const finished = round({
      source: "web",
      startedAt: t("2026-01-02T00:00:00Z"),
      endsAt: t("2026-01-07T00:00:00Z"),
      completedAt: t("2026-01-07T00:00:00Z"),
    });
    const timeline = buildTimeline(facts({ rounds: [finished] }));
    expect(timeline.map((e) => [e.kind, e.source, e.actor])).toEqual([
      ["fcp.proposed", "web", "richvdh"],
      ["fcp.started", "web", null],
      ["fcp.finished", "web", null],
    ]);
    expect(timeline[1]?.text).toBe("FCP to merge started; it ends 7 Jan 2026, 00:00 UTC");
  });

  it("skips vote and concern events, whose rows are the record, and keeps other events as they are", () => {
    const timeline = buildTimeline(
      facts({
        events: [
          event("vote.cast", "2026-01-02T00:00:00Z", { actorLogin: "tulir" }),
          event("concern.raised", "2026-01-02T00:00:00Z", { actorLogin: "tulir" }),
          event("status.changed", "2026-01-03T00:00:00Z", {
            fcpRoundId: null,
            source: "sync",
            data: { from: "in-review", to: "proposed-fcp" },
          }),
          // An out-of-band FCP: no round to attach it to, so the event stands alone.
          event("fcp.started", "2026-01-04T00:00:00Z", {
            fcpRoundId: null,
            data: { endsAt: "2026-01-09T00:00:10.000Z" },
          }),
        ],
      }),
    );
    expect(timeline.map((e) => e.text)).toEqual([
      "The status changed from in review to proposed FCP",
      "FCP started; it ends 9 Jan 2026, 00:00 UTC",
    ]);
    expect(timeline[1]?.data).toEqual({ endsAt: "2026-01-09T00:00:10.000Z" });
  });

  it("gives the whole audit trail of a round run on this site: who, what and why", () => {
    const web = { source: "web" };
    const cancelled = round({
      ...web,
      proposedBy: "turt2live",
      cancelledAt: t("2026-01-04T00:00:00Z"),
      cancelledBy: "uhoreg",
      cancelReason: "Waiting for a second implementation",
      votes: [
        { memberLogin: "turt2live", position: "approve", rationale: null, at: t("2026-01-01T00:00:00Z"), ...web },
        { memberLogin: "tulir", position: "abstain", rationale: "Not my area", at: t("2026-01-02T00:00:00Z"), ...web },
        {
          memberLogin: "turt2live",
          position: "none",
          rationale: "Changed my mind",
          at: t("2026-01-03T00:00:00Z"),
          ...web,
        },
      ],
    });
    const timeline = buildTimeline(
      facts({
        rounds: [cancelled],
        events: [
          event("fcp.proposed", "2026-01-01T00:00:00Z", { ...web, actorLogin: "turt2live" }),
          event("fcp.cancelled", "2026-01-04T00:00:00Z", {
            ...web,
            actorLogin: "uhoreg",
            data: { reason: "Waiting for a second implementation" },
          }),
        ],
        concerns: [
          {
            fcpRoundId: 7,
            text: "Naming",
            raisedBy: "richvdh",
            raisedAt: t("2026-01-02T12:00:00Z"),
            resolvedBy: "dbkr",
            resolvedAt: t("2026-01-03T12:00:00Z"),
            ...web,
          },
        ],
      }),
    );
    expect(timeline.map((e) => [e.text, e.source, timelineDetail(e)?.text ?? null])).toEqual([
      ["turt2live proposed FCP to merge", "web", null],
      ["turt2live approved the FCP to merge", "web", null],
      ["tulir abstained on the FCP to merge", "web", "Not my area"],
      ["richvdh raised a concern: “Naming”", "web", null],
      ["turt2live withdrew their approval of the FCP to merge", "web", "Changed my mind"],
      ["dbkr resolved the concern “Naming”", "web", null],
      ["uhoreg cancelled the FCP to merge", "web", "Waiting for a second implementation"],
    ]);
  });
});
