import { STATUS_LABELS, STATUSES, type Status } from "../proposals/status";
import type { RecentChangeDto } from "./recent-change";

/** A logged event (status move or FCP transition) on one MSC. */
export type ChangeEvent = { number: number; title: string; kind: string; at: Date; data: unknown };

/** An MSC's own timestamps, the only history snapshot data has. */
export type ProposalTimes = {
  number: number;
  title: string;
  createdAt: Date | null;
  updatedAt: Date | null;
  closedAt: Date | null;
  mergedAt: Date | null;
  merged: boolean;
};

const isStatus = (value: unknown): value is Status => STATUSES.includes(value as Status);

/** One sentence for a logged event, or null for a kind the home page does not list. */
export function describeEvent(kind: string, data: unknown): string | null {
  const fields = (data ?? {}) as Record<string, unknown>;
  switch (kind) {
    case "status.changed": {
      const to = isStatus(fields.to) ? STATUS_LABELS[fields.to] : "an unknown status";
      return isStatus(fields.from) ? `moved from ${STATUS_LABELS[fields.from]} to ${to}` : `added as ${to}`;
    }
    case "fcp.proposed":
      return typeof fields.disposition === "string" ? `FCP to ${fields.disposition} proposed` : "FCP proposed";
    case "fcp.started":
      return "FCP started";
    case "fcp.finished":
      return "FCP finished";
    case "fcp.cancelled":
      return "FCP cancelled";
    default:
      return null;
  }
}

type Candidate = { number: number; title: string; at: Date; what: string; logged: boolean };

function timesOf(p: ProposalTimes): Candidate[] {
  const facts: [Date | null, string][] = [
    [p.createdAt, "opened"],
    [p.mergedAt, "merged"],
    [p.merged ? null : p.closedAt, "closed"],
    [p.updatedAt, "updated on GitHub"],
  ];
  return facts.flatMap(([at, what]) => (at ? [{ number: p.number, title: p.title, at, what, logged: false }] : []));
}

/**
 * The newest change per MSC, newest first. Logged events say most (which status moved
 * where), so they win a tie with the MSC's own timestamps, which GitHub moves for any
 * edit. The timestamps still count: snapshot data and MSCs loaded before the event log
 * existed have no events, and "opened" or "merged" is then the best there is.
 */
export function mergeRecentChanges(
  events: ChangeEvent[],
  proposals: ProposalTimes[],
  limit: number,
): RecentChangeDto[] {
  const candidates: Candidate[] = [
    ...events.flatMap((e) => {
      const what = describeEvent(e.kind, e.data);
      return what ? [{ number: e.number, title: e.title, at: e.at, what, logged: true }] : [];
    }),
    ...proposals.flatMap(timesOf),
  ];
  candidates.sort((a, b) => b.at.getTime() - a.at.getTime() || Number(b.logged) - Number(a.logged));
  const seen = new Set<number>();
  const changes: RecentChangeDto[] = [];
  for (const c of candidates) {
    if (changes.length >= limit) break;
    if (seen.has(c.number)) continue;
    seen.add(c.number);
    changes.push({ number: c.number, title: c.title, at: c.at.toISOString(), what: c.what });
  }
  return changes;
}
