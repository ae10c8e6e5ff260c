import { describe, expect, it } from "vitest";
import type { NotifyEvent } from "../notify-event";
import { reaches } from "../notify-level";
import { planDeliveries, type Audience, type EmailRecipient } from "./plan-deliveries";

const NOW = new Date("2026-03-01T12:00:00Z");
const event = (id: number, kind: string, extra: Partial<NotifyEvent> = {}): NotifyEvent => ({
  id: BigInt(id),
  kind,
  at: NOW,
  actorLogin: "m0",
  data: kind === "status.changed" ? { from: "in-review", to: "proposed-fcp" } : {},
  proposalNumber: 4543,
  proposalTitle: "MSC4543: Sliding Sync",
  disposition: null,
  ...extra,
});
const person = (userId: string, extra: Partial<EmailRecipient> = {}): EmailRecipient => ({
  userId,
  login: userId,
  level: "significant",
  cadence: "immediate",
  digestHour: 8,
  ...extra,
});
const audience = (extra: Partial<Audience> = {}): Audience => ({
  emailFollowers: new Map(),
  emailAddressees: new Map(),
  webhooks: [],
  matrix: null,
  followed: new Set(),
  ...extra,
});
const targets = (planned: ReturnType<typeof planDeliveries>) => planned.map((p) => `${p.targetId} ${p.key}`);

describe("levels", () => {
  it("tells significant recipients of status moves and FCP steps, every-change ones of concerns, votes and comments too", () => {
    const kinds = ["status.changed", "fcp.proposed", "fcp.started", "fcp.finished", "fcp.cancelled"];
    for (const kind of kinds) expect([reaches("significant", kind), reaches("every", kind)]).toEqual([true, true]);
    for (const kind of ["concern.raised", "concern.resolved", "vote.cast", "comments.added"]) {
      expect([reaches("significant", kind), reaches("every", kind)]).toEqual([false, true]);
    }
    for (const kind of ["label.added", "team.joined", "follow.added", "admin.corrected"]) {
      expect([reaches("significant", kind), reaches("every", kind)]).toEqual([false, false]);
    }
  });
});

describe("planDeliveries", () => {
  it("mails followers whose level matches, once per event, never for their own doing", () => {
    const followers = new Map([
      [4543, [person("sig"), person("all", { level: "every" }), person("m1", { level: "every" })]],
      [1, [person("elsewhere", { level: "every" })]],
    ]);
    const events = [event(1, "status.changed"), event(2, "vote.cast", { actorLogin: "M1" }), event(3, "label.added")];
    expect(targets(planDeliveries("email", events, audience({ emailFollowers: followers }), NOW))).toEqual([
      "sig event:1",
      "all event:1",
      "m1 event:1",
      "all event:2",
    ]);
  });

  it("mails new comments on GitHub to every-change followers only", () => {
    const followers = new Map([[4543, [person("sig"), person("all", { level: "every" })]]]);
    const comments = event(1, "comments.added", { actorLogin: null, data: { from: 2, to: 3 } });
    expect(targets(planDeliveries("email", [comments], audience({ emailFollowers: followers }), NOW))).toEqual([
      "all event:1",
    ]);
  });

  it("gathers a daily reader's events into the digest due next at their hour", () => {
    const followers = new Map([[4543, [person("u", { cadence: "daily", digestHour: 8 })]]]);
    const late = new Date("2026-03-01T23:30:00Z");
    const planned = planDeliveries(
      "email",
      [event(1, "fcp.started", { at: late })],
      audience({ emailFollowers: followers }),
      late,
    );
    expect(planned).toEqual([
      expect.objectContaining({ key: "digest:2026-03-02T08", dueAt: new Date("2026-03-02T08:00:00Z"), digest: true }),
    ]);
    const early = new Date("2026-03-02T07:59:59Z");
    expect(
      planDeliveries(
        "email",
        [event(2, "fcp.started", { at: early })],
        audience({ emailFollowers: followers }),
        early,
      )[0]!.key,
    ).toBe("digest:2026-03-02T08");
    const onTheHour = new Date("2026-03-02T08:00:00Z");
    expect(
      planDeliveries(
        "email",
        [event(3, "fcp.started", { at: onTheHour })],
        audience({ emailFollowers: followers }),
        onTheHour,
      )[0]!.key,
    ).toBe("digest:2026-03-03T08");
  });

  it("posts to every active webhook at its level", () => {
    const webhooks = [
      { id: 1, level: "significant" as const },
      { id: 2, level: "every" as const },
    ];
    const events = [event(1, "status.changed"), event(2, "fcp.proposed"), event(3, "concern.raised")];
    expect(targets(planDeliveries("webhook", events, audience({ webhooks }), NOW))).toEqual([
      "1 event:1",
      "2 event:1",
      "1 event:2",
      "2 event:2",
      "2 event:3",
    ]);
  });

  it("posts to the room about all MSCs, or only followed ones, at the room's level", () => {
    const room = { roomId: "!r:x", level: "significant" as const, scope: "all" as const };
    const events = [event(1, "status.changed"), event(2, "vote.cast"), event(3, "fcp.finished", { proposalNumber: 7 })];
    expect(targets(planDeliveries("matrix", events, audience({ matrix: room }), NOW))).toEqual([
      "!r:x event:1",
      "!r:x event:3",
    ]);
    const followedOnly = audience({ matrix: { ...room, scope: "followed" }, followed: new Set([7]) });
    expect(targets(planDeliveries("matrix", events, followedOnly, NOW))).toEqual(["!r:x event:3"]);
    expect(planDeliveries("matrix", events, audience(), NOW)).toEqual([]);
  });

  it("mails a reminder to its addressee only, at either level and cadence, and never to the room or a webhook", () => {
    const reminder = (id: number, login: string) =>
      event(id, "reminder.position", { actorLogin: null, data: { login, number: 1, days: 3 } });
    const events = [reminder(1, "M1"), reminder(2, "m2"), reminder(3, "nobody")];
    const addressees = new Map([
      ["m1", person("u1", { login: "m1" })],
      ["m2", person("u2", { login: "m2", cadence: "daily", digestHour: 8 })],
    ]);
    // A follower of the MSC at "every" hears nothing of another person's reminder.
    const followers = new Map([[4543, [person("fan", { level: "every" })]]]);
    const everyone = audience({
      emailFollowers: followers,
      emailAddressees: addressees,
      webhooks: [{ id: 1, level: "every" }],
      matrix: { roomId: "!r:x", level: "every", scope: "all" },
    });
    expect(targets(planDeliveries("email", events, everyone, NOW))).toEqual(["u1 event:1", "u2 digest:2026-03-02T08"]);
    expect(planDeliveries("webhook", events, everyone, NOW)).toEqual([]);
    expect(planDeliveries("matrix", events, everyone, NOW)).toEqual([]);
  });

  it("leaves out history: old events and MSCs the tracker sees for the first time", () => {
    const webhooks = [{ id: 1, level: "every" as const }];
    const old = event(1, "status.changed", { at: new Date(NOW.getTime() - 49 * 3_600_000) });
    const recent = event(2, "status.changed", { at: new Date(NOW.getTime() - 47 * 3_600_000) });
    const firstSeen = event(3, "status.changed", { data: { from: null, to: "in-review" } });
    expect(targets(planDeliveries("webhook", [old, recent, firstSeen], audience({ webhooks }), NOW))).toEqual([
      "1 event:2",
    ]);
  });
});
