import type { Disposition, FcpStage } from "./fcp-stage";
import type { Rng } from "./prng";
import { sctRosterAt } from "./repository";
import { DAY_MS, HOUR_MS } from "./time";

// When each FCP step happened. Real mscbot comments fix the times they show; the rest
// follow the process: FCP starts days or weeks after the proposal, and mscbot ends it
// 5 days and 10 seconds after it started (MSC-PROCESS.md).

export const FCP_DURATION_MS = 5 * DAY_MS + 10_000;

export type FcpTimeline = {
  stage: FcpStage;
  disposition: Disposition;
  proposer: string;
  proposedAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
};

export type FcpTimelineInput = {
  stage: FcpStage;
  disposition: Disposition;
  proposer: string | null;
  anchors: { proposal?: number; started?: number; finished?: number };
  createdAtMs: number;
  /** FCP steps happen before this: the merge, the close, or the snapshot. */
  deadlineMs: number;
  /** An open thread still in FCP started less than 5 days before the snapshot. */
  stillRunning: boolean;
};

export function planFcpTimeline(input: FcpTimelineInput, rng: Rng): FcpTimeline | null {
  const { stage, anchors } = input;
  if (stage === "none") return null;
  const lo = input.createdAtMs + DAY_MS;
  const hi = Math.max(lo + 7 * DAY_MS, input.deadlineMs - HOUR_MS);
  const reviewMs = () => rng.int(2, 30) * DAY_MS + rng.int(0, 23) * HOUR_MS;
  let proposedAt = anchors.proposal ?? null;
  let startedAt = anchors.started ?? null;
  let finishedAt = anchors.finished ?? null;
  if (stage === "finished") {
    finishedAt ??= startedAt !== null ? startedAt + FCP_DURATION_MS : hi - rng.int(0, 20) * DAY_MS;
    startedAt ??= finishedAt - FCP_DURATION_MS;
    proposedAt ??= startedAt - reviewMs();
  } else if (stage === "started") {
    startedAt ??= input.stillRunning ? hi - rng.int(1, 4 * 24) * HOUR_MS : hi - rng.int(6, 60) * DAY_MS;
    proposedAt ??= startedAt - reviewMs();
  } else {
    proposedAt ??= hi - rng.int(1, 120) * DAY_MS;
  }
  // Generated times must stay after the thread was opened; real anchors are kept as they are.
  if (proposedAt < lo && anchors.proposal === undefined) {
    const shift = lo - proposedAt;
    proposedAt = lo;
    if (startedAt !== null && anchors.started === undefined) startedAt = Math.min(startedAt + shift, hi);
    if (finishedAt !== null && anchors.finished === undefined && startedAt !== null) {
      finishedAt = startedAt + FCP_DURATION_MS;
    }
  }
  const proposer = input.proposer ?? rng.pick(sctRosterAt(proposedAt));
  return {
    stage,
    disposition: input.disposition,
    proposer,
    proposedAt,
    startedAt: startedAt === null ? null : Math.max(startedAt, proposedAt + 60_000),
    finishedAt,
  };
}
