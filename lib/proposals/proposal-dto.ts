import type { Status } from "./status";

/** One proposal in the JSON API's stable shape (README: JSON API). Times are ISO 8601 UTC. */
export type ProposalDto = {
  number: number;
  title: string;
  /** Derived on read; reflects an FCP round the app runs before GitHub's labels do. */
  status: Status;
  /** GitHub's labels as synced, never the app's overlay: what GitHub itself shows. */
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
