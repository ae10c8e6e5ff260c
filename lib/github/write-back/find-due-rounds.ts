import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

export type DueRound = { roundId: number; eventId: bigint };

/**
 * App-run rounds whose newest event is newer than what GitHub shows (or, in a dry run,
 * than what was last logged), not waiting out a back-off and not claimed by another
 * instance. Rounds imported from mscbot are on GitHub already and never written.
 * Reminders name a round but change nothing GitHub shows, so they never make it due.
 */
export async function findDueRounds(
  prisma: PrismaClient,
  { dryRun, now, limit = 50 }: { dryRun: boolean; now: Date; limit?: number },
): Promise<DueRound[]> {
  // Stored times are UTC without a zone; a zone-less text cast compares like with like
  // whatever the server's or the driver's time zone.
  const at = now.toISOString();
  const rows = await prisma.$queryRaw<{ round_id: number; event_id: bigint }[]>`
    SELECT r.id AS round_id, max(e.id) AS event_id
    FROM fcp_rounds r
    JOIN events e ON e.fcp_round_id = r.id AND e.kind NOT LIKE 'reminder.%'
    LEFT JOIN github_write_backs w ON w.fcp_round_id = r.id
    WHERE r.source = 'web'
      AND (w.next_attempt_at IS NULL OR w.next_attempt_at <= CAST(${at} AS timestamp(3)))
      AND (w.claimed_until IS NULL OR w.claimed_until <= CAST(${at} AS timestamp(3)))
    GROUP BY r.id, w.reflected_event_id, w.dry_run_event_id
    HAVING max(e.id) > COALESCE(CASE WHEN ${dryRun} THEN w.dry_run_event_id ELSE w.reflected_event_id END, 0)
    ORDER BY r.id
    LIMIT ${limit}`;
  return rows.map((row) => ({ roundId: Number(row.round_id), eventId: BigInt(row.event_id) }));
}
