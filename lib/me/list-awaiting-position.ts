import "server-only";
import type { Viewer } from "@/lib/auth/roles";
import type { PrismaClient } from "@/lib/db/generated/client";
import { listFcpRounds } from "@/lib/fcp/list-fcp-rounds";
import { awaitsPosition } from "@/lib/fcp/awaiting-position";
import { loginKey } from "@/lib/fcp/team-membership";
import type { AwaitingPosition } from "./me-dto";

/**
 * Open rounds (proposed or running) where the reader is on the current team and has
 * taken no position ("none" counts as none), longest waiting first. Only a member
 * owes positions: an open round's ballot falls back to its roster when no team is
 * known, and a former member named there owes nothing.
 */
export async function listAwaitingPosition(prisma: PrismaClient, viewer: Viewer): Promise<AwaitingPosition[]> {
  if (viewer.login === null || !viewer.isMember) return [];
  const me = loginKey(viewer.login);
  const rounds = await listFcpRounds({ phases: ["proposed", "active"] }, prisma);
  return rounds
    .filter((round) => round.roster.some((entry) => loginKey(entry.login) === me && awaitsPosition(entry)))
    .map((round) => ({
      number: round.proposal_number,
      title: round.proposal_title,
      roundId: round.id,
      disposition: round.disposition,
      phase: round.phase,
      approvals: round.approvals,
      required: round.required,
      openConcerns: round.open_concerns,
      proposedAt: round.proposed_at,
    }))
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.number - b.number);
}
