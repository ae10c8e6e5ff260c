// How far a channel's cursor may move after reading a batch of event ids.
//
// Event ids come from a sequence, and a sequence number is taken when a row is inserted,
// not when its transaction commits: a sync page may hold id 10 uncommitted while a vote
// commits id 11. A cursor that jumped to the newest id read would skip 10 for good. So
// the cursor moves only over ids without holes; events past a hole are dispatched at
// once anyway (their deliveries' unique key makes reading them again harmless), and a
// hole still open after the grace period is taken to be a rolled-back transaction or
// an insert that lost an ON CONFLICT race (both burn ids that never appear).

export type CursorState = { eventId: bigint; gapSince: Date | null; gapHorizon: bigint | null };

/** Longer than any transaction that writes events is allowed to run. */
export const GAP_GRACE_MS = 60_000;

export function advanceCursor(state: CursorState, readIds: readonly bigint[], now: Date, graceMs = GAP_GRACE_MS) {
  let next = state.eventId;
  let { gapSince, gapHorizon } = state;
  if (gapSince && gapHorizon !== null && now.getTime() - gapSince.getTime() >= graceMs) {
    // Everything up to the horizon was read (and dispatched) when the hole was seen.
    if (gapHorizon > next) next = gapHorizon;
    gapSince = null;
    gapHorizon = null;
  }
  const ids = [...readIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) {
    if (id <= next) continue;
    if (id !== next + 1n) break;
    next = id;
  }
  const newest = ids.at(-1);
  if (newest === undefined || newest <= next) return { eventId: next, gapSince: null, gapHorizon: null };
  if (gapSince && gapHorizon !== null) return { eventId: next, gapSince, gapHorizon };
  return { eventId: next, gapSince: now, gapHorizon: newest };
}
