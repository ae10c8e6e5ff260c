import type { TimelineEntryDto } from "../proposal-detail-dto";

// The timeline's sentence says who did what; the audit trail also owes the reader why.
// A vote's rationale and a cancellation's reason ride in the entry's data (the JSON
// API's `data.rationale` and `data.reason`) and are shown beside the sentence.

export type TimelineDetail = { label: "Rationale" | "Reason"; text: string };

const words = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;

/** The why of an entry, when it has one: a vote's rationale, a cancellation's reason. */
export function timelineDetail(entry: Pick<TimelineEntryDto, "kind" | "data">): TimelineDetail | null {
  if (entry.kind === "vote.cast") {
    const text = words(entry.data.rationale);
    return text ? { label: "Rationale", text } : null;
  }
  if (entry.kind === "fcp.cancelled") {
    const text = words(entry.data.reason);
    return text ? { label: "Reason", text } : null;
  }
  return null;
}
