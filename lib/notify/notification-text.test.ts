import { describe, expect, it } from "vitest";
import type { NotifyEvent } from "./notify-event";
import { headline, notificationLine, renderDigestMail, renderEventMail, webhookPayload } from "./notification-text";

const URL = "https://tracker.example.org/";
const event = (id: number, kind: string, extra: Partial<NotifyEvent> = {}): NotifyEvent => ({
  id: BigInt(id),
  kind,
  at: new Date("2026-03-01T12:00:00Z"),
  actorLogin: "m1",
  data: {},
  proposalNumber: 4543,
  proposalTitle: "MSC4543: Sliding Sync",
  disposition: "merge",
  ...extra,
});

describe("notification text", () => {
  it("words each event as the feeds and the timeline do", () => {
    expect(headline(event(1, "status.changed", { data: { from: "in-review", to: "proposed-fcp" } }))).toBe(
      "MSC4543 moved from In review to Proposed FCP",
    );
    expect(headline(event(2, "fcp.proposed", { data: { disposition: "merge" } }))).toBe(
      "MSC4543: FCP proposed to merge",
    );
    expect(headline(event(3, "vote.cast", { data: { position: "approve" } }))).toBe(
      "MSC4543: m1 approved the FCP to merge",
    );
    expect(headline(event(4, "concern.raised", { data: { text: "needs tests" } }))).toBe(
      "MSC4543: m1 raised a concern: “needs tests”",
    );
  });

  it("puts the title and the MSC's link on the line", () => {
    expect(notificationLine(event(1, "fcp.finished"), URL)).toBe(
      "MSC4543: FCP finished to merge (Sliding Sync): https://tracker.example.org/proposals/4543",
    );
    const mail = renderEventMail(event(1, "fcp.finished"), URL);
    expect(mail.subject).toBe("MSC4543: FCP finished to merge (Sliding Sync)");
    expect(mail.text).toMatch(
      /^MSC4543: FCP finished to merge \(Sliding Sync\): https:\/\/tracker\.example\.org\/proposals\/4543\n\n-- \n/,
    );
  });

  it("groups a digest by MSC, lowest first, each in the order things happened", () => {
    const at = (hh: string) => new Date(`2026-03-01T${hh}:00Z`);
    const events = [
      event(5, "fcp.started", { at: at("15:00"), data: {} }),
      event(3, "fcp.proposed", { at: at("09:30"), proposalNumber: 1234, proposalTitle: "MSC1234: Threads", data: {} }),
      event(4, "vote.cast", { at: at("10:00"), data: { position: "approve" } }),
    ];
    const mail = renderDigestMail(events, new Date("2026-03-02T08:00:00Z"), URL);
    expect(mail.subject).toBe("MSC Tracker digest for 2026-03-02: 3 changes on 2 MSCs");
    expect(mail.text.split("\n\n-- \n")[0]).toBe(
      [
        "MSC1234: Threads",
        "- 09:30 UTC MSC1234: FCP proposed to merge",
        "https://tracker.example.org/proposals/1234",
        "",
        "MSC4543: Sliding Sync",
        "- 10:00 UTC MSC4543: m1 approved the FCP to merge",
        "- 15:00 UTC MSC4543: FCP started to merge",
        "https://tracker.example.org/proposals/4543",
      ].join("\n"),
    );
  });

  it("words a reminder to its addressee, and says why they get it", () => {
    const reminder = event(5, "reminder.position", { actorLogin: null, data: { login: "m2", number: 2, days: 6 } });
    const mail = renderEventMail(reminder, URL);
    expect(mail.subject).toBe("Reminder: MSC4543 has waited 6 days for your position on FCP to merge (Sliding Sync)");
    expect(mail.text).toContain("because a reminder in MSC Tracker is addressed to you");
    expect(mail.text).not.toContain("because you follow");
    const digest = renderDigestMail([reminder, event(6, "fcp.finished")], new Date("2026-03-02T08:00:00Z"), URL);
    expect(digest.text).toContain("because you follow these MSCs");
    expect(digest.text).toContain("because a reminder in MSC Tracker is addressed to you");
  });

  it("builds the webhook body from stored facts only", () => {
    const status = event(9, "status.changed", { data: { from: "fcp", to: "fcp-finished" } });
    expect(webhookPayload("d1", status, URL)).toEqual({
      delivery: "d1",
      event: "status.changed",
      event_id: "9",
      at: "2026-03-01T12:00:00.000Z",
      actor: "m1",
      msc: 4543,
      title: "MSC4543: Sliding Sync",
      url: "https://tracker.example.org/proposals/4543",
      from: "fcp",
      to: "fcp-finished",
      disposition: "merge",
      data: { from: "fcp", to: "fcp-finished" },
      text: "MSC4543 moved from Final comment period to FCP finished",
    });
  });

  it("counts new comments on GitHub, and says so in a mail and a webhook body", () => {
    const comments = (data: unknown) => event(10, "comments.added", { actorLogin: null, disposition: null, data });
    expect(headline(comments({ from: 42, to: 45 }))).toBe("MSC4543: 3 new comments on GitHub (45 in all)");
    expect(headline(comments({ from: 0, to: 1 }))).toBe("MSC4543: 1 new comment on GitHub (1 in all)");
    expect(headline(comments({ to: "many" }))).toBe("MSC4543: New comments on GitHub");
    expect(renderEventMail(comments({ from: 44, to: 45 }), URL).subject).toBe(
      "MSC4543: 1 new comment on GitHub (45 in all) (Sliding Sync)",
    );
    expect(webhookPayload("d2", comments({ from: 42, to: 45 }), URL)).toMatchObject({
      event: "comments.added",
      actor: null,
      from: 42,
      to: 45,
      data: { from: 42, to: 45 },
      text: "MSC4543: 3 new comments on GitHub (45 in all)",
    });
  });
});
