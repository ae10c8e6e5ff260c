import "server-only";
import type { FcpRules } from "../to-fcp-round-dto";
import type { Db } from "./fcp-change";
import { completeFcpIfDue } from "./complete-fcp-if-due";
import { startFcpIfReady } from "./start-fcp-if-ready";

export type Advance = { started: boolean; finished: boolean };

/**
 * After anything that can unblock a round (a position, a resolved concern): start it if
 * ready, or, when it is running past its end and was held only by concerns, conclude it.
 */
export async function advanceRound(db: Db, roundId: number, now: Date, rules?: FcpRules): Promise<Advance> {
  if (await startFcpIfReady(db, roundId, now, rules)) return { started: true, finished: false };
  return { started: false, finished: await completeFcpIfDue(db, roundId, now, rules) };
}
