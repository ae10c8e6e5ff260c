import type { FcpDispositionName } from "../fcp/fcp-dto";

/** One MSC in, or proposed for, FCP, as the home and /fcp pages list it: a plain object. */
export type FcpEntryDto = {
  number: number;
  title: string;
  phase: "active" | "proposed";
  /**
   * False when only the MSC's labels say it is in FCP: an FCP run out of band, or data
   * from the snapshot, which carries no mscbot comments. Progress is then null.
   */
  has_record: boolean;
  disposition: FcpDispositionName | null;
  proposed_by: string | null;
  proposed_at: string | null;
  started_at: string | null;
  ends_at: string | null;
  /** fcpProgress's summary, "7 of 8 approvals, 1 open concern", as the MSC page says it. */
  progress: string | null;
  open_concerns: string[];
  /** Members counted now who have taken no position yet, alphabetical. */
  not_voted: string[];
  /** Members who have taken a position (approve, abstain or recuse). */
  positioned: string[];
};

/** Both FCP lists of the pages: running rounds by end, soonest first; proposed ones oldest first. */
export type FcpOverviewDto = { active: FcpEntryDto[]; proposed: FcpEntryDto[] };
