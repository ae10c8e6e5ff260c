import { describeTimelineEntry } from "@/lib/proposals/timeline/describe-timeline-entry";

// One sentence per audit log entry. Proposal events read as on the MSC's timeline (one
// wording site-wide); the team and admin kinds, which have no MSC page, are worded here.

export type AuditFacts = { kind: string; actor: string | null; data: Record<string, unknown> };

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

function describeCorrection(data: Record<string, unknown>): string {
  const from = text(data.from) ?? "unknown";
  const to = text(data.to) ?? "unknown";
  switch (data.what) {
    case "position":
      return `Corrected ${text(data.member) ?? "a member"}'s position from ${from} to ${to}`;
    case "concern":
      return `Marked the concern “${text(data.text) ?? "(no text)"}” ${to} (was ${from})`;
    case "round":
      return `Closed the ${from} FCP round as ${to}`;
    default:
      return "Corrected FCP data";
  }
}

export function describeAuditEvent({ kind, actor, data }: AuditFacts): string {
  const login = text(data.login) ?? "someone";
  switch (kind) {
    case "team.joined":
      return `${login} joined the Spec Core Team`;
    case "team.left":
      return `${login} left the Spec Core Team`;
    case "team.sync":
      return data.readable === true
        ? "The GitHub team became readable: membership now comes from GitHub"
        : "The GitHub team could not be read: the admins' member list is now the record";
    case "admin.granted":
      return `${login} was made an admin`;
    case "admin.revoked":
      return `${login} is no longer an admin`;
    case "admin.corrected":
      return describeCorrection(data);
    case "notify.webhook.registered":
      return `Registered the outbound webhook ${text(data.url) ?? "(no URL)"}`;
    case "notify.webhook.deactivated":
      return `Switched off the outbound webhook ${text(data.url) ?? "(no URL)"}`;
    case "notify.webhook.reactivated":
      return `Switched on the outbound webhook ${text(data.url) ?? "(no URL)"}`;
    case "notify.webhook.deleted":
      return `Deleted the outbound webhook ${text(data.url) ?? "(no URL)"}`;
    case "vote.cast":
      // The member whose position it is; the actor may be whoever recorded it.
      return describeTimelineEntry({ kind, actor: text(data.member) ?? actor, data });
    default:
      return describeTimelineEntry({ kind, actor, data });
  }
}

/** The reason recorded with a hand-made change (admin actions, web membership edits), if any. */
export function reasonOf(data: Record<string, unknown>): string | null {
  return text(data.reason);
}
