// A daily digest is due at the user's chosen UTC hour. An event goes into the digest
// due next after the moment it is dispatched (not after the event's own time), so an
// event dispatched late joins a digest that has not been sent yet instead of one that
// has. The key names the due hour: one digest per user per day, and a user who moves
// their hour gets a separate digest at the new hour rather than a lost or merged one.

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The first `hour`:00 UTC strictly after `now`. */
export function nextDigestSlot(now: Date, hour: number): Date {
  const slot = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour));
  return slot.getTime() > now.getTime() ? slot : new Date(slot.getTime() + DAY_MS);
}

/** "digest:2026-03-02T08": the delivery key of the digest due at `slot`. */
export function digestKey(slot: Date): string {
  return `digest:${slot.toISOString().slice(0, 13)}`;
}

/** The slot a digest key names, or null for any other key. */
export function digestSlotOf(key: string): Date | null {
  const match = /^digest:(\d{4}-\d{2}-\d{2}T\d{2})$/.exec(key);
  return match ? new Date(`${match[1]}:00:00Z`) : null;
}

export function followingSlot(slot: Date): Date {
  return new Date(slot.getTime() + DAY_MS);
}
