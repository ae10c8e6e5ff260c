import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

// The round's write-back row: the claim that keeps app instances sharing one database
// from writing the same round at once, and what has been written. Every update after
// the claim names the claimant, so an instance whose claim lapsed records nothing.

/** Long enough for one round's handful of requests at the client's timeout. */
const CLAIM_MS = 5 * 60_000;

export type WriteBackRow = {
  statusCommentId: bigint | null;
  statusBodyHash: string | null;
  startCommentId: bigint | null;
  endCommentId: bigint | null;
  attempts: number;
};

/**
 * Claims the round for this instance, or returns null when another holds it. One
 * conditional UPDATE: PostgreSQL re-checks the condition after waiting for a competing
 * claim, so exactly one instance wins.
 */
export async function claimRound(
  prisma: PrismaClient,
  roundId: number,
  instance: string,
  now: Date,
): Promise<WriteBackRow | null> {
  await prisma.gitHubWriteBack.createMany({ data: [{ fcpRoundId: roundId }], skipDuplicates: true });
  const { count } = await prisma.gitHubWriteBack.updateMany({
    where: { fcpRoundId: roundId, OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }] },
    data: { claimedUntil: new Date(now.getTime() + CLAIM_MS), claimedBy: instance },
  });
  if (count !== 1) return null;
  return prisma.gitHubWriteBack.findUniqueOrThrow({
    where: { fcpRoundId: roundId },
    select: { statusCommentId: true, statusBodyHash: true, startCommentId: true, endCommentId: true, attempts: true },
  });
}

export type WrittenFacts = Partial<
  Pick<WriteBackRow, "statusCommentId" | "statusBodyHash" | "startCommentId" | "endCommentId">
>;

/** Records a write the moment GitHub confirmed it, so a crash after it loses nothing. */
export async function recordWritten(
  prisma: PrismaClient,
  roundId: number,
  instance: string,
  facts: WrittenFacts,
): Promise<void> {
  await prisma.gitHubWriteBack.updateMany({ where: { fcpRoundId: roundId, claimedBy: instance }, data: facts });
}

/** GitHub shows the round as of `eventId` (or, in a dry run, its writes were logged). */
export async function recordSuccess(
  prisma: PrismaClient,
  roundId: number,
  instance: string,
  outcome: { eventId: bigint; dryRun: boolean; now: Date },
): Promise<void> {
  await prisma.gitHubWriteBack.updateMany({
    where: { fcpRoundId: roundId, claimedBy: instance },
    data: {
      ...(outcome.dryRun ? { dryRunEventId: outcome.eventId } : { reflectedEventId: outcome.eventId }),
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      lastSuccessAt: outcome.now,
      claimedUntil: null,
      claimedBy: null,
    },
  });
}

export async function recordFailure(
  prisma: PrismaClient,
  roundId: number,
  instance: string,
  failure: { attempts: number; message: string; retryAt: Date },
): Promise<void> {
  await prisma.gitHubWriteBack.updateMany({
    where: { fcpRoundId: roundId, claimedBy: instance },
    data: {
      attempts: failure.attempts,
      lastError: failure.message,
      nextAttemptAt: failure.retryAt,
      claimedUntil: null,
      claimedBy: null,
    },
  });
}
