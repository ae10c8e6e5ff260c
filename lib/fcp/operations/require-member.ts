import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import { readTeamPeriods } from "../fcp-round-rows";
import { currentTeam, loginKey } from "../team-membership";
import type { Db } from "./fcp-change";

/**
 * The current team, after checking that `login` is on it (403 otherwise). The action
 * wrapper checks the role too; this holds for direct callers (an importer, tests).
 */
export async function requireMember(db: Db, login: string, action: string): Promise<string[]> {
  const team = currentTeam(await readTeamPeriods(db));
  if (!team.some((member) => loginKey(member) === loginKey(login))) {
    throw new ActionError(403, `${login} is not on the Spec Core Team now, so cannot ${action}.`);
  }
  return team;
}
