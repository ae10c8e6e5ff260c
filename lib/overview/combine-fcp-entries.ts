import { fcpProgress } from "../fcp/fcp-progress";
import type { Status } from "../proposals/status";
// A type-only import: erased at build, so this pure module stays off the server boundary.
import type { FcpRoundWithProposal } from "../fcp/list-fcp-rounds";
import type { FcpEntryDto, FcpOverviewDto } from "./fcp-entry";

/** An open MSC whose labels put it in FCP or proposed FCP. */
export type FcpLabelledProposal = { number: number; title: string; status: Status; labels: string[] };

const byLogin = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

function fromRound(round: FcpRoundWithProposal, title: string): FcpEntryDto {
  const progress = fcpProgress(round);
  return {
    number: round.proposal_number,
    title,
    phase: round.phase === "active" ? "active" : "proposed",
    has_record: true,
    disposition: round.disposition,
    proposed_by: round.proposed_by,
    proposed_at: round.proposed_at,
    started_at: round.started_at,
    ends_at: round.ends_at,
    progress: progress.summary,
    open_concerns: round.concerns.filter((c) => !c.resolved).map((c) => c.text),
    // Counted members only: a departed member's missing tick blocks nothing.
    not_voted: [...progress.waitingOn].sort(byLogin),
    positioned: round.roster.filter((b) => b.position !== "none").map((b) => b.login),
  };
}

function fromLabels(proposal: FcpLabelledProposal): FcpEntryDto {
  const disposition = proposal.labels.find((l) => l.startsWith("disposition-"))?.slice("disposition-".length);
  return {
    number: proposal.number,
    title: proposal.title,
    phase: proposal.status === "fcp" ? "active" : "proposed",
    has_record: false,
    disposition: disposition === "merge" || disposition === "close" || disposition === "postpone" ? disposition : null,
    proposed_by: null,
    proposed_at: null,
    started_at: null,
    ends_at: null,
    progress: null,
    open_concerns: [],
    not_voted: [],
    positioned: [],
  };
}

const time = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));

/**
 * Merges the two sources of "in FCP": open rounds on record, and MSCs whose labels say
 * FCP. A round is the better evidence (labels lag, or were never moved), so it decides
 * the phase; an MSC with FCP labels and no open round still appears, marked as having
 * no vote record, because the labels are all the evidence an out-of-band FCP leaves.
 */
export function combineFcpEntries(labelled: FcpLabelledProposal[], rounds: FcpRoundWithProposal[]): FcpOverviewDto {
  const titles = new Map(labelled.map((p) => [p.number, p.title]));
  const entries = new Map<number, FcpEntryDto>();
  // Oldest first, so that if an MSC somehow has two open rounds the newest one wins.
  const open = rounds.filter((r) => r.phase === "active" || r.phase === "proposed");
  for (const round of [...open].sort((a, b) => time(a.proposed_at) - time(b.proposed_at))) {
    entries.set(round.proposal_number, fromRound(round, titles.get(round.proposal_number) ?? round.proposal_title));
  }
  for (const proposal of labelled) {
    if ((proposal.status === "fcp" || proposal.status === "proposed-fcp") && !entries.has(proposal.number)) {
      entries.set(proposal.number, fromLabels(proposal));
    }
  }
  const all = [...entries.values()];
  const order = (key: (e: FcpEntryDto) => string | null) => (a: FcpEntryDto, b: FcpEntryDto) =>
    time(key(a)) - time(key(b)) || b.number - a.number;
  return {
    active: all.filter((e) => e.phase === "active").sort(order((e) => e.ends_at)),
    proposed: all.filter((e) => e.phase === "proposed").sort(order((e) => e.proposed_at)),
  };
}
