import type { PlannedEvent } from "./plan-thread";
import type { Rng } from "./prng";
import { sctRosterAt } from "./repository";
import type { ThreadRecord } from "./source-records";
import { DAY_MS, HOUR_MS } from "./time";

export const DRAFT_PRS_FROM = Date.parse("2019-02-14T00:00:00Z");

export type LifecycleInput = {
  record: ThreadRecord;
  author: string;
  isPull: boolean;
  draft: boolean;
  createdAtMs: number;
  closedAtMs: number | null;
  mergedAtMs: number | null;
  closedBy: string | null;
  snapshotMs: number;
};

// The other events a real thread collects; a sync has to skip the ones it does not use.
export function lifecycleEvents(input: LifecycleInput, rng: Rng): PlannedEvent[] {
  const { record, isPull, createdAtMs, closedAtMs, mergedAtMs, closedBy } = input;
  const end = closedAtMs ?? input.snapshotMs - HOUR_MS;
  const within = (lo: number, hi: number) => Math.round(lo + rng.next() * Math.max(0, Math.min(hi, end) - lo));
  const events: PlannedEvent[] = [];
  const sct = () => rng.pick(sctRosterAt(createdAtMs));
  if (isPull && mergedAtMs !== null && closedBy) {
    const sha = record.mergeCommitSha ?? fakeSha(rng);
    events.push({ atMs: mergedAtMs, event: "merged", actor: closedBy, commitId: sha });
    if (rng.chance(0.5))
      events.push({ atMs: mergedAtMs + rng.int(1, 30) * 1000, event: "head_ref_deleted", actor: closedBy });
  }
  if (closedAtMs !== null && closedBy) events.push({ atMs: closedAtMs, event: "closed", actor: closedBy });
  if (closedAtMs === null && rng.chance(0.02) && end - createdAtMs > 10 * DAY_MS) {
    const closedAt = within(createdAtMs + DAY_MS, end - 5 * DAY_MS);
    events.push({ atMs: closedAt, event: "closed", actor: input.author });
    events.push({ atMs: within(closedAt + HOUR_MS, closedAt + 5 * DAY_MS), event: "reopened", actor: input.author });
  }
  if (isPull && !input.draft && createdAtMs >= DRAFT_PRS_FROM && rng.chance(0.2)) {
    events.push({
      atMs: within(createdAtMs + HOUR_MS, createdAtMs + 60 * DAY_MS),
      event: "ready_for_review",
      actor: input.author,
    });
  }
  if (isPull && input.draft && rng.chance(0.15)) {
    events.push({
      atMs: within(createdAtMs + HOUR_MS, createdAtMs + 30 * DAY_MS),
      event: "convert_to_draft",
      actor: input.author,
    });
  }
  if (record.isMsc && rng.chance(0.1)) {
    const from = /^\[WIP\]/i.test(record.title) ? record.title.replace(/^\[WIP\]\s*/i, "") : `[WIP] ${record.title}`;
    events.push({
      atMs: within(createdAtMs + HOUR_MS, createdAtMs + 10 * DAY_MS),
      event: "renamed",
      actor: input.author,
      rename: { from, to: record.title },
    });
  }
  if (rng.chance(0.25)) {
    const at = within(createdAtMs + HOUR_MS, end);
    const who = sct();
    events.push({ atMs: at, event: "mentioned", actor: who }, { atMs: at, event: "subscribed", actor: who });
  }
  return events;
}

function fakeSha(rng: Rng): string {
  let sha = "";
  for (let i = 0; i < 40; i++) sha += "0123456789abcdef"[rng.int(0, 15)];
  return sha;
}
