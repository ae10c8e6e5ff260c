import { STAGE_LABEL, type Disposition, type FcpStage } from "./fcp-stage";
import type { Rng } from "./prng";
import type { ThreadRecord } from "./source-records";

// Labels for threads whose real label set is unknown, drawn to match the threads whose
// labels are known (mscs.json: 53 such MSCs) and the process rules of MSC-PROCESS.md.

export type InferenceInput = {
  record: ThreadRecord;
  draft: boolean;
  createdAtMs: number;
  /** The FCP stage mscbot's real comments prove, if any. */
  commentStage: FcpStage;
  commentDisposition: Disposition | null;
};

const KIND_LABELS_FROM = Date.parse("2020-01-01T00:00:00Z");
const IN_REVIEW_DROPPED = Date.parse("2022-07-01T00:00:00Z");

const AREA_LABELS = [
  ["client-server", 10],
  ["e2e", 4],
  ["push", 2],
  ["room-spec", 3],
  ["server-server", 3],
  ["application services", 1],
  ["identity service", 1],
  ["requires-room-version", 1],
] as const;

export function inferLabels(input: InferenceInput, rng: Rng): string[] {
  const { record } = input;
  if (!record.isMsc) {
    if (record.kind === "pull") return [];
    return rng.chance(0.4)
      ? [
          rng.weighted([
            ["clarification", 4],
            ["improvement", 3],
            ["process", 1],
          ] as const),
        ]
      : [];
  }
  if (/^MSC(x{4}|0{4})\b/i.test(record.title) && record.state === "open" && rng.chance(0.5)) {
    return ["action-required", "proposal-placeholder"];
  }
  const labels = new Set<string>(["proposal"]);
  if (input.createdAtMs >= KIND_LABELS_FROM && rng.chance(0.85)) {
    labels.add(
      rng.weighted([
        ["kind:core", 40],
        ["kind:feature", 25],
        ["kind:maintenance", 35],
      ] as const),
    );
  }
  if (input.createdAtMs < IN_REVIEW_DROPPED && rng.chance(0.25)) labels.add("proposal-in-review");
  if (rng.chance(0.3)) labels.add(rng.weighted(AREA_LABELS));
  for (const label of outcomeLabels(input, rng)) labels.add(label);
  return [...labels].sort();
}

function outcomeLabels(input: InferenceInput, rng: Rng): string[] {
  const { record, commentStage, commentDisposition } = input;
  if (commentStage !== "none") return labelsForStage(commentStage, commentDisposition ?? "merge", rng);
  if (record.state === "merged") {
    const labels = rng.chance(0.9) ? ["finished-final-comment-period"] : [];
    if (labels.length && rng.chance(0.2)) labels.push("disposition-merge");
    if (rng.chance(0.05)) labels.push("merged");
    return labels;
  }
  if (record.state === "closed") {
    const outcome = rng.weighted([
      ["none", 40],
      ["obsolete", 25],
      ["abandoned", 15],
      ["rejected", 8],
      ["fcp-close", 8],
      ["stale-proposed", 4],
    ] as const);
    if (outcome === "none") return [];
    if (outcome === "fcp-close") return ["disposition-close", STAGE_LABEL.finished];
    if (outcome === "stale-proposed") return ["disposition-merge", STAGE_LABEL.proposed];
    return [outcome];
  }
  // Open: drafts rarely carry a state label; the rest are mostly in review.
  const extra = rng.chance(0.25) ? ["needs-implementation"] : [];
  if (input.draft) return extra;
  const stage = rng.weighted([
    ["none", 80],
    ["proposed", 8],
    ["started", 3],
    ["finished", 4],
    ["postponed", 2],
    ["abandoned", 2],
    ["rejected", 1],
  ] as const);
  if (stage === "postponed") return [...extra, "proposal-postponed"];
  if (stage === "abandoned" || stage === "rejected") return [...extra, stage];
  if (stage === "none") return extra;
  return [
    ...extra,
    ...labelsForStage(
      stage,
      rng.weighted([
        ["merge", 8],
        ["close", 1],
        ["postpone", 1],
      ] as const),
      rng,
    ),
  ];
}

function labelsForStage(stage: FcpStage, disposition: Disposition, rng: Rng): string[] {
  if (stage === "none") return [];
  if (stage === "finished") {
    const labels: string[] = [STAGE_LABEL.finished];
    if (disposition === "postpone") labels.push("proposal-postponed");
    if (disposition === "merge" && rng.chance(0.2)) labels.push("disposition-merge");
    return labels;
  }
  return [STAGE_LABEL[stage], `disposition-${disposition}`];
}
