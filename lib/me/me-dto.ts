import type { FcpDispositionName, FcpPhase } from "@/lib/fcp/fcp-dto";
import type { Status } from "@/lib/proposals/status";

/** An open FCP round still waiting for the reader's position. */
export type AwaitingPosition = {
  number: number;
  title: string;
  roundId: number;
  disposition: FcpDispositionName;
  phase: FcpPhase;
  approvals: number;
  required: number;
  openConcerns: number;
  /** When the round was proposed: how long it has waited. */
  proposedAt: string;
};

export type MyConcern = {
  number: number;
  title: string;
  text: string;
  raisedAt: string;
  resolved: boolean;
  resolvedBy: string | null;
  resolvedAt: string | null;
};

export type FollowedProposal = {
  number: number;
  title: string;
  status: Status;
  followedAt: string;
  /** The saved search's name when one followed it; null when followed by hand. */
  viaSearch: string | null;
};
