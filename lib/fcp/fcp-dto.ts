// The FCP round in the JSON API's stable shape (README: JSON API) and on the pages.
// The fields the public-site issue names come first; the rest are additions pages need.

export type FcpDispositionName = "merge" | "close" | "postpone";
export type FcpPhase = "proposed" | "active" | "finished" | "cancelled";
export type PositionName = "approve" | "abstain" | "recuse" | "none";

export type BallotEntryDto = {
  login: string;
  position: PositionName;
  /** When the member took this position; null when they never did. */
  at: string | null;
  rationale: string | null;
  /** Counted towards the threshold: on the team now (for open rounds) and not recused. */
  counted: boolean;
  /** On the roster snapshotted when the round was proposed. */
  on_roster: boolean;
  /** On the SCT now (open rounds) or when the round ended (closed rounds). */
  on_team: boolean;
};

export type ConcernDto = {
  /** Names the concern to resolve: POST /api/v1/proposals/{number}/concerns/{id}/resolve. */
  id: number;
  text: string;
  raised_by: string;
  raised_at: string;
  resolved: boolean;
  resolved_by: string | null;
  resolved_at: string | null;
};

export type FcpRoundDto = {
  id: number;
  disposition: FcpDispositionName;
  phase: FcpPhase;
  proposed_by: string;
  proposed_at: string;
  started_at: string | null;
  ends_at: string | null;
  completed_at: string | null;
  /** Approvals needed: ceil(threshold % of the quorum base). */
  required: number;
  /** Counted approvals. */
  approvals: number;
  roster: BallotEntryDto[];
  concerns: ConcernDto[];
  /** Members counted in the quorum: the team less recusals. */
  quorum_base: number;
  open_concerns: number;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  /** Proposed on this site: the tracker starts and finishes it; otherwise it follows mscbot on GitHub. */
  run_here: boolean;
};
