import { COMMENTS_ADDED } from "@/lib/github/sync/comment-count-change";

// Which events a recipient hears about. The two levels: "significant only" is
// a proposal's status moves and its FCP steps; "every change" adds what leads up to
// them, the concerns and the votes, and new comments on GitHub (counted, not read).
// Label changes are not notified: every status move a label causes is its own
// status.changed event already.

export type NotifyLevel = "every" | "significant";

export const SIGNIFICANT_KINDS = [
  "status.changed",
  "fcp.proposed",
  "fcp.started",
  "fcp.finished",
  "fcp.cancelled",
] as const;

export const EVERY_KINDS = [
  ...SIGNIFICANT_KINDS,
  "concern.raised",
  "concern.resolved",
  "vote.cast",
  COMMENTS_ADDED,
] as const;

/** Whether a recipient at `level` is told about an event of `kind`. */
export function reaches(level: NotifyLevel, kind: string): boolean {
  const kinds: readonly string[] = level === "every" ? EVERY_KINDS : SIGNIFICANT_KINDS;
  return kinds.includes(kind);
}
