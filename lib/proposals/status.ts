// Derives one status for an MSC from stored facts. Pure: the same facts always give
// the same answer, so it is computed on read and never stored (see status.test.ts).

export const STATUSES = [
  "draft",
  "in-review",
  "proposed-fcp",
  "fcp",
  "fcp-finished",
  "spec-pr-missing",
  "spec-pr-in-review",
  "merged",
  "postponed",
  "abandoned",
  "obsolete",
  "rejected",
  "closed",
] as const;

export type Status = (typeof STATUSES)[number];

export type StatusFacts = {
  githubState: "open" | "closed";
  /** The proposal PR itself was merged into the proposals repository. */
  merged: boolean;
  draft: boolean;
  labels: readonly string[];
};

// Real label sets are messy (MSC-PROCESS.md): an MSC can carry two state labels, a
// closed PR can keep `proposed-final-comment-period`, a merged PR may lack `merged`.
// The precedence below takes the most final fact first:
//   1. obsolete, rejected, abandoned: an explicit end that overrides everything, even
//      `merged` (an accepted MSC later superseded is obsolete);
//   2. merged > spec-pr-in-review > spec-pr-missing: acceptance stages, furthest first;
//   3. proposal-postponed;
//   4. finished-final-comment-period, unless the PR was closed without merging (a
//      finished FCP to close ends as `closed`);
//   5. final-comment-period, then proposed-final-comment-period, only while the PR is
//      open: a closed PR that still carries them is `closed`;
//   6. no state label: a merged PR is `merged` (old MSCs predate the spec-PR labels),
//      a closed one `closed`, an open draft `draft`, anything else `in-review`.
const TERMINAL_LABELS: [string, Status][] = [
  ["obsolete", "obsolete"],
  ["rejected", "rejected"],
  ["abandoned", "abandoned"],
  ["merged", "merged"],
  ["spec-pr-in-review", "spec-pr-in-review"],
  ["spec-pr-missing", "spec-pr-missing"],
  ["proposal-postponed", "postponed"],
];

export function deriveStatus(facts: StatusFacts): Status {
  const labels = new Set(facts.labels);
  for (const [label, status] of TERMINAL_LABELS) if (labels.has(label)) return status;

  const closedUnmerged = facts.githubState === "closed" && !facts.merged;
  if (labels.has("finished-final-comment-period")) return closedUnmerged ? "closed" : "fcp-finished";
  if (facts.githubState === "open") {
    if (labels.has("final-comment-period")) return "fcp";
    if (labels.has("proposed-final-comment-period")) return "proposed-fcp";
  }
  if (facts.merged) return "merged";
  if (facts.githubState === "closed") return "closed";
  return facts.draft ? "draft" : "in-review";
}

/** Text for each status, for people: status is never shown by colour alone. */
export const STATUS_LABELS: Record<Status, string> = {
  draft: "Drafting",
  "in-review": "In review",
  "proposed-fcp": "Proposed FCP",
  fcp: "Final comment period",
  "fcp-finished": "FCP finished",
  "spec-pr-missing": "Spec PR missing",
  "spec-pr-in-review": "Spec PR in review",
  merged: "Merged",
  postponed: "Postponed",
  abandoned: "Abandoned",
  obsolete: "Obsolete",
  rejected: "Rejected",
  closed: "Closed",
};
