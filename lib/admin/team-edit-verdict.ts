import "server-only";
import type { ResourceVerdict, Tx } from "@/lib/auth/run-action";
import { env } from "@/lib/env";
import { readTeamSyncState } from "./team-sync-state";

/**
 * The admins' member list is the record only while the GitHub team cannot be read.
 * When it can, the next sync would undo an edit made here, so the edit is refused
 * (409) and the admin is sent to GitHub: the two sources never fight.
 */
export async function teamEditVerdict(tx: Tx): Promise<ResourceVerdict> {
  const state = await readTeamSyncState(tx);
  if (state.source === "admin-list") return true;
  return {
    status: 409,
    message: `Membership comes from the GitHub team ${env().SCT_TEAM}, which the last sync could read: change it on GitHub, and the next sync brings the change here.`,
  };
}
