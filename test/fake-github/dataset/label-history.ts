import { STAGE_LABEL } from "./fcp-stage";
import type { FcpTimeline } from "./fcp-timeline";
import type { Rng } from "./prng";
import { sctRosterAt } from "./repository";
import { DAY_MS, HOUR_MS, clamp } from "./time";

// A label history that ends in the thread's current labels: each label is added at a
// plausible moment, FCP labels move as mscbot moves them (propose, start, finish), and
// some threads get a label that was added and later removed. A final replay checks the
// history and repairs it, so the events always reproduce the current label set.

export type LabelChange = { atMs: number; action: "labeled" | "unlabeled"; label: string; actor: string };

export type LabelHistoryInput = {
  finalLabels: readonly string[];
  createdAtMs: number;
  closedAtMs: number | null;
  mergedAtMs: number | null;
  snapshotMs: number;
  fcp: FcpTimeline | null;
  /** mscbot moved the FCP labels; otherwise an SCT member did (an "out of band" FCP). */
  botDriven: boolean;
  isMsc: boolean;
};

const POST_FCP = ["spec-pr-missing", "spec-pr-in-review", "merged"];
const OUTCOMES = ["obsolete", "abandoned", "rejected", "proposal-postponed"];
const NOISE = ["needs-implementation", "unresolved-concerns", "implementation-needs-checking", "spec-pr-missing"];

export function planLabelHistory(input: LabelHistoryInput, rng: Rng): LabelChange[] {
  const final = new Set(input.finalLabels);
  const first = input.createdAtMs + 60_000;
  const last = Math.max(first + HOUR_MS, input.closedAtMs ?? input.snapshotMs - HOUR_MS);
  const at = (ms: number) => clamp(Math.round(ms), first, input.snapshotMs - 60_000);
  const between = (lo: number, hi: number) => at(lo + rng.next() * Math.max(0, hi - lo));
  const triager = rng.pick(sctRosterAt(input.createdAtMs));
  const changes: LabelChange[] = [];
  const add = (ms: number, label: string, actor = triager) =>
    changes.push({ atMs: at(ms), action: "labeled", label, actor });
  const remove = (ms: number, label: string, actor = triager) =>
    changes.push({ atMs: at(ms), action: "unlabeled", label, actor });

  const fcp = input.fcp;
  const earlyEnd = Math.min(first + 45 * DAY_MS, fcp?.proposedAt ?? last, first + (last - first) / 2);
  const placed = new Set<string>();
  for (const label of ["proposal-placeholder", "action-required"]) {
    if (!final.has(label)) continue;
    add(first + rng.int(1, 60) * 60_000, label);
    placed.add(label);
  }
  if (final.has("proposal")) {
    add(first + rng.int(5, 3 * 24 * 60) * 60_000, "proposal");
    placed.add("proposal");
  }

  if (fcp?.proposedAt != null) {
    const actor = input.botDriven ? "mscbot" : fcp.proposer;
    const disposition = `disposition-${fcp.disposition}`;
    add(fcp.proposedAt + 5_000, disposition, actor);
    add(fcp.proposedAt + 6_000, STAGE_LABEL.proposed, actor);
    if (fcp.startedAt != null) {
      add(fcp.startedAt + 5_000, STAGE_LABEL.started, actor);
      if (!final.has(STAGE_LABEL.proposed)) remove(fcp.startedAt + 6_000, STAGE_LABEL.proposed, actor);
    }
    if (fcp.finishedAt != null) {
      add(fcp.finishedAt + 5_000, STAGE_LABEL.finished, actor);
      if (!final.has(STAGE_LABEL.started)) remove(fcp.finishedAt + 6_000, STAGE_LABEL.started, actor);
      if (!final.has(disposition)) remove(fcp.finishedAt + 7_000, disposition, actor);
    }
    for (const label of [disposition, ...Object.values(STAGE_LABEL)]) placed.add(label);
  }

  // Spec PR labels follow acceptance: after FCP ends and the proposal PR is merged.
  const postBase = Math.max(fcp?.finishedAt ?? first + DAY_MS, input.mergedAtMs ?? 0);
  const postEnd = Math.min(postBase + 300 * DAY_MS, input.snapshotMs - HOUR_MS);
  let cursor = postBase;
  for (const label of POST_FCP.filter((l) => final.has(l))) {
    cursor = between(cursor, postEnd);
    if (label === "merged" && !final.has("spec-pr-in-review") && rng.chance(0.5)) {
      const review = between(postBase, cursor);
      add(review, "spec-pr-in-review");
      remove(cursor, "spec-pr-in-review");
    }
    add(cursor + 1_000, label);
    placed.add(label);
  }

  for (const label of OUTCOMES.filter((l) => final.has(l))) {
    if (label === "proposal-postponed" && fcp?.finishedAt != null) add(fcp.finishedAt + rng.int(1, 60) * 60_000, label);
    else if (input.closedAtMs !== null) add(input.closedAtMs - rng.int(1, 120) * 60_000, label);
    else add(between(fcp?.finishedAt ?? first + 7 * DAY_MS, last), label);
    placed.add(label);
  }

  for (const label of final) if (!placed.has(label)) add(between(first + HOUR_MS, earlyEnd), label);

  if (input.isMsc && rng.chance(0.3)) {
    const candidates = NOISE.filter((l) => !final.has(l) && !placed.has(l));
    if (candidates.length > 0 && last - first > 4 * DAY_MS) {
      const label = rng.pick(candidates);
      const added = between(first + DAY_MS, last - 2 * DAY_MS);
      add(added, label);
      remove(between(added + HOUR_MS, Math.min(added + 60 * DAY_MS, last)), label);
    }
  }
  return repairHistory(changes, final, { last: at(last), triager, rng });
}

/** Drops changes that would not change anything, then adds or removes what is still off. */
function repairHistory(
  changes: LabelChange[],
  final: Set<string>,
  context: { last: number; triager: string; rng: Rng },
): LabelChange[] {
  changes.sort((a, b) => a.atMs - b.atMs);
  const current = new Set<string>();
  const kept: LabelChange[] = [];
  for (const change of changes) {
    const present = current.has(change.label);
    if ((change.action === "labeled") === present) continue;
    if (change.action === "labeled") current.add(change.label);
    else current.delete(change.label);
    kept.push(change);
  }
  const tail = Math.max(kept.at(-1)?.atMs ?? 0, context.last);
  for (const label of final) {
    if (!current.has(label)) kept.push({ atMs: tail, action: "labeled", label, actor: context.triager });
  }
  for (const label of current) {
    if (!final.has(label)) kept.push({ atMs: tail, action: "unlabeled", label, actor: context.triager });
  }
  return kept;
}

/** Replays a history: the label set it ends with (used by tests and the builder's self-check). */
export function replayLabels(changes: readonly Pick<LabelChange, "action" | "label">[]): Set<string> {
  const labels = new Set<string>();
  for (const change of changes) {
    if (change.action === "labeled") labels.add(change.label);
    else labels.delete(change.label);
  }
  return labels;
}
