import "server-only";
import { SOURCE_LABELS } from "@/lib/audit/audit-kinds";
import type { PrismaClient } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import type { AdminOverview, TeamChangeDto } from "./admin-dto";
import { readTeamSyncState } from "./team-sync-state";

const RECENT_CHANGES = 20;
const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/** What /admin shows: which list is the record, who serves now, recent joins and leaves, the admins. */
export async function loadAdminOverview(prisma: PrismaClient): Promise<AdminOverview> {
  const [state, members, changes, admins] = await Promise.all([
    readTeamSyncState(prisma),
    prisma.sctMember.findMany({
      where: { servedUntil: null },
      select: { githubLogin: true, servedFrom: true, servedUntil: true, source: true },
    }),
    prisma.event.findMany({
      where: { kind: { in: ["team.joined", "team.left"] } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: RECENT_CHANGES,
      select: { kind: true, at: true, actorLogin: true, source: true, data: true },
    }),
    prisma.user.findMany({ where: { isAdmin: true }, select: { githubLogin: true } }),
  ]);
  return {
    teamSource: state.source,
    teamReadable: state.readable,
    teamReadableSince: state.since?.toISOString() ?? null,
    teamName: env().SCT_TEAM,
    members: members
      .map((m) => ({
        login: m.githubLogin,
        // The first sync opens periods at the epoch: it cannot know when members joined.
        servedFrom: m.servedFrom.getTime() === 0 ? null : m.servedFrom.toISOString(),
        servedUntil: m.servedUntil?.toISOString() ?? null,
        source: SOURCE_LABELS[m.source] ?? m.source,
      }))
      .sort((a, b) => a.login.toLowerCase().localeCompare(b.login.toLowerCase())),
    recentChanges: changes.map((event): TeamChangeDto => {
      const data = (event.data ?? {}) as Record<string, unknown>;
      return {
        kind: event.kind as TeamChangeDto["kind"],
        login: text(data.login) ?? event.actorLogin ?? "someone",
        at: event.at.toISOString(),
        actor: event.actorLogin,
        source: SOURCE_LABELS[event.source] ?? event.source,
        reason: text(data.reason),
      };
    }),
    admins: admins
      .map((a) => a.githubLogin)
      .filter((login): login is string => login !== null)
      .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
  };
}
