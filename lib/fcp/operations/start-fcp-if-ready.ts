import "server-only";
import { fcpRulesFromEnv } from "../fcp-rules";
import { fcpEndsAt, readyToStart } from "../fcp-transitions";
import { isAppRun } from "../round-ownership";
import type { FcpRules } from "../to-fcp-round-dto";
import type { Db } from "./fcp-change";
import { lockRound } from "./load-round";
import { currentStatus, statusMoveEvent } from "./status-move";

/**
 * Starts the FCP when the threshold is reached against the current team and no concern
 * is open. Exactly once, however many callers and app instances try: the update only
 * matches a round not yet started (nor closed), so one caller wins and the rest change
 * nothing; the event's dedupe key stops a retry from logging the start twice.
 * Call it inside a transaction so the start and its event commit together. A round
 * imported from mscbot is never started here: GitHub's trail starts it (round-ownership.ts).
 */
export async function startFcpIfReady(
  db: Db,
  roundId: number,
  now: Date,
  rules: FcpRules = fcpRulesFromEnv(),
): Promise<boolean> {
  const { stored, dto } = await lockRound(db, roundId, rules);
  if (!isAppRun(stored) || !readyToStart(dto)) return false;
  // The end is stored at the start: the clock promised then must not move (schema.prisma).
  const endsAt = fcpEndsAt(now, rules.durationDays);
  const from = await currentStatus(db, stored.proposalNumber);
  const { count } = await db.fcpRound.updateMany({
    where: { id: roundId, startedAt: null, completedAt: null, cancelledAt: null },
    data: { startedAt: now, endsAt },
  });
  if (count !== 1) return false;
  const to = await currentStatus(db, stored.proposalNumber);
  // endsAt, as the mscbot importer writes it, so feeds and the timeline read one shape.
  await db.event.createMany({
    data: [
      {
        kind: "fcp.started",
        proposalNumber: stored.proposalNumber,
        fcpRoundId: roundId,
        at: now,
        source: "system",
        data: {
          disposition: dto.disposition,
          approvals: dto.approvals,
          required: dto.required,
          endsAt: endsAt.toISOString(),
        },
        dedupeKey: `fcp.started:round:${roundId}`,
      },
      ...statusMoveEvent({ from, to }, stored.proposalNumber, roundId, now).map((event) => ({
        ...event,
        source: "system" as const,
        dedupeKey: `status.changed:round:${roundId}:started`,
      })),
    ],
    skipDuplicates: true,
  });
  return true;
}
