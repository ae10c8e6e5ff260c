import "server-only";
import { fcpRulesFromEnv } from "../fcp-rules";
import { readyToConclude } from "../fcp-transitions";
import { isAppRun } from "../round-ownership";
import type { FcpRules } from "../to-fcp-round-dto";
import type { Db } from "./fcp-change";
import { lockRound } from "./load-round";
import { currentStatus, statusMoveEvent } from "./status-move";

/**
 * Concludes a running FCP once its stored end has passed and no concern is open (a
 * concern raised during FCP holds the conclusion without moving the end). "Is it over"
 * is read from stored times whenever asked, never from a timer. Exactly once, as
 * startFcpIfReady: a conditional update one caller wins, and a dedupe-keyed event.
 * Only app-run rounds: mscbot's end comment concludes an imported one (round-ownership.ts).
 */
export async function completeFcpIfDue(
  db: Db,
  roundId: number,
  now: Date,
  rules: FcpRules = fcpRulesFromEnv(),
): Promise<boolean> {
  const { stored, dto } = await lockRound(db, roundId, rules);
  if (!isAppRun(stored) || !readyToConclude(dto, now)) return false;
  const from = await currentStatus(db, stored.proposalNumber);
  const { count } = await db.fcpRound.updateMany({
    where: { id: roundId, startedAt: { not: null }, endsAt: { lte: now }, completedAt: null, cancelledAt: null },
    data: { completedAt: now },
  });
  if (count !== 1) return false;
  const to = await currentStatus(db, stored.proposalNumber);
  await db.event.createMany({
    data: [
      {
        kind: "fcp.finished",
        proposalNumber: stored.proposalNumber,
        fcpRoundId: roundId,
        at: now,
        source: "system",
        data: { disposition: dto.disposition, endsAt: dto.ends_at },
        dedupeKey: `fcp.finished:round:${roundId}`,
      },
      ...statusMoveEvent({ from, to }, stored.proposalNumber, roundId, now).map((event) => ({
        ...event,
        source: "system" as const,
        dedupeKey: `status.changed:round:${roundId}:finished`,
      })),
    ],
    skipDuplicates: true,
  });
  return true;
}
