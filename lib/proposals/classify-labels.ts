// Splits an MSC's labels into what the process uses them for. The process labels are
// fixed by the MSC process (MSC-PROCESS.md); every other repository label (the area
// vocabulary, which changes over the years) is treated as an area, never hard-coded.

const PROCESS_LABELS = new Set([
  "proposal",
  "proposal-placeholder",
  "proposal-in-review",
  "proposal-pr",
  "proposed-final-comment-period",
  "final-comment-period",
  "finished-final-comment-period",
  "spec-pr-missing",
  "spec-pr-in-review",
  "merged",
  "proposal-postponed",
  "abandoned",
  "obsolete",
  "rejected",
  "unresolved-concerns",
  "needs-implementation",
  "implementation-needs-checking",
  "action-required",
]);
const PROCESS_PREFIXES = ["disposition-", "kind:", "phase:"];

export type LabelClasses = { kind: string | null; areas: string[] };

export function classifyLabels(labels: readonly string[]): LabelClasses {
  const kind = labels.find((l) => l.startsWith("kind:"))?.slice("kind:".length) ?? null;
  const areas = labels.filter((l) => !PROCESS_LABELS.has(l) && !PROCESS_PREFIXES.some((p) => l.startsWith(p)));
  return { kind, areas };
}
