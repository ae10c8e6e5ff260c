import type { Status } from "./status";

/** One proposal in the JSON API's stable shape (README: JSON API). Times are ISO 8601 UTC. */
export type ProposalDto = {
  number: number;
  title: string;
  status: Status;
  labels: string[];
  state: "open" | "closed" | "merged";
  draft: boolean;
  author: string | null;
  authors: string[];
  shepherd: string | null;
  kind: string | null;
  areas: string[];
  url: string;
  created_at: string | null;
  updated_at: string | null;
  closed_at: string | null;
  merged_at: string | null;
};
