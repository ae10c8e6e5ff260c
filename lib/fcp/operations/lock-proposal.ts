import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import type { Db } from "./fcp-change";

/**
 * Takes the proposal's row lock for the rest of the transaction, or refuses with a 404.
 * Every FCP write on one MSC takes it first, so they run one after another even across
 * app instances: the vote that reaches the threshold always sees the votes committed
 * before it (without the lock, two last votes at once could each see the other missing
 * and neither start the FCP), and "one open round per MSC" holds. PGlite has a single
 * connection, so there the writes are serial anyway.
 */
export async function lockProposal(db: Db, proposalNumber: number): Promise<void> {
  const rows = await db.$queryRaw<{ number: number }[]>`
    SELECT number FROM proposals WHERE number = ${proposalNumber} FOR UPDATE`;
  if (rows.length === 0) throw new ActionError(404, `MSC${proposalNumber} is not tracked here.`);
}
