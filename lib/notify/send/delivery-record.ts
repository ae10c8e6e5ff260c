import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Channel } from "../dispatch/plan-deliveries";
import type { FailureOutcome } from "./retry-schedule";

// The sender's side of a delivery row: the claim that keeps instances sharing one
// database from sending it at once, and the outcome. Every write after the claim names
// the claimant, so an instance whose claim lapsed records nothing over another's.

/** Far longer than one send at the clients' timeout. */
export const CLAIM_MS = 2 * 60_000;

const RETRYABLE = ["pending", "failed"] as const;

const open = (now: Date) => ({
  status: { in: [...RETRYABLE] },
  nextAttemptAt: { lte: now },
  OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }],
});

/** Ids of deliveries that may be sent now on these channels, the longest waiting first. */
export async function findDueDeliveries(prisma: PrismaClient, channels: Channel[], now: Date, limit = 50) {
  const rows = await prisma.delivery.findMany({
    where: { channel: { in: channels }, ...open(now) },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/**
 * Claims one delivery, or returns null when another instance holds it or it was sent
 * meanwhile. One conditional UPDATE: PostgreSQL re-checks the condition after waiting
 * for a competing claim, so exactly one instance wins.
 */
export async function claimDelivery(prisma: PrismaClient, id: string, instance: string, now: Date) {
  const { count } = await prisma.delivery.updateMany({
    where: { id, ...open(now) },
    data: { claimedBy: instance, claimedUntil: new Date(now.getTime() + CLAIM_MS) },
  });
  if (count !== 1) return null;
  return prisma.delivery.findUniqueOrThrow({
    where: { id },
    select: { id: true, channel: true, targetId: true, key: true, eventIds: true, attempts: true },
  });
}

export type ClaimedDelivery = NonNullable<Awaited<ReturnType<typeof claimDelivery>>>;

export async function recordSent(prisma: PrismaClient, delivery: ClaimedDelivery, instance: string, now: Date) {
  await prisma.delivery.updateMany({
    where: { id: delivery.id, claimedBy: instance },
    data: {
      status: "sent",
      sentAt: now,
      attempts: delivery.attempts + 1,
      lastError: null,
      claimedBy: null,
      claimedUntil: null,
    },
  });
}

export async function recordFailure(
  prisma: PrismaClient,
  delivery: ClaimedDelivery,
  instance: string,
  outcome: FailureOutcome,
) {
  await prisma.delivery.updateMany({
    where: { id: delivery.id, claimedBy: instance },
    data: {
      status: outcome.status,
      attempts: delivery.attempts + 1,
      lastError: outcome.lastError,
      ...(outcome.status === "failed" ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
      claimedBy: null,
      claimedUntil: null,
    },
  });
}
