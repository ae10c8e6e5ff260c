import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// Which list is the Spec Core Team: the GitHub team when the token can read it, else
// the admins' own list. The answer is derived from the log rather than stored: every
// team sync whose readability differs from the last recorded one appends a "team.sync"
// event, so the latest such event is the state, and the log shows when it changed.

export type TeamSource = "github" | "admin-list";
export type TeamSyncState = {
  source: TeamSource;
  /** The last recorded outcome, null when no sync has ever reached the team. */
  readable: boolean | null;
  /** When that outcome was first recorded. */
  since: Date | null;
};

type Db = Prisma.TransactionClient;

export const TEAM_SYNC_KIND = "team.sync";

export async function readTeamSyncState(db: Db): Promise<TeamSyncState> {
  const last = await db.event.findFirst({
    where: { kind: TEAM_SYNC_KIND },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, data: true },
  });
  const readable = last ? (last.data as { readable?: unknown }).readable === true : null;
  // Never synced (no token, or the snapshot only): nothing can fight the admins' list.
  return { source: readable ? "github" : "admin-list", readable, since: last?.at ?? null };
}

/** Appends a team.sync event when readability changed since the last one; a no-op otherwise. */
export async function recordTeamReadability(db: Db, readable: boolean, now: Date): Promise<void> {
  const state = await readTeamSyncState(db);
  if (state.readable === readable) return;
  await db.event.create({
    data: { kind: TEAM_SYNC_KIND, at: now, source: "sync", data: { readable } },
  });
}
