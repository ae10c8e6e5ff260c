import type { FcpRoundDto } from "../fcp/fcp-dto";
import type { ProposalDto } from "./proposal-dto";

/** One entry of a proposal's timeline: label changes, status moves, FCP events, votes, concerns. */
export type TimelineEntryDto = {
  /** Dotted kind: label.added, label.removed, status.changed, fcp.proposed, fcp.started,
   * fcp.finished, fcp.cancelled, vote.cast, concern.raised, concern.resolved. */
  kind: string;
  at: string;
  actor: string | null;
  /** Where the fact came from: snapshot, sync, webhook, web, mscbot, system. */
  source: string;
  /** One plain-language sentence, e.g. "richvdh approved the FCP to merge". */
  text: string;
  data: Record<string, unknown>;
};

/** GET /api/v1/proposals/{number}: P plus its FCP rounds and timeline (README: JSON API). */
export type ProposalDetailDto = ProposalDto & {
  /** The current round, or else the latest; null when the MSC never had one. */
  fcp: FcpRoundDto | null;
  /** Every round, oldest first. */
  fcp_history: FcpRoundDto[];
  /** The timeline, oldest first. */
  events: TimelineEntryDto[];
  /** Extra facts for the MSC page (not part of the list shape). */
  body: string | null;
  rendered_url: string | null;
  related_prs: number[];
  documentation: string[];
  shepherds: string[];
  proposal_date: string | null;
};
