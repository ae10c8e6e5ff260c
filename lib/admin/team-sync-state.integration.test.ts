import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/database-handle";
import { applyMigrations } from "@/lib/db/migrate";
import type { GitHubClient } from "@/lib/github/create-github-client";
import { syncTeam } from "@/lib/github/sync/sync-team";
import { DATABASE_KINDS, openTestDatabase } from "@/test/support/test-database";
import { readTeamSyncState } from "./team-sync-state";

// The team sync records whether it could read the GitHub team, once per change, and
// that decides which list is the record of membership.

/** A client answering the team listing with `answer`: members, or a thrown HTTP status. */
function client(answer: { logins: string[] } | { status: number }): GitHubClient {
  return {
    request: async () => {
      if ("status" in answer) throw Object.assign(new Error(`HTTP ${answer.status}`), { status: answer.status });
      return { data: answer.logins.map((login) => ({ login })), headers: { etag: '"v1"' } };
    },
  } as unknown as GitHubClient;
}

describe.each(DATABASE_KINDS)("team sync readability on the %s database", (kind) => {
  let db: DatabaseHandle;
  const team = { org: "matrix-org", team_slug: "spec-core-team" };
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await applyMigrations(db.runner);
  });
  afterAll(async () => db.close());

  it("is unknown before any sync, and the admins' list is then the record", async () => {
    expect(await readTeamSyncState(db.prisma)).toEqual({ source: "admin-list", readable: null, since: null });
  });

  it("records each change of readability once, and the latest decides the source", async () => {
    expect(await syncTeam(db.prisma, client({ status: 403 }), team, at(1))).toBe("unreadable");
    expect(await syncTeam(db.prisma, client({ status: 404 }), team, at(2))).toBe("unreadable");
    expect(await readTeamSyncState(db.prisma)).toEqual({ source: "admin-list", readable: false, since: at(1) });

    expect(await syncTeam(db.prisma, client({ logins: ["ara4n", "richvdh"] }), team, at(3))).toBe("updated");
    expect(await syncTeam(db.prisma, client({ status: 304 }), team, at(4))).toBe("unchanged");
    expect(await readTeamSyncState(db.prisma)).toEqual({ source: "github", readable: true, since: at(3) });

    const events = await db.prisma.event.findMany({ where: { kind: "team.sync" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.at, e.source, e.data])).toEqual([
      [at(1), "sync", { readable: false }],
      [at(3), "sync", { readable: true }],
    ]);
  });
});
