import type { Prisma } from "../db/generated/client";
import type { FcpPhase } from "./fcp-dto";

// The phase is derived (round-phase.ts), so a filter by phase is the same precedence
// written as SQL conditions on the stored times: cancelled, finished, active, proposed.
const PHASE_WHERE: Record<FcpPhase, Prisma.FcpRoundWhereInput> = {
  cancelled: { cancelledAt: { not: null } },
  finished: { cancelledAt: null, completedAt: { not: null } },
  active: { cancelledAt: null, completedAt: null, startedAt: { not: null } },
  proposed: { cancelledAt: null, completedAt: null, startedAt: null },
};

/** The rounds in any of the phases; no filter when phases is absent. */
export function phaseWhere(phases: FcpPhase[] | undefined): Prisma.FcpRoundWhereInput {
  if (phases === undefined) return {};
  return { OR: [...new Set(phases)].map((phase) => PHASE_WHERE[phase]) };
}
