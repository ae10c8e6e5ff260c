import type { TimelineEntryDto } from "../proposal-detail-dto";
import { describeTimelineEntry } from "./describe-timeline-entry";

export type LabelChangeFact = {
  labelName: string;
  action: string;
  actorLogin: string | null;
  at: Date;
  source: string;
};
export type EventFact = {
  kind: string;
  at: Date;
  actorLogin: string | null;
  source: string;
  data: unknown;
  fcpRoundId: number | null;
};
export type RoundFact = {
  id: number;
  disposition: string;
  proposedBy: string;
  proposedAt: Date;
  startedAt: Date | null;
  endsAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  source: string;
  /** Oldest first. */
  votes: { memberLogin: string; position: string; rationale: string | null; at: Date; source: string }[];
};
export type ConcernRowFact = {
  fcpRoundId: number | null;
  text: string;
  raisedBy: string;
  raisedAt: Date;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  source: string;
};
export type TimelineFacts = {
  labelChanges: LabelChangeFact[];
  events: EventFact[];
  rounds: RoundFact[];
  concerns: ConcernRowFact[];
};

type Draft = Omit<TimelineEntryDto, "at" | "text"> & { at: Date };
const FCP_KINDS = ["fcp.proposed", "fcp.started", "fcp.finished", "fcp.cancelled"] as const;
// Same instant: a round's proposal reads before its votes, its end after them, and a
// status move after the step that caused it (the FCP operations log both at one time).
const RANK: Record<string, number> = {
  "fcp.proposed": 0,
  "fcp.started": 2,
  "fcp.finished": 3,
  "fcp.cancelled": 3,
  "status.changed": 4,
};

/**
 * A proposal's timeline, oldest first, merged from label history, the event log, vote
 * rows and concern rows. Each fact appears once: votes and concerns come from their own
 * tables (the record of truth), so vote.* and concern.* events are skipped; an FCP
 * milestone comes from its event (one per kind and round: mscbot can report a
 * cancellation twice) or, when no event recorded it, from the round's stored times.
 */
export function buildTimeline(facts: TimelineFacts): TimelineEntryDto[] {
  const rounds = new Map(facts.rounds.map((r) => [r.id, r]));
  const drafts: Draft[] = facts.labelChanges.map((change) => ({
    kind: change.action === "removed" ? "label.removed" : "label.added",
    at: change.at,
    actor: change.actorLogin,
    source: change.source,
    data: { label: change.labelName },
  }));
  const milestones = new Map<string, Draft>();
  for (const event of facts.events) {
    if (event.kind.startsWith("vote.") || event.kind.startsWith("concern.")) continue;
    const data = asRecord(event.data);
    const round = event.fcpRoundId === null ? undefined : rounds.get(event.fcpRoundId);
    if (!event.kind.startsWith("fcp.") || !round) {
      drafts.push({ kind: event.kind, at: event.at, actor: event.actorLogin, source: event.source, data });
      continue;
    }
    const key = `${event.kind}:${round.id}`;
    const seen = milestones.get(key);
    if (seen) seen.actor ??= event.actorLogin;
    else milestones.set(key, milestone(event.kind, round, event.at, event.actorLogin, event.source, data));
  }
  for (const round of facts.rounds) {
    for (const kind of FCP_KINDS) {
      const at = milestoneTime(kind, round);
      if (at && !milestones.has(`${kind}:${round.id}`)) {
        milestones.set(
          `${kind}:${round.id}`,
          milestone(kind, round, at, milestoneActor(kind, round), round.source, {}),
        );
      }
    }
    drafts.push(...voteDrafts(round));
  }
  drafts.push(...milestones.values(), ...facts.concerns.flatMap((c) => concernDrafts(c, rounds)));
  drafts.sort((a, b) => a.at.getTime() - b.at.getTime() || (RANK[a.kind] ?? 1) - (RANK[b.kind] ?? 1));
  return drafts.map((d) => ({ ...d, at: d.at.toISOString(), text: describeTimelineEntry(d) }));
}

function asRecord(data: unknown): Record<string, unknown> {
  return data !== null && typeof data === "object" && !Array.isArray(data) ? { ...data } : {};
}

function milestoneTime(kind: (typeof FCP_KINDS)[number], round: RoundFact): Date | null {
  if (kind === "fcp.proposed") return round.proposedAt;
  if (kind === "fcp.started") return round.startedAt;
  if (kind === "fcp.finished") return round.completedAt;
  return round.cancelledAt;
}

function milestoneActor(kind: string, round: RoundFact): string | null {
  if (kind === "fcp.proposed") return round.proposedBy;
  return kind === "fcp.cancelled" ? round.cancelledBy : null;
}

/** Milestone data in one shape whichever writer recorded it (the importer says endsAt). */
function milestone(
  kind: string,
  round: RoundFact,
  at: Date,
  actor: string | null,
  source: string,
  raw: Record<string, unknown>,
): Draft {
  const data: Record<string, unknown> = { round_id: round.id, disposition: round.disposition };
  if (kind === "fcp.started") data.ends_at = round.endsAt?.toISOString() ?? raw.endsAt ?? raw.ends_at ?? null;
  if (kind === "fcp.cancelled") data.reason = round.cancelReason ?? raw.reason ?? null;
  return { kind, at, actor, source, data };
}

function voteDrafts(round: RoundFact): Draft[] {
  const previous = new Map<string, string>();
  return round.votes.map((vote) => {
    const key = vote.memberLogin.toLowerCase();
    const data = {
      round_id: round.id,
      disposition: round.disposition,
      position: vote.position,
      previous_position: previous.get(key) ?? null,
      rationale: vote.rationale,
    };
    previous.set(key, vote.position);
    return { kind: "vote.cast", at: vote.at, actor: vote.memberLogin, source: vote.source, data };
  });
}

function concernDrafts(concern: ConcernRowFact, rounds: Map<number, RoundFact>): Draft[] {
  const disposition = concern.fcpRoundId === null ? null : (rounds.get(concern.fcpRoundId)?.disposition ?? null);
  const data = { text: concern.text, round_id: concern.fcpRoundId, disposition };
  const known = (login: string | null) => (login === "unknown" ? null : login);
  const raised: Draft = {
    kind: "concern.raised",
    at: concern.raisedAt,
    actor: known(concern.raisedBy),
    source: concern.source,
    data,
  };
  if (!concern.resolvedAt) return [raised];
  const resolved = {
    kind: "concern.resolved",
    at: concern.resolvedAt,
    actor: known(concern.resolvedBy),
    source: concern.source,
    data,
  };
  return [raised, resolved];
}
