import { describe, expect, it } from "vitest";
import { kindsOf } from "./audit-kinds";
import { describeAuditEvent, reasonOf } from "./describe-audit-event";

describe("describeAuditEvent", () => {
  it("words team and admin entries, which no MSC timeline has", () => {
    expect(
      describeAuditEvent({ kind: "team.joined", actor: "root", data: { login: "newbie", reason: "elected" } }),
    ).toBe("newbie joined the Spec Core Team");
    expect(describeAuditEvent({ kind: "team.left", actor: "dbkr", data: { login: "dbkr" } })).toBe(
      "dbkr left the Spec Core Team",
    );
    expect(describeAuditEvent({ kind: "team.sync", actor: null, data: { readable: false } })).toMatch(
      /could not be read: the admins' member list is now the record/,
    );
    expect(describeAuditEvent({ kind: "admin.revoked", actor: "root", data: { login: "carol" } })).toBe(
      "carol is no longer an admin",
    );
  });

  it("words webhook registrations by their cleaned URL, and shows them among admin actions", () => {
    const data = { webhookId: 3, url: "https://hooks.example/msc", reason: "team bot" };
    expect(describeAuditEvent({ kind: "notify.webhook.registered", actor: "root", data })).toBe(
      "Registered the outbound webhook https://hooks.example/msc",
    );
    expect(describeAuditEvent({ kind: "notify.webhook.deactivated", actor: "root", data })).toBe(
      "Switched off the outbound webhook https://hooks.example/msc",
    );
    expect(kindsOf("admin")).toContain("notify.webhook.deleted");
    // One's own notification settings stay out of the public log.
    expect(kindsOf(null)).not.toContain("notify.preference.saved");
  });

  it("says what a correction changed from what", () => {
    const corrected = (data: Record<string, unknown>) =>
      describeAuditEvent({ kind: "admin.corrected", actor: "root", data });
    expect(corrected({ what: "position", member: "m7", from: "none", to: "approve" })).toBe(
      "Corrected m7's position from none to approve",
    );
    expect(corrected({ what: "concern", text: "naming", from: "open", to: "resolved" })).toBe(
      "Marked the concern “naming” resolved (was open)",
    );
    expect(corrected({ what: "round", from: "active", to: "cancelled" })).toBe(
      "Closed the active FCP round as cancelled",
    );
  });

  it("names the member of a vote, not whoever recorded it, and reads proposal events as the timeline does", () => {
    expect(
      describeAuditEvent({
        kind: "vote.cast",
        actor: "mscbot",
        data: { member: "tulir", position: "approve", disposition: "merge" },
      }),
    ).toBe("tulir approved the FCP to merge");
    expect(
      describeAuditEvent({ kind: "status.changed", actor: null, data: { from: "in-review", to: "proposed-fcp" } }),
    ).toBe("The status changed from in review to proposed FCP");
  });

  it("reads a reason only when one was written", () => {
    expect(reasonOf({ reason: "drift" })).toBe("drift");
    expect(reasonOf({ reason: "" })).toBeNull();
    expect(reasonOf({})).toBeNull();
  });
});

describe("kindsOf", () => {
  it("keeps personal kinds such as follows out of the public log", () => {
    expect(kindsOf(null)).not.toContain("follow.added");
    expect(kindsOf(null)).toContain("admin.corrected");
    expect(kindsOf("votes")).toEqual(["vote.cast"]);
  });
});
