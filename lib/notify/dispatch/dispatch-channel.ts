import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { reminderAddressee } from "@/lib/reminders/reminder-kinds";
import { advanceCursor, GAP_GRACE_MS } from "./advance-cursor";
import { digestKey, followingSlot } from "./digest-slot";
import { loadAudience, type MatrixTarget } from "./load-audience";
import { loadEventsAfter } from "../load-notify-events";
import { planDeliveries, type Channel, type PlannedDelivery } from "./plan-deliveries";

// Derives deliveries from the event log: nothing is queued when a vote or a sync writes
// its events, so neither can be slowed or failed by notifications. Each channel has its
// own cursor, moved in the same transaction as the delivery rows of the events it passes.

const BATCH = 500;
const MAX_BATCHES = 20;

class CursorMoved extends Error {}

export type DispatchOptions = {
  prisma: PrismaClient;
  now: Date;
  matrix: MatrixTarget | null;
  graceMs?: number;
  /** Dispatch no event past this id in this pass (run-notify-pass.ts says why). */
  upToEventId?: bigint | null;
};

/** Dispatches the events after the channel's cursor; returns how many deliveries it created. */
export async function dispatchChannel(channel: Channel, options: DispatchOptions): Promise<number> {
  const { prisma, now } = options;
  const cursor = await prisma.notifyCursor.findUnique({ where: { channel } });
  if (!cursor) {
    // A channel switched on now starts at the present: it does not replay the history.
    const newest = await prisma.event.aggregate({ _max: { id: true } });
    await prisma.notifyCursor.createMany({
      data: [{ channel, eventId: newest._max.id ?? 0n }],
      skipDuplicates: true,
    });
    return 0;
  }
  let state = { eventId: cursor.eventId, gapSince: cursor.gapSince, gapHorizon: cursor.gapHorizon };
  let created = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { ids, events } = await loadEventsAfter(prisma, state.eventId, BATCH, options.upToEventId ?? null);
    const next = advanceCursor(state, ids, now, options.graceMs ?? GAP_GRACE_MS);
    const proposals = [...new Set(events.map((event) => event.proposalNumber))];
    const addressees = events.map(reminderAddressee).filter((login): login is string => login !== null);
    const audience = await loadAudience(prisma, channel, proposals, options.matrix, addressees);
    const planned = planDeliveries(channel, events, audience, now);
    try {
      created += await prisma.$transaction(async (tx) => {
        // Conditional on the cursor read above: of two instances dispatching at once,
        // the second waits here for the first's row lock, matches nothing, and rolls back.
        const moved = await tx.notifyCursor.updateMany({ where: { channel, eventId: state.eventId }, data: next });
        if (moved.count !== 1) throw new CursorMoved();
        return writeDeliveries(tx, planned);
      });
    } catch (error) {
      if (error instanceof CursorMoved) return created;
      throw error;
    }
    const advanced = next.eventId !== state.eventId;
    state = next;
    if (ids.length < BATCH || !advanced) break;
  }
  return created;
}

async function writeDeliveries(tx: Prisma.TransactionClient, planned: PlannedDelivery[]): Promise<number> {
  const singles = planned.filter((p) => !p.digest);
  const { count } = await tx.delivery.createMany({
    data: singles.map((p) => ({
      channel: p.channel,
      targetId: p.targetId,
      key: p.key,
      eventIds: [p.eventId],
      nextAttemptAt: p.dueAt,
    })),
    skipDuplicates: true,
  });
  let created = count;
  for (const p of planned.filter((p) => p.digest)) created += await addToDigest(tx, p);
  return created;
}

/**
 * Adds an event to the user's digest due at `dueAt`, creating it if need be. Only a
 * digest never attempted takes new events: once a mail went out (or may have), its
 * content is fixed, and a late event goes to the following day's digest instead.
 */
async function addToDigest(tx: Prisma.TransactionClient, planned: PlannedDelivery): Promise<number> {
  let due = planned.dueAt;
  for (let tries = 0; tries < 2; tries++) {
    const where = { channel: planned.channel, targetId: planned.targetId, key: digestKey(due) };
    const made = await tx.delivery.createMany({
      data: [{ ...where, eventIds: [planned.eventId], nextAttemptAt: due }],
      skipDuplicates: true,
    });
    if (made.count === 1) return 1;
    const added = await tx.delivery.updateMany({
      where: { ...where, status: "pending", attempts: 0, claimedBy: null, NOT: { eventIds: { has: planned.eventId } } },
      data: { eventIds: { push: planned.eventId } },
    });
    if (added.count === 1) return 0;
    // Already in it (the events were read again past a cursor hole): nothing to do.
    if ((await tx.delivery.count({ where: { ...where, eventIds: { has: planned.eventId } } })) === 1) return 0;
    due = followingSlot(due);
  }
  return 0;
}
