import type { SyncSummary } from "./run-sync";

/** The one-paragraph account of a sync that `npm run sync` and the server log print. */
export function formatSyncSummary(summary: SyncSummary): string {
  const quota =
    summary.rateLimitRemaining === null
      ? ""
      : `; rate limit left: ${summary.rateLimitRemaining}` +
        (summary.rateLimitResetAt ? ` (resets ${summary.rateLimitResetAt.toISOString().replace(".000Z", "Z")})` : "");
  const lines = [
    `Sync ${summary.outcome}: ${summary.added} MSCs added, ${summary.changed} changed, ` +
      `${summary.labelEvents} label changes, ${summary.fcpRecords} FCP records.`,
    `GitHub requests: ${summary.requests} (${summary.notModified} answered 304 Not Modified)${quota}.`,
  ];
  if (summary.team === "unreadable")
    lines.push("The SCT team is not readable with this token; the app's own member list is used.");
  if (summary.error) lines.push(summary.error);
  return lines.join("\n");
}
