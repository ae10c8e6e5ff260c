import "server-only";
import { markDataChanged } from "@/lib/cache/data-generation";
import { recordTeamReadability } from "@/lib/admin/team-sync-state";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GitHubClient } from "../create-github-client";
import { readCursor, writeCursor } from "./cursor";
import { requestList } from "./request-list";

const ENDPOINT = "sct-team";

export type TeamSyncResult = "unchanged" | "updated" | "unreadable";

/**
 * Mirrors the Spec Core Team's GitHub team into membership periods. A token that
 * cannot read the team (403/404) leaves the app's own member list in charge.
 */
export async function syncTeam(
  prisma: PrismaClient,
  client: GitHubClient,
  team: { org: string; team_slug: string },
  now: Date,
): Promise<TeamSyncResult> {
  const start = await readCursor(prisma, ENDPOINT);
  let logins: string[];
  let etag: string | null;
  try {
    const headers = start.etag ? { "if-none-match": start.etag } : {};
    const params = { ...team, per_page: 100, headers };
    const result = await requestList<{ login: string }>(client, "GET /orgs/{org}/teams/{team_slug}/members", params);
    if (!result) {
      // 304: still readable; recorded in case it was unreadable before.
      await recordTeamReadability(prisma, true, now);
      return "unchanged";
    }
    logins = result.items.map((m) => m.login);
    etag = result.etag;
  } catch (error) {
    const status = (error as { status?: number }).status;
    // 401/403/404: this token may not read the team; the app's own list stays in charge.
    if (status === 401 || status === 403 || status === 404) {
      // Recorded so /admin can say which list is in charge and let admins edit theirs.
      await recordTeamReadability(prisma, false, now);
      markDataChanged();
      return "unreadable";
    }
    throw error;
  }
  await prisma.$transaction(async (tx) => {
    await reconcileMembers(tx, logins, now);
    await writeCursor(tx, ENDPOINT, { since: null, etag });
    await recordTeamReadability(tx, true, now);
  });
  markDataChanged();
  return "updated";
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Opens a period for each new member and closes the period of each who left. */
export async function reconcileMembers(tx: Tx, logins: string[], now: Date): Promise<void> {
  const current = await tx.sctMember.findMany({ where: { servedUntil: null } });
  const first = (await tx.sctMember.count()) === 0;
  // On first sight we cannot know when members joined: their period starts "before
  // our records", so votes imported from years of mscbot history still count.
  const servedFrom = first ? new Date(0) : now;
  const present = new Set(logins);
  const open = new Set(current.map((m) => m.githubLogin));
  for (const login of logins.filter((l) => !open.has(l))) {
    await tx.sctMember.create({ data: { githubLogin: login, servedFrom, source: "sync" } });
    await tx.event.create({
      data: { kind: "team.joined", actorLogin: login, at: now, source: "sync", data: { login } },
    });
  }
  for (const member of current.filter((m) => !present.has(m.githubLogin))) {
    await tx.sctMember.update({ where: { id: member.id }, data: { servedUntil: now } });
    const data = { login: member.githubLogin };
    await tx.event.create({
      data: { kind: "team.left", actorLogin: member.githubLogin, at: now, source: "sync", data },
    });
  }
}
