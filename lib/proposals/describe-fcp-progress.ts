import type { FcpPhase } from "../fcp/fcp-dto";
import type { FcpProgress } from "../fcp/fcp-progress";

// Wording for the counts lib/fcp/fcp-progress.ts computes; the rules live there.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Needs 2 more approvals" / "Has the 8 approvals it needs": where a round stands on votes. */
export function describeApprovals(progress: Pick<FcpProgress, "required" | "needed">): string {
  if (progress.needed > 0) return `Needs ${plural(progress.needed, "more approval", "more approvals")}`;
  return `Has the ${plural(progress.required, "approval", "approvals")} it needs`;
}

/**
 * A proposed FCP cannot start while a concern is open; a running one cannot conclude
 * (MSC-PROCESS.md). Null when nothing blocks.
 */
export function describeBlockingConcerns(progress: Pick<FcpProgress, "blockedBy">, phase: FcpPhase): string | null {
  if (progress.blockedBy === 0) return null;
  if (phase === "active")
    return `Cannot conclude while ${plural(progress.blockedBy, "open concern remains", "open concerns remain")}`;
  return `Blocked by ${plural(progress.blockedBy, "open concern", "open concerns")}`;
}
