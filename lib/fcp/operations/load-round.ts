import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import type { FcpRoundDto } from "../fcp-dto";
import {
  CONCERN_ORDER,
  CONCERN_SELECT,
  readTeamPeriods,
  ROUND_SELECT,
  toRoundDtos,
  type StoredRound,
} from "../fcp-round-rows";
import { fcpRulesFromEnv } from "../fcp-rules";
import type { FcpRules } from "../to-fcp-round-dto";
import type { Db } from "./fcp-change";
import { lockProposal } from "./lock-proposal";

export type LoadedRound = { stored: StoredRound; dto: FcpRoundDto };

/**
 * A round as the rules see it (phase, ballot against the current team, open concerns),
 * read after taking its proposal's lock so nothing changes it until the transaction
 * ends. Refuses with a 404 when there is no such round.
 */
export async function lockRound(db: Db, roundId: number, rules: FcpRules = fcpRulesFromEnv()): Promise<LoadedRound> {
  const head = await db.fcpRound.findUnique({ where: { id: roundId }, select: { proposalNumber: true } });
  if (!head) throw new ActionError(404, `There is no FCP round ${roundId}.`);
  await lockProposal(db, head.proposalNumber);
  const stored = await db.fcpRound.findUniqueOrThrow({ where: { id: roundId }, select: ROUND_SELECT });
  // One after the other: a transaction is one connection.
  const concerns = await db.concern.findMany({
    where: { proposalNumber: stored.proposalNumber },
    select: CONCERN_SELECT,
    orderBy: CONCERN_ORDER,
  });
  const team = await readTeamPeriods(db);
  return { stored, dto: toRoundDtos([stored], concerns, team, rules)[0]! };
}
