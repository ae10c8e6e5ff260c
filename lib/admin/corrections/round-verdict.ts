import "server-only";
import type { ResourceVerdict, Tx } from "@/lib/auth/run-action";

/** The round exists and is one of this MSC's: a form naming another MSC's round is stale or forged. */
export async function roundOfProposalVerdict(
  tx: Tx,
  proposalNumber: number,
  roundId: number,
): Promise<ResourceVerdict> {
  const round = await tx.fcpRound.findUnique({ where: { id: roundId }, select: { proposalNumber: true } });
  return round?.proposalNumber === proposalNumber
    ? true
    : { status: 404, message: `MSC${proposalNumber} has no FCP round ${roundId}.` };
}
