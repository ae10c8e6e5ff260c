import type { FcpPhase } from "./fcp-dto";

export type RoundTimes = {
  startedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
};

/**
 * A round's phase is derived from its stored times, never stored itself. A cancellation
 * wins over everything (a running FCP can be cancelled), then completion, then start.
 */
export function roundPhase(times: RoundTimes): FcpPhase {
  if (times.cancelledAt) return "cancelled";
  if (times.completedAt) return "finished";
  if (times.startedAt) return "active";
  return "proposed";
}

/** Still open: votes and concerns can change its outcome. */
export function isOpenPhase(phase: FcpPhase): boolean {
  return phase === "proposed" || phase === "active";
}

/** When a closed round closed: the moment its team is judged at. Null while open. */
export function roundEndedAt(times: RoundTimes): Date | null {
  return times.cancelledAt ?? times.completedAt ?? null;
}
