import type { FcpRoundDto } from "../fcp/fcp-dto";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "needs 2 more approvals" / "has the 8 approvals it needs": where a round stands on votes. */
export function describeApprovals(fcp: Pick<FcpRoundDto, "required" | "approvals">): string {
  const missing = fcp.required - fcp.approvals;
  if (missing > 0) return `Needs ${plural(missing, "more approval", "more approvals")}`;
  return `Has the ${plural(fcp.required, "approval", "approvals")} it needs`;
}

/**
 * A proposed FCP cannot start while a concern is open; a running one cannot conclude
 * (MSC-PROCESS.md). Null when nothing blocks.
 */
export function describeBlockingConcerns(fcp: Pick<FcpRoundDto, "open_concerns" | "phase">): string | null {
  if (fcp.open_concerns === 0) return null;
  if (fcp.phase === "active")
    return `Cannot conclude while ${plural(fcp.open_concerns, "open concern remains", "open concerns remain")}`;
  return `Blocked by ${plural(fcp.open_concerns, "open concern", "open concerns")}`;
}
