import { formatDate } from "@/lib/format/describe-age";
import { STATUS_LABELS, STATUSES, type Status } from "@/lib/proposals/status";
import type { FeedEvent } from "./feed-event";

export type EventText = { title: string; summary: string };

/** A status name for people; a value this build does not know is shown as stored. */
function statusLabel(value: unknown): string {
  if (typeof value !== "string") return "unknown";
  return (STATUSES as readonly string[]).includes(value) ? STATUS_LABELS[value as Status] : value;
}

function field(data: unknown, key: string): string | null {
  if (typeof data !== "object" || data === null) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" && value !== "" ? value : null;
}

/** "Sliding Sync" for "MSC4543: Sliding Sync": most titles repeat the number the text already names. */
export function shortTitle(number: number, title: string): string {
  const rest = title.replace(new RegExp(`^\\s*MSC\\s*${number}\\s*[:-]?\\s*`, "i"), "");
  return rest === "" ? title : rest;
}

/** "6 Oct 2026, 12:00 UTC": FCP times are UTC in the process (mscbot counts in UTC). */
export function formatUtc(date: Date): string {
  return `${formatDate(date.toISOString())}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** The plain-text title and summary of one feed entry. */
export function describeFeedEvent(event: FeedEvent): EventText {
  const msc = `MSC${event.proposalNumber}`;
  const about = `${msc}: ${shortTitle(event.proposalNumber, event.proposalTitle)}.`;
  const by = event.actorLogin ? ` by @${event.actorLogin}` : "";
  const disposition = field(event.data, "disposition") ?? event.disposition;
  const to = disposition ? ` to ${disposition}` : "";

  switch (event.kind) {
    case "status.changed": {
      const from = field(event.data, "from");
      const target = statusLabel(field(event.data, "to"));
      // storeIssues records `from: null` when it first sees an MSC.
      const title = from ? `${msc} moved from ${statusLabel(from)} to ${target}` : `${msc} entered as ${target}`;
      return { title, summary: `${about} Status: ${target}.` };
    }
    case "fcp.proposed":
      return { title: `${msc}: FCP proposed${to}`, summary: `${about} Final comment period proposed${to}${by}.` };
    case "fcp.started": {
      const endsAt = field(event.data, "endsAt");
      const ends = endsAt && !Number.isNaN(Date.parse(endsAt)) ? `, ends ${formatUtc(new Date(endsAt))}` : "";
      return {
        title: `${msc}: FCP started${to}${ends}`,
        summary: `${about} Final comment period started${to}${ends}.`,
      };
    }
    case "fcp.finished":
      return { title: `${msc}: FCP finished${to}`, summary: `${about} Final comment period finished${to}.` };
    case "fcp.cancelled": {
      const reason = field(event.data, "reason");
      const why = reason ? ` (${reason})` : "";
      return { title: `${msc}: FCP cancelled`, summary: `${about} Final comment period cancelled${by}${why}.` };
    }
    case "label.added":
    case "label.removed": {
      const label = field(event.data, "label") ?? "a label";
      const verb = event.kind === "label.added" ? "added" : "removed";
      return { title: `${msc}: label ${label} ${verb}`, summary: `${about} Label ${label} ${verb}${by}.` };
    }
    default:
      return { title: `${msc}: ${event.kind}`, summary: about };
  }
}
