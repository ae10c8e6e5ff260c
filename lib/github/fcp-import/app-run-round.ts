import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { APP_RUN_SOURCE } from "@/lib/fcp/round-ownership";

type Tx = Prisma.TransactionClient;

/**
 * The app-run round of an MSC that was open at `at` (proposed by then, not yet closed),
 * if any. mscbot commands written while it was open are about it: the app keeps that
 * round's record (round-ownership.ts), so the importer applies them to it, once.
 */
export function findAppRoundOpenAt(tx: Tx, proposalNumber: number, at: Date) {
  return tx.fcpRound.findFirst({
    where: {
      proposalNumber,
      source: APP_RUN_SOURCE,
      proposedAt: { lte: at },
      AND: [
        { OR: [{ cancelledAt: null }, { cancelledAt: { gt: at } }] },
        { OR: [{ completedAt: null }, { completedAt: { gt: at } }] },
      ],
    },
    orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
    select: { id: true, cancelledAt: true, completedAt: true },
  });
}
