import type { Status } from "./status";

/** What a list of proposals shows for one MSC: a plain object, safe to hand to components. */
export type ProposalSummary = {
  number: number;
  title: string;
  status: Status;
  author: string | null;
  labels: string[];
  createdAt: string | null;
  mergedAt: string | null;
};
