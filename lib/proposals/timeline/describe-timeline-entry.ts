import { formatDateTime } from "@/lib/format/describe-countdown";

/** What a sentence needs to know about one timeline entry. */
export type TimelineFacts = {
  kind: string;
  actor: string | null;
  data: Record<string, unknown>;
};

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const quoted = (value: unknown) => `“${text(value) ?? "(no text)"}”`;
const fcp = (data: Record<string, unknown>) => (text(data.disposition) ? `FCP to ${data.disposition}` : "FCP");
// "proposed-fcp" -> "proposed FCP": the derived status names, read aloud.
const statusWords = (value: unknown) => (text(value) ?? "unknown").replace(/-/g, " ").replace(/\bfcp\b/g, "FCP");
// The site's one date format ("7 Jan 2026, 00:00 UTC"), as the rest of the page shows times.
const minute = (value: unknown) =>
  text(value) && !Number.isNaN(Date.parse(String(value))) ? formatDateTime(String(value)) : null;

function describeVote(who: string, data: Record<string, unknown>): string {
  switch (data.position) {
    case "approve":
      return `${who} approved the ${fcp(data)}`;
    case "abstain":
      return `${who} abstained on the ${fcp(data)}`;
    case "recuse":
      return `${who} recused themselves from the ${fcp(data)}`;
    default:
      // mscbot records an unticked box as "none": for a member who had approved, a withdrawal.
      return data.previous_position === "approve"
        ? `${who} withdrew their approval of the ${fcp(data)}`
        : `${who} cleared their vote on the ${fcp(data)}`;
  }
}

/**
 * One plain-language sentence for a timeline entry, e.g. "richvdh approved the FCP to
 * merge". The actor is left out when unknown (mscbot's status comment does not say who
 * raised or resolved a concern, and stores "unknown").
 */
export function describeTimelineEntry({ kind, actor, data }: TimelineFacts): string {
  const who = actor && actor !== "unknown" ? actor : null;
  switch (kind) {
    case "label.added":
      return who ? `${who} added the label ${quoted(data.label)}` : `The label ${quoted(data.label)} was added`;
    case "label.removed":
      return who ? `${who} removed the label ${quoted(data.label)}` : `The label ${quoted(data.label)} was removed`;
    case "status.changed":
      return `The status changed from ${statusWords(data.from)} to ${statusWords(data.to)}`;
    case "fcp.proposed":
      return who ? `${who} proposed ${fcp(data)}` : `${fcp(data)} was proposed`;
    case "fcp.started": {
      // fcp-import writes endsAt; rounds without an event give ends_at.
      const ends = minute(data.ends_at ?? data.endsAt);
      return ends ? `${fcp(data)} started; it ends ${ends}` : `${fcp(data)} started`;
    }
    case "fcp.finished":
      return `${fcp(data)} finished`;
    case "fcp.cancelled":
      return who ? `${who} cancelled the ${fcp(data)}` : `The ${fcp(data)} was cancelled`;
    case "vote.cast":
      return describeVote(who ?? "A team member", data);
    case "concern.raised":
      return who ? `${who} raised a concern: ${quoted(data.text)}` : `A concern was raised: ${quoted(data.text)}`;
    case "concern.resolved":
      return who ? `${who} resolved the concern ${quoted(data.text)}` : `The concern ${quoted(data.text)} was resolved`;
    default:
      // Kinds added later still read as a sentence rather than disappearing.
      return who ? `${kind} by ${who}` : kind;
  }
}
